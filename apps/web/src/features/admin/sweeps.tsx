import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Button, Notice, PageTitle } from '../../components/ui';
import { SWEEPS, type SweepName } from './queries';
import { ErrorNotice } from './ui';

/**
 * The scheduled sweeps, each to run now: what it does, and what it changed. They run on their
 * own on schedule; running one by hand does what the next scheduled run would.
 */
export function SweepsScreen() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageTitle>{t('admin.sweeps.title')}</PageTitle>
      <p>
        <Link to="/admin">{t('admin.back')}</Link>
      </p>
      <p>{t('admin.sweeps.intro')}</p>
      <ul className="admin-adoptions">
        {SWEEPS.map((name) => (
          <Sweep key={name} name={name} />
        ))}
      </ul>
    </section>
  );
}

function Sweep({ name }: { name: SweepName }) {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: () => data(api.POST('/api/v1/admin/sweeps/{name}', { params: { path: { name } } })),
  });
  return (
    <li>
      <h2>{t(`admin.sweeps.names.${name}`)}</h2>
      <p>{t(`admin.sweeps.about.${name}`)}</p>
      <Button onPress={() => run.mutate()} isPending={run.isPending}>
        {t('admin.sweeps.run', { name: t(`admin.sweeps.names.${name}`) })}
      </Button>
      {run.isError && <ErrorNotice error={run.error} />}
      {run.isSuccess && (
        <Notice kind="success">
          {t('admin.sweeps.result', {
            name: t(`admin.sweeps.names.${name}`),
            count: run.data.processed,
          })}
        </Notice>
      )}
    </li>
  );
}
