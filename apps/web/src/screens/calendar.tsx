import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { calendarQuery } from '../api/queries';
import { ConfirmButton } from '../components/confirm-dialog';
import { QrCode } from '../components/qr-code';
import { Button, Notice, PageTitle } from '../components/ui';
import { errorText } from '../i18n/error-text';

/** The personal feed: subscribe, copy, scan, or replace a leaked address. */
export function CalendarScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const feed = useQuery(calendarQuery);
  const [copied, setCopied] = useState(false);
  const rotate = useMutation({
    mutationFn: () => data(api.POST('/api/v1/me/calendar/rotate')),
    onSuccess: (urls) => queryClient.setQueryData(calendarQuery.queryKey, urls),
  });

  if (feed.isPending) return <p className="page">{t('app.loading')}</p>;
  if (feed.isError) return <Notice kind="error">{errorText(t, feed.error)}</Notice>;
  const { feedUrl, webcalUrl } = feed.data;

  return (
    <section className="page">
      <PageTitle>{t('calendar.title')}</PageTitle>
      <p>{t('calendar.intro')}</p>
      <p>
        <a className="button primary" href={webcalUrl}>
          {t('calendar.subscribe')}
        </a>
      </p>
      <div className="feed-address">
        <label htmlFor="feed-url">{t('calendar.address')}</label>
        <input id="feed-url" readOnly value={feedUrl} onFocus={(event) => event.target.select()} />
        <Button
          onPress={() => {
            void navigator.clipboard.writeText(feedUrl).then(() => setCopied(true));
          }}
        >
          {t('calendar.copy')}
        </Button>
        <span role="status">{copied ? t('calendar.copied') : ''}</span>
      </div>
      <p className="hint">{t('calendar.secret')}</p>
      <figure className="qr">
        <QrCode text={webcalUrl} label={t('calendar.qr')} />
        <figcaption>{t('calendar.qr')}</figcaption>
      </figure>
      {rotate.isSuccess && <Notice kind="success">{t('calendar.rotated')}</Notice>}
      {rotate.isError && <Notice kind="error">{errorText(t, rotate.error)}</Notice>}
      <ConfirmButton
        label={t('calendar.rotate')}
        title={t('calendar.rotateTitle')}
        confirmLabel={t('calendar.rotateConfirm')}
        cancelLabel={t('calendar.cancel')}
        onConfirm={() => {
          setCopied(false);
          rotate.mutate();
        }}
      >
        <p>{t('calendar.rotateText')}</p>
      </ConfirmButton>
    </section>
  );
}
