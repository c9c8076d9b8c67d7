import { Label, Meter } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatHours, termLabel } from './format';

type TermHours = Schemas['TermHoursDto'];

/**
 * Each term's hours against its budget: a meter that a screen reader reads as "4 of 7.4 hours",
 * with the same words beside it, and "over the budget" said, not only shown.
 */
export function TermBudgets({ terms, current }: { terms: TermHours[]; current?: string }) {
  const { t, i18n } = useTranslation();
  const hours = (value: number) => formatHours(i18n.language, value);
  return (
    <ul className="term-budgets">
      {terms.map((term) => {
        const over = term.logged > term.budget;
        const words = t('hours.budget.of', {
          logged: hours(term.logged),
          budget: hours(term.budget),
        });
        const rest = over
          ? t('hours.budget.over', { hours: hours(term.logged - term.budget) })
          : t('hours.budget.left', { hours: hours(term.remaining) });
        return (
          <li key={term.term} className={term.term === current ? 'current' : undefined}>
            <Meter
              className="hours-meter"
              value={Math.min(term.logged, term.budget)}
              maxValue={term.budget || 1}
              valueLabel={`${words}. ${rest}`}
            >
              {({ percentage }) => (
                <>
                  <Label>
                    {termLabel(t, term.term)}
                    {term.term === current && ` (${t('hours.budget.current')})`}
                  </Label>
                  <span className="hours-meter-value">
                    {words} <span className={`status ${over ? 'warn' : 'ok'}`}>{rest}</span>
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
  );
}
