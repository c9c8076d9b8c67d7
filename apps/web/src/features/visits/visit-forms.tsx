import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, I18nProvider, Label, TextArea, TextField } from 'react-aria-components';
import { Button, Field } from '../../components/ui';
import { HostsField } from './hosts-field';
import { ruleText } from './rule-text';
import { fieldLocale } from './propose-screen';
import { SlotFields } from './slot-fields';
import type { Adoption, AdoptionSchool, Visit } from './types';
import { newDraft, useSlots } from './use-slots';

/** Other times for a visit, checked against the rules as they are typed. */
export function RescheduleForm({
  visit,
  adoption,
  school,
  isPending,
  onSend,
}: {
  visit: Visit;
  adoption: Adoption;
  school: AdoptionSchool;
  isPending: boolean;
  onSend: (slots: { start: string; end: string }[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const slots = useSlots(visit.kind, adoption, school, visit.id);
  return (
    <I18nProvider locale={fieldLocale(i18n.language)}>
      <Form
        className="stack"
        aria-label={t('visits.visit.rescheduleTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          if (slots.complete && !slots.broken) onSend(slots.body());
        }}
      >
        <p>{t('visits.visit.rescheduleIntro')}</p>
        <SlotFields
          slots={slots.drafts}
          problems={slots.perSlot}
          onChange={slots.setDrafts}
          newSlot={() => newDraft(visit.kind)}
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
        <Button type="submit" variant="primary" isPending={isPending}>
          {t('visits.visit.sendTimes')}
        </Button>
      </Form>
    </I18nProvider>
  );
}

/** Who besides the two sides takes part: colleagues of one's own organisation. */
export function HostsForm({
  visit,
  organisationId,
  exclude,
  isPending,
  onSave,
}: {
  visit: Visit;
  organisationId: string | undefined;
  exclude: string[];
  isPending: boolean;
  onSave: (hostIds: string[]) => void;
}) {
  const { t } = useTranslation();
  // The other side's hosts stay in the list: this side ticks and unticks only its own people.
  const [chosen, setChosen] = useState<string[]>(visit.hostIds);
  return (
    <Form
      className="stack"
      aria-label={t('visits.visit.changeHosts')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(chosen);
      }}
    >
      <HostsField
        organisationId={organisationId}
        exclude={exclude}
        value={chosen}
        onChange={setChosen}
      />
      <Button type="submit" variant="primary" isPending={isPending}>
        {t('visits.visit.saveHosts')}
      </Button>
    </Form>
  );
}

/**
 * The visit was held: how many pupils came, and notes. Starts from the report `given` before,
 * if any, else from the class's number of pupils.
 */
export function CompleteForm({
  pupils,
  given,
  isPending,
  onSave,
}: {
  pupils: number | undefined;
  given?: { pupilsAttended: number | null; notes: string | null };
  isPending: boolean;
  onSave: (pupilsAttended: number, notes: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [count, setCount] = useState(() => {
    const start = given?.pupilsAttended ?? pupils;
    return start === undefined || start === null ? '' : String(start);
  });
  const [notes, setNotes] = useState(given?.notes ?? '');
  const number = /^\d+$/.test(count.trim()) ? Number(count.trim()) : null;
  const tooMany = number !== null && pupils !== undefined && number > pupils;
  const valid = number !== null && !tooMany;
  return (
    <Form
      className="stack"
      aria-label={t('visits.visit.completeTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        if (number !== null && !tooMany) onSave(number, notes.trim());
      }}
    >
      <Field
        label={t('visits.visit.pupilsLabel')}
        inputMode="numeric"
        value={count}
        onChange={setCount}
        isRequired
        errorMessage={
          tooMany
            ? t('visits.visit.pupilsTooMany', { count: pupils })
            : count !== '' && !valid
              ? ruleText(t, i18n.language, 'visit.pupils-attended', 'class-visit')
              : undefined
        }
      />
      <TextField className="field" value={notes} onChange={setNotes}>
        <Label>{t('visits.visit.notesLabel')}</Label>
        <TextArea rows={3} />
      </TextField>
      <Button type="submit" variant="primary" isPending={isPending} isDisabled={!valid}>
        {t('visits.visit.saveComplete')}
      </Button>
    </Form>
  );
}
