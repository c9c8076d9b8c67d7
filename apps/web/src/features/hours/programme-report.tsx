import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { browserZone, formatDay, formatHours, formatNumber } from './format';
import { withDefaults } from './period';
import { csvHref, programmeReportQuery } from './queries';
import { ReportFrame, ReportTable } from './report-frame';
import { useProgrammeId, useProgrammePeriod } from './routes';

/** How a programme ran in a period: shifts, attendance and hours, and each company's part. */
export function ProgrammeReportScreen() {
  const programmeId = useProgrammeId();
  const period = withDefaults(useProgrammePeriod());
  const { t, i18n } = useTranslation();
  const report = useQuery(programmeReportQuery(programmeId, period));
  const number = (value: number) => formatNumber(i18n.language, value);
  const hours = (value: number) => formatHours(i18n.language, value);
  const data = report.data;
  const zone = data?.programme.timezone;
  const time = (instant: string) =>
    new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: zone }).format(
      new Date(instant),
    );

  return (
    <ReportFrame
      key={`${period.from}-${period.to}`}
      title={
        data
          ? t('hours.reports.programmeTitle', {
              name: data.programme.title,
              partner: data.programme.partnerName,
            })
          : t('hours.reports.title')
      }
      period={period}
      csv={csvHref('programmes', programmeId, period)}
      error={report.error}
    >
      {data && (
        <>
          <h2>{t('hours.reports.totals')}</h2>
          <dl className="facts report-totals">
            <dt>{t('hours.reports.shifts')}</dt>
            <dd>{number(data.totals.shifts)}</dd>
            <dt>{t('hours.reports.shiftsCancelled')}</dt>
            <dd>{number(data.totals.shiftsCancelled)}</dd>
            <dt>{t('hours.reports.shiftsShort')}</dt>
            <dd>{number(data.totals.shiftsShort)}</dd>
            <dt>{t('hours.reports.capacity')}</dt>
            <dd>
              {t('hours.reports.capacityIs', {
                min: number(data.capacity.min),
                max: number(data.capacity.max),
              })}
            </dd>
            <dt>{t('hours.reports.volunteers')}</dt>
            <dd>{number(data.totals.volunteers)}</dd>
            <dt>{t('hours.reports.attendances')}</dt>
            <dd>{number(data.totals.attendances)}</dd>
            <dt>{t('hours.reports.noShows')}</dt>
            <dd>{number(data.totals.noShows)}</dd>
            <dt>{t('hours.reports.volunteerHours')}</dt>
            <dd>{hours(data.totals.hours)}</dd>
          </dl>
          <ReportTable
            id="report-companies"
            heading={t('hours.reports.companies')}
            empty={t('hours.reports.noCompanies')}
            columns={[
              { label: t('hours.reports.company') },
              { label: t('hours.reports.volunteers'), number: true },
              { label: t('hours.reports.shiftsAttended'), number: true },
              { label: t('hours.reports.hours'), number: true },
            ]}
            rows={data.companies.map((row) => ({
              key: row.companyId,
              cells: [
                row.name,
                number(row.volunteers),
                number(row.shiftsAttended),
                hours(row.hours),
              ],
            }))}
          />
          {zone && zone !== browserZone() && (
            <p className="hint">{t('hours.reports.zone', { zone })}</p>
          )}
          <ReportTable
            id="report-shifts"
            heading={t('hours.reports.shiftList')}
            empty={t('hours.reports.noShifts')}
            columns={[
              { label: t('hours.reports.shift') },
              { label: t('hours.reports.status') },
              { label: t('hours.reports.signedUp'), number: true },
              { label: t('hours.reports.attended'), number: true },
              { label: t('hours.reports.noShows'), number: true },
              { label: t('hours.reports.hours'), number: true },
            ]}
            rows={data.shifts.map((row) => ({
              key: row.shiftId,
              cells: [
                `${formatDay(i18n.language, row.date)}, ${time(row.start)}–${time(row.end)}`,
                row.status === 'cancelled' ? (
                  <span className="status danger">{t('hours.reports.cancelled')}</span>
                ) : row.short ? (
                  <span className="status warn">{t('hours.reports.short')}</span>
                ) : (
                  <span className="status ok">{t('hours.reports.held')}</span>
                ),
                number(row.signedUp),
                number(row.attended),
                number(row.noShows),
                hours(row.hours),
              ],
            }))}
          />
        </>
      )}
    </ReportFrame>
  );
}
