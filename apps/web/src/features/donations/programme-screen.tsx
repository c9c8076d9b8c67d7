import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  FieldError,
  Form,
  Input,
  Label,
  Meter,
  NumberField,
  Radio,
  RadioGroup,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { meQuery } from '../../api/queries';
import { fieldErrors } from '../../components/field-errors';
import { Button, Notice, PageTitle, TableScroll } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { allocationsQuery, type DonationProgramme, donationProgrammeQuery } from './queries';

const number = (value: number, language: string) =>
  value.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });

/** A donation programme: each year against its target, its supporters and its requests. */
export function DonationProgrammeScreen() {
  const { t, i18n } = useTranslation();
  const params: { programmeId?: string } = useParams({ strict: false });
  const programmeId = params.programmeId ?? '';
  const programme = useQuery(donationProgrammeQuery(programmeId));

  if (programme.isPending) return <p className="page">{t('donations.loading')}</p>;
  if (programme.isError) {
    return (
      <section className="page">
        <Notice kind="error">{errorText(t, programme.error)}</Notice>
      </section>
    );
  }
  const { data: shown } = programme;
  return (
    <section className="page">
      <p>
        <Link to="/donations">{t('donations.programme.back')}</Link>
      </p>
      <PageTitle>{shown.title}</PageTitle>
      <p>{t('donations.programme.from', { company: shown.company.name, unit: shown.unit })}</p>
      {shown.unitValue && (
        <p>
          {t('donations.programme.value', {
            value: shown.unitValue.amount.toLocaleString(
              i18n.language === 'da' ? 'da-DK' : 'en-GB',
              {
                style: 'currency',
                currency: shown.unitValue.currency,
              },
            ),
          })}
        </p>
      )}
      {shown.description && <p>{shown.description}</p>}
      <Years programme={shown} />
      <h2>{t('donations.programme.supporters')}</h2>
      {shown.supporters.length === 0 ? (
        <p>{t('donations.programme.noSupporters')}</p>
      ) : (
        <ul>
          {shown.supporters.map((supporter) => (
            <li key={supporter.id}>
              <strong>{supporter.name}</strong>: {supporter.part}
            </li>
          ))}
        </ul>
      )}
      <Requests programme={shown} />
      {!shown.mine && <AskForUnits programme={shown} />}
    </section>
  );
}

function Years({ programme }: { programme: DonationProgramme }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h2>{t('donations.programme.years')}</h2>
      <p className="hint">{t('donations.programme.yearsHint')}</p>
      <ul className="term-budgets">
        {[...programme.years].reverse().map((year) => {
          const words =
            year.target === null
              ? t('donations.programme.deliveredNoTarget', {
                  delivered: number(year.delivered, i18n.language),
                })
              : t('donations.programme.delivered', {
                  delivered: number(year.delivered, i18n.language),
                  target: number(year.target, i18n.language),
                });
          const projects = t('donations.programme.projects', { count: year.projectsReached });
          const track =
            year.onTrack === null
              ? ''
              : year.onTrack
                ? t('donations.programme.onTrack')
                : t('donations.programme.behind', {
                    expected: number(year.expectedByNow ?? 0, i18n.language),
                  });
          return (
            <li key={year.year}>
              <Meter
                className="hours-meter"
                value={Math.min(year.delivered, year.target ?? year.delivered)}
                maxValue={year.target ?? Math.max(year.delivered, 1)}
                valueLabel={[words, projects, track].filter(Boolean).join('. ')}
              >
                {({ percentage }) => (
                  <>
                    <Label>{year.year}</Label>
                    <span className="hours-meter-value">
                      {words}. {projects}.{' '}
                      {track && (
                        <span className={`status ${year.onTrack ? 'ok' : 'warn'}`}>{track}</span>
                      )}
                    </span>
                    <div className="hours-meter-track" aria-hidden="true">
                      <div className="hours-meter-fill" style={{ width: `${percentage}%` }} />
                    </div>
                  </>
                )}
              </Meter>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Requests({ programme }: { programme: DonationProgramme }) {
  const { t } = useTranslation();
  const requests = useQuery(allocationsQuery(programme.id));
  return (
    <>
      <h2 id="requests-heading">{t('donations.programme.requests')}</h2>
      {requests.isPending && <p>{t('donations.loading')}</p>}
      {requests.isError && <Notice kind="error">{errorText(t, requests.error)}</Notice>}
      {requests.data?.items.length === 0 && <p>{t('donations.programme.noRequests')}</p>}
      {requests.data && requests.data.items.length > 0 && (
        <TableScroll labelledBy="requests-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('donations.programme.project')}</th>
                <th scope="col">{t('donations.programme.asked')}</th>
                <th scope="col">{t('donations.programme.approved')}</th>
                <th scope="col">{t('donations.programme.deliveredColumn')}</th>
                <th scope="col">{t('donations.programme.status')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.data.items.map((allocation) => (
                <tr key={allocation.id}>
                  <td>
                    <Link
                      to="/donations/allocations/$allocationId"
                      params={{ allocationId: allocation.id }}
                      aria-label={t('donations.programme.open', {
                        project: allocation.projectName,
                        units: allocation.requestedUnits,
                      })}
                    >
                      {allocation.projectName}
                    </Link>
                  </td>
                  <td>{allocation.requestedUnits}</td>
                  <td>{allocation.approvedUnits ?? '–'}</td>
                  <td>{allocation.deliveredUnits ?? '–'}</td>
                  <td>{t(`donations.status.${allocation.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

/** A project's coordinator or teacher asks for units, for one of their own organisations. */
function AskForUnits({ programme }: { programme: DonationProgramme }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const projects = (me.data?.memberships ?? []).filter(
    (membership) =>
      (membership.role === 'coordinator' && membership.organisationType === 'partner') ||
      (membership.role === 'teacher' && membership.organisationType === 'school'),
  );
  const [project, setProject] = useState('');
  const [units, setUnits] = useState(Number.NaN);
  const [purpose, setPurpose] = useState('');
  const chosen = projects.find((membership) => membership.id === project) ?? projects[0];
  const ask = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/donation-programmes/{id}/requests', {
          params: { path: { id: programme.id } },
          body: {
            ...(chosen?.organisationType === 'school'
              ? { schoolId: chosen.organisationId ?? undefined }
              : { partnerId: chosen?.organisationId ?? undefined }),
            units,
            purpose: purpose.trim(),
          },
        }),
      ),
    onSuccess: async () => {
      setUnits(Number.NaN);
      setPurpose('');
      await queryClient.invalidateQueries({ queryKey: ['donation-programmes', programme.id] });
    },
  });
  if (projects.length === 0) return null;
  const problems = fieldErrors(ask.error, {
    units: t('donations.ask.unitsInvalid'),
    purpose: t('donations.ask.purposeInvalid'),
  });
  return (
    <>
      <h2>{t('donations.ask.title')}</h2>
      <Form
        className="stack"
        validationBehavior="aria"
        aria-label={t('donations.ask.title')}
        onSubmit={(event) => {
          event.preventDefault();
          ask.mutate();
        }}
      >
        {projects.length > 1 && (
          <RadioGroup className="field choice" value={chosen?.id ?? ''} onChange={setProject}>
            <Label>{t('donations.ask.project')}</Label>
            {projects.map((membership) => (
              <Radio key={membership.id} value={membership.id}>
                {membership.organisationName ?? membership.organisationId}
              </Radio>
            ))}
          </RadioGroup>
        )}
        {projects.length === 1 && (
          <p>
            {t('donations.ask.project')}: {chosen?.organisationName}
          </p>
        )}
        <NumberField
          className="field"
          value={units}
          onChange={setUnits}
          minValue={1}
          step={1}
          isInvalid={Boolean(problems.units)}
          isRequired
        >
          <Label>{t('donations.ask.units')}</Label>
          <Input />
          <FieldError>{problems.units}</FieldError>
        </NumberField>
        <TextField
          className="field"
          value={purpose}
          onChange={setPurpose}
          isInvalid={Boolean(problems.purpose)}
        >
          <Label>{t('donations.ask.purpose')}</Label>
          <TextArea rows={3} />
          <FieldError>{problems.purpose}</FieldError>
        </TextField>
        {ask.isError && <Notice kind="error">{errorText(t, ask.error)}</Notice>}
        {ask.isSuccess && <Notice kind="success">{t('donations.ask.sent')}</Notice>}
        <div className="actions">
          <Button type="submit" variant="primary" isPending={ask.isPending}>
            {t('donations.ask.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
