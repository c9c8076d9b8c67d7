import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { useUpdateMe } from '../api/me';
import { fieldErrors } from '../components/field-errors';
import { meQuery } from '../api/queries';
import { Button, Field, Notice, PageTitle } from '../components/ui';
import { isLanguage, LANGUAGES, type Language, switchLanguage } from '../i18n';
import { errorText } from '../i18n/error-text';

/** One's own name, language and time zone; the address is changed by an administrator. */
export function ProfileScreen() {
  const me = useQuery(meQuery).data;
  // Here, so that what the last save said outlives the form it came from.
  const update = useUpdateMe();
  if (!me) return null;
  // A fresh form whenever the person changes, here or with the header's language buttons.
  return <ProfileForm key={`${me.name}\n${me.locale}\n${me.timezone}`} me={me} update={update} />;
}

function ProfileForm({
  me,
  update,
}: {
  me: Schemas['UserDto'];
  update: ReturnType<typeof useUpdateMe>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<Language>(isLanguage(me.locale) ? me.locale : 'da');
  const [timezone, setTimezone] = useState(me.timezone ?? '');
  const invalid = fieldErrors(update.error, {
    name: t('profile.nameInvalid'),
    timezone: t('profile.timezoneInvalid'),
  });

  return (
    <section className="page narrow">
      <PageTitle>{t('profile.title')}</PageTitle>
      <Form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate(
            { name: name.trim(), locale, timezone: timezone.trim() || null },
            { onSuccess: () => void switchLanguage(locale) },
          );
        }}
      >
        <Field
          label={t('profile.name')}
          name="name"
          autoComplete="name"
          isRequired
          maxLength={200}
          value={name}
          onChange={setName}
          errorMessage={invalid.name}
        />
        <RadioGroup
          className="choice"
          value={locale}
          onChange={(value) => isLanguage(value) && setLocale(value)}
        >
          <Label>{t('profile.language')}</Label>
          {LANGUAGES.map((language) => (
            <Radio key={language} value={language} lang={language}>
              {t(`languages.${language}`)}
            </Radio>
          ))}
        </RadioGroup>
        <Field
          label={t('profile.timezone')}
          description={t('profile.timezoneHint')}
          name="timezone"
          value={timezone}
          onChange={setTimezone}
          errorMessage={invalid.timezone}
        />
        <dl className="facts">
          <dt>{t('profile.email')}</dt>
          <dd>{me.email}</dd>
        </dl>
        <p className="hint">{t('profile.emailHint')}</p>
        {update.isError && <Notice kind="error">{errorText(t, update.error)}</Notice>}
        {update.isSuccess && <Notice kind="success">{t('profile.saved')}</Notice>}
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('profile.save')}
        </Button>
      </Form>
    </section>
  );
}
