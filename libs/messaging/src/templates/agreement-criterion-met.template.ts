import { metricName, periodName } from './agreement-blocks';
import { action, composeMail, details, paragraph } from './mail-body';
import { MailTemplate } from './template';

/** To both sides and the admins: a success criterion of an agreed agreement was met. */
export interface AgreementCriterionMetParams {
  agreementId: string;
  /** The partnership: a class and its company, or a programme's or donation programme's title. */
  partnershipName: string;
  metric: string;
  target: number;
  actual: number;
  /** The period counted: `2026/27-autumn`, `2026/27`, `2027`, or the agreement's dates. */
  period: string;
  /** The agreement's goals, as written. */
  goals: string;
  link: string;
}

const number = (value: number, locale: 'da' | 'en') =>
  value.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 });

export const agreementCriterionMetTemplate: MailTemplate<AgreementCriterionMetParams> = {
  da: (met, { name }) =>
    composeMail('da', `Mål nået: ${metricName(met.metric, 'da')} i ${met.partnershipName}`, name, [
      paragraph(
        `Tillykke! ${met.partnershipName} har nået et af målene i jeres aftale: ${number(met.target, 'da')} ${metricName(met.metric, 'da')} i ${periodName(met.period, 'da')}. Det er værd at fejre sammen.`,
      ),
      details([
        ['Mål', number(met.target, 'da')],
        ['Nået', number(met.actual, 'da')],
        ['Aftalens formål', met.goals],
      ]),
      action('Se aftalen', met.link),
    ]),
  en: (met, { name }) =>
    composeMail(
      'en',
      `Target met: ${metricName(met.metric, 'en')} in ${met.partnershipName}`,
      name,
      [
        paragraph(
          `Congratulations! ${met.partnershipName} has met one of the targets in your agreement: ${number(met.target, 'en')} ${metricName(met.metric, 'en')} in ${periodName(met.period, 'en')}. It is worth celebrating together.`,
        ),
        details([
          ['Target', number(met.target, 'en')],
          ['Reached', number(met.actual, 'en')],
          ["The agreement's goals", met.goals],
        ]),
        action('View the agreement', met.link),
      ],
    ),
};
