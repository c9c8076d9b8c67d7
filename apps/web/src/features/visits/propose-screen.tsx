import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Form,
  I18nProvider,
  Label,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
  Text,
} from 'react-aria-components';
import { api, data } from '../../api/client';
import { meQuery } from '../../api/queries';
import { Button, Field, Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { browserZone } from './format';
import { visitErrorText } from './rule-text';
import { HostsField } from './hosts-field';
import {
  adoptionQuery,
  adoptionSchoolQuery,
  organisationOf,
  sideIn,
  visitChanged,
} from './queries';
import { SlotFields } from './slot-fields';
import type { Adoption, AdoptionSchool, Visit, VisitKind } from './types';
import { newDraft, useSlots } from './use-slots';

const route = getRouteApi('/signed-in/adoptions/$adoptionId/propose');

/** The locale of react-aria's date fields: the app's language, written the Danish or British way. */
export function fieldLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'da-DK';
}

/** Propose a visit: its kind, one to three times, where, what, and colleagues to bring. */
export function ProposeScreen() {
  const { t } = useTranslation();
  const adoptionId = route.useParams({
    select: (params: { adoptionId: string }) => params.adoptionId,
  });
  const adoption = useQuery(adoptionQuery(adoptionId));
  const school = useQuery({
    ...adoptionSchoolQuery(adoption.data ?? ({ id: adoptionId } as Adoption)),
    enabled: adoption.isSuccess,
  });
  if (adoption.isError) return <Notice kind="error">{errorText(t, adoption.error)}</Notice>;
  if (school.isError) return <Notice kind="error">{errorText(t, school.error)}</Notice>;
  if (!adoption.data || !school.data) return <p className="page">{t('visits.loading')}</p>;
  return <ProposeForm adoption={adoption.data} school={school.data} />;
}

function ProposeForm({ adoption, school }: { adoption: Adoption; school: AdoptionSchool }) {
  const { t, i18n } = useTranslation();
  const search = route.useSearch({ select: (search: { kind?: VisitKind }) => search });
  const me = useQuery(meQuery).data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<VisitKind>(search.kind ?? 'class-visit');
  const [location, setLocation] = useState('');
  const [agenda, setAgenda] = useState('');
  const [hostIds, setHostIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const slots = useSlots(kind, adoption, school);
  const side = me ? sideIn(me, adoption) : null;

  const propose = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/adoptions/{id}/visits', {
          params: { path: { id: adoption.id } },
          body: {
            kind,
            slots: slots.body(),
            location: location.trim(),
            agenda: agenda.trim(),
            hostIds,
          },
        }),
      ) as Promise<Visit>,
    onSuccess: async (visit) => {
      await visitChanged(queryClient, visit);
      await navigate({ to: '/visits/$visitId', params: { visitId: visit.id } });
    },
  });

  if (!me) return null;
  if (!side) {
    return (
      <section className="page">
        <PageTitle>{t('visits.propose.title')}</PageTitle>
        <Notice>{t('visits.propose.notYours')}</Notice>
      </section>
    );
  }
  const filled = location.trim() !== '' && agenda.trim() !== '';
  const exclude = [me.id, adoption.contactPersonId, ...(adoption.teachers ?? []).map((p) => p.id)];
  const className = adoption.class?.label ?? t('visits.none');

  return (
    <section className="page">
      <p>
        <Link to="/adoptions/$adoptionId" params={{ adoptionId: adoption.id }}>
          {t('visits.adoption.title', {
            class: className,
            company: adoption.company?.name ?? t('visits.none'),
          })}
        </Link>
      </p>
      <PageTitle>{t('visits.propose.title')}</PageTitle>
      <p>{t('visits.propose.intro')}</p>
      {school.timezone !== browserZone() && (
        <p className="hint">{t('visits.zoneNote', { zone: school.timezone })}</p>
      )}
      <I18nProvider locale={fieldLocale(i18n.language)}>
        <Form
          className="stack propose-form"
          // The form's own notices say what is missing or broken, in words, as one list.
          validationBehavior="aria"
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (slots.complete && !slots.broken && filled) propose.mutate();
          }}
        >
          <RadioGroup
            className="field kinds"
            value={kind}
            onChange={(value) => setKind(value as VisitKind)}
            orientation="horizontal"
          >
            <Label>{t('visits.propose.kind')}</Label>
            {(['class-visit', 'preparation'] as const).map((value) => (
              <Radio key={value} value={value} className="radio">
                <span className="dot" aria-hidden="true" />
                {t(`visits.kind.${value}`)}
              </Radio>
            ))}
          </RadioGroup>
          <SlotFields
            slots={slots.drafts}
            problems={slots.perSlot}
            onChange={slots.setDrafts}
            newSlot={() => newDraft(kind)}
          />
          <div role="status" className="rule-problems">
            {slots.together.length > 0 && (
              <ul>
                {slots.together.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </div>
          <Field
            label={t('visits.propose.location')}
            value={location}
            onChange={setLocation}
            isRequired
            errorMessage={tried && !location.trim() ? t('visits.propose.required') : undefined}
          />
          <TextField className="field" value={agenda} onChange={setAgenda} isRequired>
            <Label>{t('visits.propose.agenda')}</Label>
            <TextArea rows={3} />
            <Text slot="description">{t('visits.propose.agendaHint')}</Text>
          </TextField>
          <HostsField
            organisationId={organisationOf(me, adoption, side)}
            exclude={exclude}
            value={hostIds}
            onChange={setHostIds}
          />
          {tried && !slots.complete && (
            <Notice kind="error">{t('visits.propose.incomplete')}</Notice>
          )}
          {tried && slots.broken && <Notice kind="error">{t('visits.propose.fixFirst')}</Notice>}
          {tried && !filled && <Notice kind="error">{t('visits.propose.required')}</Notice>}
          {propose.isError && (
            <Notice kind="error">{visitErrorText(t, i18n.language, propose.error, kind)}</Notice>
          )}
          <Button type="submit" variant="primary" isPending={propose.isPending}>
            {propose.isPending ? t('visits.propose.sending') : t('visits.propose.submit')}
          </Button>
        </Form>
      </I18nProvider>
    </section>
  );
}
