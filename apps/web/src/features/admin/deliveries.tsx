import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Button, Notice, PageTitle } from '../../components/ui';
import { failedDeliveriesQuery } from './queries';
import { ErrorNotice, Loading } from './ui';

/** Mails that could not be delivered, each with its last error, and sending one again. */
export function DeliveriesScreen() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const deliveries = useQuery(failedDeliveriesQuery);
  const retry = useMutation({
    mutationFn: (id: string) =>
      data(api.POST('/api/v1/admin/deliveries/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'deliveries'] }),
  });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="page">
      <PageTitle>{t('admin.deliveries.title')}</PageTitle>
      <p>
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <p>{t('admin.deliveries.intro')}</p>
      {retry.isError && <ErrorNotice error={retry.error} />}
      {retry.isSuccess && (
        <Notice kind="success">{t('admin.deliveries.retried', { to: retry.data.to })}</Notice>
      )}
      <Loading query={deliveries} />
      {deliveries.data?.length === 0 && <p>{t('admin.deliveries.none')}</p>}
      {deliveries.data && deliveries.data.length > 0 && (
        <ul className="admin-adoptions">
          {deliveries.data.map((delivery) => (
            <li key={delivery.id}>
              <h2>{delivery.subject}</h2>
              <dl className="facts">
                <dt>{t('admin.deliveries.to')}</dt>
                <dd>{delivery.to}</dd>
                <dt>{t('admin.deliveries.written')}</dt>
                <dd>{when.format(new Date(delivery.renderedAt))}</dd>
                <dt>{t('admin.deliveries.attempts')}</dt>
                <dd>{delivery.attempts}</dd>
                <dt>{t('admin.deliveries.error')}</dt>
                <dd>{delivery.lastError ?? '—'}</dd>
              </dl>
              <Button
                onPress={() => retry.mutate(delivery.id)}
                isPending={retry.isPending && retry.variables === delivery.id}
                aria-label={t('admin.deliveries.retryTo', {
                  subject: delivery.subject,
                  to: delivery.to,
                })}
              >
                {t('admin.deliveries.retry')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
