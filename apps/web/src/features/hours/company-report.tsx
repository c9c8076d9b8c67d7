import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDay, formatHours, formatNumber } from './format';
import { withDefaults } from './period';
import { companyQuery, companyReportQuery, csvHref } from './queries';
import { ReportFrame, ReportTable } from './report-frame';
import { useCompanyId, useCompanyPeriod } from './routes';

/** What a company gave in a period: its adoptions' visits and hours, its volunteers' hours. */
export function CompanyReportScreen() {
  const companyId = useCompanyId();
  const period = withDefaults(useCompanyPeriod());
  const { t, i18n } = useTranslation();
  const report = useQuery(companyReportQuery(companyId, period));
  const company = useQuery(companyQuery(companyId));
  const name = report.data?.company.name ?? company.data?.name;
  const number = (value: number) => formatNumber(i18n.language, value);
  const hours = (value: number) => formatHours(i18n.language, value);
  const data = report.data;

  return (
    <ReportFrame
      key={`${period.from}-${period.to}`}
      title={name ? t('hours.reports.companyTitle', { name }) : t('hours.reports.title')}
      period={period}
      csv={csvHref('companies', companyId, period)}
      error={report.error}
    >
      {data && (
        <>
          <h2>{t('hours.reports.totals')}</h2>
          <dl className="facts report-totals">
            <dt>{t('hours.reports.visitsHeld')}</dt>
            <dd>{number(data.totals.visitsHeld)}</dd>
            <dt>{t('hours.reports.pupilsReached')}</dt>
            <dd>{number(data.totals.pupilsReached)}</dd>
            <dt>{t('hours.reports.contactHours')}</dt>
            <dd>{hours(data.totals.contactHours)}</dd>
            <dt>{t('hours.reports.volunteers')}</dt>
            <dd>{number(data.totals.volunteers)}</dd>
            <dt>{t('hours.reports.volunteerHours')}</dt>
            <dd>{hours(data.totals.volunteerHours)}</dd>
            <dt>{t('hours.reports.allHours')}</dt>
            <dd>{hours(data.totals.hours)}</dd>
          </dl>
          <ReportTable
            id="report-adoptions"
            heading={t('hours.reports.adoptions')}
            empty={t('hours.reports.noAdoptions')}
            columns={[
              { label: t('hours.reports.class') },
              { label: t('hours.reports.contactPerson') },
              { label: t('hours.reports.runs') },
              { label: t('hours.reports.visitsHeld'), number: true },
              { label: t('hours.reports.preparations'), number: true },
              { label: t('hours.reports.pupilsReached'), number: true },
              { label: t('hours.reports.hoursOfBudget'), number: true },
            ]}
            rows={data.adoptions.map((row) => ({
              key: row.adoptionId,
              cells: [
                `${row.className}, ${row.schoolName}`,
                row.contactPersonName,
                `${formatDay(i18n.language, row.startsOn)} – ${formatDay(i18n.language, row.endsOn)}`,
                number(row.visitsHeld),
                number(row.preparationMeetingsHeld),
                number(row.pupilsReached),
                t('hours.budget.of', {
                  logged: hours(row.hoursLogged),
                  budget: hours(row.hoursBudget),
                }),
              ],
            }))}
          />
          <ReportTable
            id="report-programmes"
            heading={t('hours.reports.programmes')}
            empty={t('hours.reports.noProgrammes')}
            columns={[
              { label: t('hours.reports.programme') },
              { label: t('hours.reports.partner') },
              { label: t('hours.reports.volunteers'), number: true },
              { label: t('hours.reports.shiftsAttended'), number: true },
              { label: t('hours.reports.noShows'), number: true },
              { label: t('hours.reports.hours'), number: true },
            ]}
            rows={data.programmes.map((row) => ({
              key: row.programmeId,
              cells: [
                row.title,
                row.partnerName,
                number(row.volunteers),
                number(row.shiftsAttended),
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
