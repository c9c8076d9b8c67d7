import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  FieldError,
  Form,
  Input,
  Label,
  NumberField,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { fieldErrors } from '../../components/field-errors';
import { Button, Notice, PageTitle } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { type AllocationDetail, allocationQuery, donationProgrammeQuery } from './queries';

type Step = 'approve' | 'decline' | 'prepare' | 'deliver' | 'cancel';

/** What can be done next, by status: the company answers, prepares and delivers; either cancels. */
const NEXT: Record<AllocationDetail['status'], Step[]> = {
  requested: ['approve', 'decline', 'cancel'],
  pledged: ['prepare', 'cancel'],
  prepared: ['deliver', 'cancel'],
  declined: [],
  delivered: [],
  cancelled: [],
};

const COMPANY_ONLY: Step[] = ['approve', 'decline', 'prepare', 'deliver'];

/** One request: what was asked, every step so far, and the steps the reader may take next. */
export function AllocationScreen() {
  const { t, i18n } = useTranslation();
  const params: { allocationId?: string } = useParams({ strict: false });
  const allocationId = params.allocationId ?? '';
  const allocation = useQuery(allocationQuery(allocationId));
  const programme = useQuery({
    ...donationProgrammeQuery(allocation.data?.programmeId ?? ''),
    enabled: Boolean(allocation.data),
  });

  if (allocation.isPending) return <p className="page">{t('donations.loading')}</p>;
  if (allocation.isError) {
    return (
      <section className="page">
        <Notice kind="error">{errorText(t, allocation.error)}</Notice>
      </section>
    );
  }
  const shown = allocation.data;
  const unit = programme.data?.unit ?? '';
  const mine = programme.data?.mine ?? false;
  const when = (at: string) =>
    new Date(at).toLocaleString(i18n.language === 'da' ? 'da-DK' : 'en-GB', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: programme.data?.timezone,
    });
  const day = (date: string) =>
    new Date(`${date}T12:00:00Z`).toLocaleDateString(i18n.language === 'da' ? 'da-DK' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
  const steps = NEXT[shown.status].filter((step) => mine || !COMPANY_ONLY.includes(step));
  return (
    <section className="page">
      <p>
        <Link to="/donations/$programmeId" params={{ programmeId: shown.programmeId }}>
          {t('donations.allocation.back')}
        </Link>
      </p>
      <PageTitle>
        {t('donations.allocation.title', {
          units: shown.requestedUnits,
          unit,
          project: shown.projectName,
        })}
      </PageTitle>
      <p>
        <span className="status">{t(`donations.status.${shown.status}`)}</span>
      </p>
      {shown.purpose && (
        <p>
          {t('donations.allocation.purpose')}: {shown.purpose}
        </p>
      )}
      <h2>{t('donations.allocation.steps')}</h2>
      <ol>
        {shown.steps.map((step) => (
          <li key={`${step.status}-${step.at}`}>
            {t('donations.allocation.step', {
              status: t(`donations.stepNames.${step.status}`),
              when: when(step.at),
            })}
            {step.units !== null && ` — ${t('donations.allocation.units', { units: step.units })}`}
            {step.status === 'delivered' && shown.deliveredOn
              ? ` — ${t('donations.allocation.handedOver', { day: day(shown.deliveredOn) })}`
              : step.note && step.status !== 'requested' && ` — ${step.note}`}
          </li>
        ))}
      </ol>
      {steps.map((step) => (
        <StepForm key={`${step}-${shown.revision}`} allocation={shown} step={step} />
      ))}
    </section>
  );
}

/** One next step as a small form: units for an approval or delivery, a reason for a refusal. */
function StepForm({ allocation, step }: { allocation: AllocationDetail; step: Step }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [units, setUnits] = useState(
    step === 'deliver' ? (allocation.approvedUnits ?? Number.NaN) : allocation.requestedUnits,
  );
  const [reason, setReason] = useState('');
  const [deliveredOn, setDeliveredOn] = useState('');
  const id = allocation.id;
  const take = useMutation({
    mutationFn: () => {
      const path = { params: { path: { id } } };
      switch (step) {
        case 'approve':
          return data(api.POST('/api/v1/allocations/{id}/approve', { ...path, body: { units } }));
        case 'decline':
          return data(api.POST('/api/v1/allocations/{id}/decline', { ...path, body: { reason } }));
        case 'prepare':
          return data(api.POST('/api/v1/allocations/{id}/prepare', path));
        case 'deliver':
          return data(
            api.POST('/api/v1/allocations/{id}/deliver', {
              ...path,
              body: { units, ...(deliveredOn ? { deliveredOn } : {}) },
            }),
          );
        case 'cancel':
          return data(api.POST('/api/v1/allocations/{id}/cancel', { ...path, body: { reason } }));
      }
    },
    onSuccess: async (changed) => {
      queryClient.setQueryData(allocationQuery(id).queryKey, changed);
      await queryClient.invalidateQueries({ queryKey: ['donation-programmes'] });
    },
  });
  const problems = fieldErrors(take.error, {
    units: t('donations.allocation.unitsInvalid'),
    reason: t('donations.allocation.reasonInvalid'),
    deliveredOn: errorText(t, take.error),
  });
  const label = t(`donations.allocation.${step}`);
  return (
    <Form
      className="stack"
      validationBehavior="aria"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate();
      }}
    >
      {(step === 'approve' || step === 'deliver') && (
        <NumberField
          className="field"
          value={units}
          onChange={setUnits}
          minValue={1}
          step={1}
          isInvalid={Boolean(problems.units)}
          isRequired
        >
          <Label>
            {t(
              step === 'approve'
                ? 'donations.allocation.approveUnits'
                : 'donations.allocation.deliverUnits',
            )}
          </Label>
          <Input />
          <FieldError>{problems.units}</FieldError>
        </NumberField>
      )}
      {step === 'deliver' && (
        <div className="field">
          <label htmlFor={`delivered-on-${id}`}>{t('donations.allocation.deliveredOn')}</label>
          <input
            id={`delivered-on-${id}`}
            type="date"
            value={deliveredOn}
            aria-invalid={problems.deliveredOn ? true : undefined}
            onChange={(event) => setDeliveredOn(event.target.value)}
          />
        </div>
      )}
      {(step === 'decline' || step === 'cancel') && (
        <TextField
          className="field"
          value={reason}
          onChange={setReason}
          isInvalid={Boolean(problems.reason)}
          isRequired
        >
          <Label>
            {t(
              step === 'decline'
                ? 'donations.allocation.reason'
                : 'donations.allocation.cancelReason',
            )}
          </Label>
          <TextArea rows={2} />
          <FieldError>{problems.reason}</FieldError>
        </TextField>
      )}
      {take.isError && <Notice kind="error">{errorText(t, take.error)}</Notice>}
      <div className="actions">
        <Button
          type="submit"
          variant={step === 'decline' || step === 'cancel' ? 'danger' : 'primary'}
          isPending={take.isPending}
        >
          {label}
        </Button>
      </div>
    </Form>
  );
}
