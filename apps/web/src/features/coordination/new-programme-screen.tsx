import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { ProgrammeForm } from './programme-form';
import { emptyDraft, programmeBody, type ProgrammeDraft } from './programme-draft';
import { todayIn, usePartnerChoices, usePeopleChoices } from './use-programme-choices';

/** A coordinator sets up a weekly programme; its shifts are created at once. */
export function NewProgrammeScreen() {
  const { t } = useTranslation();
  const partners = usePartnerChoices();
  if (partners.isPending || !partners.me) {
    return <p className="page">{t('coordination.loading')}</p>;
  }
  if (partners.error) return <Notice kind="error">{errorText(t, partners.error)}</Notice>;
  return (
    <NewProgramme
      partners={partners.options}
      initial={emptyDraft(
        partners.options[0]?.id ?? '',
        partners.me.id,
        todayIn('Europe/Copenhagen'),
      )}
    />
  );
}

function NewProgramme({
  partners,
  initial,
}: {
  partners: { id: string; name: string }[];
  initial: ProgrammeDraft;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const choices = usePeopleChoices(draft.partnerId);
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/programmes', {
          body: { partnerId: draft.partnerId, ...programmeBody(draft) },
        }),
      ),
    onSuccess: async (programme) => {
      queryClient.setQueryData(['programmes', programme.id], programme);
      await queryClient.invalidateQueries({ queryKey: ['programmes'] });
      await navigate({ to: '/programmes/$programmeId', params: { programmeId: programme.id } });
    },
  });

  return (
    <section className="page narrow">
      <p>
        <Link to="/programmes">{t('coordination.newProgramme.back')}</Link>
      </p>
      <PageTitle>{t('coordination.newProgramme.title')}</PageTitle>
      {choices.error != null && <Notice kind="error">{errorText(t, choices.error)}</Notice>}
      <ProgrammeForm
        draft={draft}
        onChange={setDraft}
        partners={partners}
        companies={choices.companies}
        coordinators={choices.coordinators}
        submitLabel={t('coordination.form.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={() => create.mutate()}
      />
    </section>
  );
}
