import { useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button, Notice, PageTitle, TableScroll } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { formatDay } from './format';
import { PeriodFields } from './period-fields';
import type { Period } from './queries';

/**
 * What every report page has: its title, the period (which can be changed), the CSV link for
 * the same period, and its tables once loaded.
 */
export function ReportFrame({
  title,
  period,
  csv,
  error,
  children,
}: {
  title: string;
  period: Period;
  csv: string;
  error: unknown;
  children: ReactNode | null;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(period);
  return (
    <section className="page">
      <PageTitle>{title}</PageTitle>
      <p>
        {t('hours.reports.periodIs', {
          from: formatDay(i18n.language, period.from),
          to: formatDay(i18n.language, period.to),
        })}
      </p>
      <div className="report-tools">
        <Form
          className="report-period"
          onSubmit={(event) => {
            event.preventDefault();
            void navigate({ to: '.', search: draft });
          }}
        >
          <PeriodFields period={draft} onChange={setDraft} />
          <Button type="submit">{t('hours.reports.change')}</Button>
        </Form>
        <p>
          <a className="button primary" href={csv} download>
            {t('hours.reports.csv')}
          </a>
        </p>
      </div>
      {error ? (
        <Notice kind="error">{errorText(t, error)}</Notice>
      ) : (
        (children ?? <p role="status">{t('app.loading')}</p>)
      )}
    </section>
  );
}

/** A table of rows, in a scroller on a narrow screen, with a heading before it. */
export function ReportTable({
  id,
  heading,
  columns,
  rows,
  empty,
}: {
  id: string;
  heading: string;
  columns: { label: string; number?: boolean }[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
}) {
  return (
    <>
      <h2 id={id}>{heading}</h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <TableScroll labelledBy={id}>
          <table aria-labelledby={id}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.label}
                    scope="col"
                    className={column.number ? 'number' : undefined}
                  >
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className={columns[index].number ? 'number' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
