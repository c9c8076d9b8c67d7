import { capitalize, formatNumber, formatSlot, formatTimes } from './format';
import { action, Block, details, paragraph } from './mail-body';
import { MailLocale } from './template';
import { ShiftSummary } from './volunteering-params';

const LABELS = {
  da: {
    when: 'Tidspunkt',
    programme: 'Aktivitet',
    partner: 'Organisation',
    location: 'Sted',
    openShift: 'Se vagten',
    openProgramme: 'Se aktiviteten',
  },
  en: {
    when: 'When',
    programme: 'Programme',
    partner: 'Organisation',
    location: 'Place',
    openShift: 'View the shift',
    openProgramme: 'View the programme',
  },
} as const;

/** Weekdays 1 = Monday to 7 = Sunday, in the plural: every Wednesday is `onsdage`. */
const WEEKDAYS: Record<MailLocale, readonly string[]> = {
  da: ['mandage', 'tirsdage', 'onsdage', 'torsdage', 'fredage', 'lørdage', 'søndage'],
  en: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
};

/** `frivillig i Dansk Flygtningehjælp` / `volunteering at Dansk Flygtningehjælp`. */
export function volunteeringAt(partnerName: string, locale: MailLocale): string {
  return `${locale === 'da' ? 'frivillig i' : 'volunteering at'} ${partnerName}`;
}

/**
 * `Lektiehjælp og fodbold i drengeklubben hos Dansk Flygtningehjælp` /
 * `Lektiehjælp og fodbold i drengeklubben at Dansk Flygtningehjælp`.
 */
export function programmeAt(
  programme: { programmeTitle: string; partnerName: string },
  locale: MailLocale,
): string {
  return `${programme.programmeTitle} ${locale === 'da' ? 'hos' : 'at'} ${programme.partnerName}`;
}

/** The shift on the programme's wall clock: `onsdag 21. oktober kl. 16.00–18.00`. */
export function shiftTime(shift: ShiftSummary, locale: MailLocale): string {
  return formatSlot(shift, shift, locale);
}

/**
 * `Frivillig i Dansk Flygtningehjælp: onsdag 21. oktober kl. 16.00–18.00` /
 * `Volunteering at Dansk Flygtningehjælp: Wednesday 21 October, 16:00–18:00`.
 */
export function shiftSubject(shift: ShiftSummary, locale: MailLocale): string {
  return `${capitalize(volunteeringAt(shift.partnerName, locale))}: ${shiftTime(shift, locale)}`;
}

/**
 * A subject about what became of a shift: `Aflyst: frivillig i Dansk Flygtningehjælp onsdag
 * 21. oktober kl. 16.00–18.00` / `Cancelled: volunteering at Dansk Flygtningehjælp on …`.
 */
export function shiftNoticeSubject(
  prefix: string,
  shift: ShiftSummary,
  locale: MailLocale,
): string {
  const on = locale === 'da' ? '' : 'on ';
  return `${prefix}: ${volunteeringAt(shift.partnerName, locale)} ${on}${shiftTime(shift, locale)}`;
}

/** Which shift, of which programme, and where. */
export function shiftDetails(shift: ShiftSummary, locale: MailLocale): Block {
  const labels = LABELS[locale];
  return details([
    [labels.when, shiftTime(shift, locale)],
    [labels.programme, shift.programmeTitle],
    [labels.partner, shift.partnerName],
    [labels.location, shift.location],
  ]);
}

export function openShift(shift: ShiftSummary, locale: MailLocale): Block {
  return action(LABELS[locale].openShift, shift.link);
}

/** `onsdage`, `mandage og onsdage` / `Wednesdays`, `Mondays and Wednesdays`, Monday first. */
export function weekdayList(weekdays: number[], locale: MailLocale): string {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  const bad = days.filter((day) => !Number.isInteger(day) || day < 1 || day > 7);
  if (days.length === 0 || bad.length > 0) {
    throw new Error(`Cannot show weekdays [${weekdays.join(', ')}]: expected 1 (Monday) to 7`);
  }
  const names = days.map((day) => WEEKDAYS[locale][day - 1]);
  const last = names.pop() as string;
  return names.length === 0
    ? last
    : `${names.join(', ')} ${locale === 'da' ? 'og' : 'and'} ${last}`;
}

/**
 * A weekly schedule on the programme's wall clock: `mandage og onsdage kl. 16.00–18.00` /
 * `Mondays and Wednesdays, 16:00–18:00`.
 */
export function weeklyTime(
  schedule: { weekdays: number[]; startTime: string; endTime: string },
  locale: MailLocale,
): string {
  const days = weekdayList(schedule.weekdays, locale);
  const separator = locale === 'da' ? ' ' : ', ';
  return `${days}${separator}${formatTimes(schedule.startTime, schedule.endTime, locale)}`;
}

/** Which programme, when it meets, and where. */
export function programmeDetails(
  programme: {
    programmeTitle: string;
    partnerName: string;
    location: string;
    weekdays: number[];
    startTime: string;
    endTime: string;
  },
  locale: MailLocale,
): Block {
  const labels = LABELS[locale];
  return details([
    [labels.when, weeklyTime(programme, locale)],
    [labels.programme, programme.programmeTitle],
    [labels.partner, programme.partnerName],
    [labels.location, programme.location],
  ]);
}

export function openProgramme(link: string, locale: MailLocale): Block {
  return action(LABELS[locale].openProgramme, link);
}

/** `1 vagt`, `10 vagter` / `1 shift`, `10 shifts`. */
export function shiftCount(count: number, locale: MailLocale): string {
  const unit =
    locale === 'da' ? (count === 1 ? 'vagt' : 'vagter') : count === 1 ? 'shift' : 'shifts';
  return `${formatNumber(count, locale)} ${unit}`;
}

/** The catalogue's advice: a place given up in good time goes to the first on the waiting list. */
export function cancelInGoodTime(locale: MailLocale): Block {
  return paragraph(
    locale === 'da'
      ? 'Kan du alligevel ikke komme, så meld dig fra i god tid, så en anden kan få pladsen.'
      : 'If you cannot come after all, please cancel in good time so that someone else can take the place.',
  );
}
