import { formatNumber } from './format';
import { composeMail, paragraph } from './mail-body';
import { MailLocale, MailTemplate } from './template';
import { openShift, shiftDetails, shiftTime } from './volunteering-blocks';
import { ShiftSummary } from './volunteering-params';

/**
 * A shift with fewer than `minimum` volunteers signed up (`signedUp`): to its coordinators
 * (`forCoordinator`), and to the eligible volunteers not signed up for it.
 */
export type ShiftShortParams = ShiftSummary & {
  signedUp: number;
  minimum: number;
  forCoordinator: boolean;
};

/**
 * `Mangler frivillige: Dansk Flygtningehjælp onsdag 7. oktober kl. 16.00–18.00 (1 af 2)` /
 * `Volunteers needed: Dansk Flygtningehjælp on Wednesday 7 October, 16:00–18:00 (1 of 2)`.
 */
function shortSubject(shift: ShiftShortParams, locale: MailLocale): string {
  const [prefix, on, of] =
    locale === 'da' ? ['Mangler frivillige', '', 'af'] : ['Volunteers needed', 'on ', 'of'];
  const count = `${formatNumber(shift.signedUp, locale)} ${of} ${formatNumber(shift.minimum, locale)}`;
  return `${prefix}: ${shift.partnerName} ${on}${shiftTime(shift, locale)} (${count})`;
}

export const shiftShortTemplate: MailTemplate<ShiftShortParams> = {
  da: (shift, { name }) => {
    const when = shiftTime(shift, 'da');
    const signedUp = formatNumber(shift.signedUp, 'da');
    const minimum = formatNumber(shift.minimum, 'da');
    return composeMail('da', shortSubject(shift, 'da'), name, [
      ...(shift.forCoordinator
        ? [
            paragraph(
              `Vagten ${when} mangler frivillige: ${signedUp} er tilmeldt, og vagten skal bruge mindst ${minimum}.`,
            ),
            paragraph('Find gerne flere frivillige til vagten.'),
          ]
        : [
            paragraph(`Vagten ${when} har brug for flere frivillige.`),
            paragraph('Kan du komme? Så meld dig til vagten via linket nedenfor.'),
          ]),
      shiftDetails(shift, 'da'),
      openShift(shift, 'da'),
    ]);
  },
  en: (shift, { name }) => {
    const when = shiftTime(shift, 'en');
    const signedUp = formatNumber(shift.signedUp, 'en');
    const minimum = formatNumber(shift.minimum, 'en');
    return composeMail('en', shortSubject(shift, 'en'), name, [
      ...(shift.forCoordinator
        ? [
            paragraph(
              `The shift on ${when} is short of volunteers: ${signedUp} signed up, and it needs at least ${minimum}.`,
            ),
            paragraph('Please find more volunteers for the shift.'),
          ]
        : [
            paragraph(`The shift on ${when} needs more volunteers.`),
            paragraph('Can you come? Then please sign up for the shift using the link below.'),
          ]),
      shiftDetails(shift, 'en'),
      openShift(shift, 'en'),
    ]);
  },
};
