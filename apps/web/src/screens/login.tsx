import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { Button, Field, Notice, PageTitle } from '../components/ui';
import { errorText } from '../i18n/error-text';
import { rememberNext } from '../routes/after-sign-in';

/** Asks for a sign-in link. The answer is the same whether or not the address is known. */
export function LoginScreen() {
  const { t } = useTranslation();
  const search: { next?: unknown } = useSearch({ strict: false });
  const next = typeof search.next === 'string' ? search.next : undefined;
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: (address: string) =>
      data(api.POST('/api/v1/auth/login-links', { body: { email: address } })),
  });

  if (request.isSuccess) {
    return (
      <section className="page narrow">
        <PageTitle>{t('login.sentTitle')}</PageTitle>
        <Notice kind="success">{t('login.sent', { email: request.variables })}</Notice>
        <Button variant="quiet" onPress={() => request.reset()}>
          {t('login.again')}
        </Button>
      </section>
    );
  }

  return (
    <section className="page narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      <p>{t('login.intro')}</p>
      <Form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (next) rememberNext(next);
          request.mutate(email.trim());
        }}
      >
        <Field
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="email"
          isRequired
          value={email}
          onChange={setEmail}
        />
        {request.isError && <Notice kind="error">{errorText(t, request.error)}</Notice>}
        <Button type="submit" variant="primary" isPending={request.isPending}>
          {request.isPending ? t('login.sending') : t('login.send')}
        </Button>
      </Form>
    </section>
  );
}
