import { DateTime } from 'luxon';
import { ReportPeriod } from './report-period';

/** How a report's figures are broken down: not at all, or by calendar month for a chart. */
export type ReportGrouping = 'month' | undefined;

/** The months a period touches, first to last, as `YYYY-MM`. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  const last = DateTime.fromISO(period.to, { zone: 'UTC' }).startOf('month');
  for (
    let month = DateTime.fromISO(period.from, { zone: 'UTC' }).startOf('month');
    month <= last;
    month = month.plus({ months: 1 })
  ) {
    months.push(month.toFormat('yyyy-MM'));
  }
  return months;
}

/**
 * Rows of `{ month, figure: value }` from a query's rows keyed by month, with every month of the
 * period present (0 where nothing happened), so a chart has no gaps.
 */
export function byMonth<Figure extends string>(
  period: ReportPeriod,
  figures: readonly Figure[],
  rows: ({ month: string } & Partial<Record<Figure, number | string | null>>)[],
): ({ month: string } & Record<Figure, number>)[] {
  return monthsOf(period).map((month) => {
    const found = rows.filter((row) => row.month === month);
    const entry = { month } as { month: string } & Record<Figure, number>;
    for (const figure of figures) {
      const sum = found.reduce((total, row) => total + Number(row[figure] ?? 0), 0);
      (entry as Record<string, number | string>)[figure] = Math.round(sum * 100) / 100;
    }
    return entry;
  });
}
