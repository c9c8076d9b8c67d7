import { type CalendarDate, type Time, toCalendarDateTime, toZoned } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import {
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Button as AriaButton,
  Label,
  Popover,
  TimeField,
} from 'react-aria-components';
import { Button } from '../../components/ui';
import type { SlotTimes } from './slot-rules';

/** A suggested time as it is being typed: a date and two wall-clock times in the school's zone. */
export interface SlotDraft {
  key: number;
  date: CalendarDate | null;
  from: Time | null;
  to: Time | null;
}

/** A year being typed digit by digit passes through 2, 20 and 202 on its way to 2027. */
const FIRST_YEAR = 1900;

/** The instants of a complete draft on the school's wall clock, or null while a part is missing. */
export function slotTimes(draft: SlotDraft, timeZone: string): SlotTimes | null {
  if (!draft.date || !draft.from || !draft.to || draft.date.year < FIRST_YEAR) return null;
  const at = (time: Time) =>
    toZoned(toCalendarDateTime(draft.date!, time), timeZone, 'compatible').toDate();
  return { start: at(draft.from), end: at(draft.to) };
}

function DateField({
  label,
  value,
  onChange,
  isInvalid,
}: {
  label: string;
  value: CalendarDate | null;
  onChange: (value: CalendarDate | null) => void;
  isInvalid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <DatePicker
      className="field date-field"
      value={value}
      onChange={onChange}
      isInvalid={isInvalid}
      isRequired
    >
      <Label>{label}</Label>
      <Group className="date-input">
        <DateInput className="segments">
          {(segment) => <DateSegment segment={segment} className="segment" />}
        </DateInput>
        <AriaButton
          className="button quiet calendar-button"
          aria-label={t('visits.propose.calendar')}
        >
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </Group>
      <Popover className="calendar-popover">
        <Dialog className="calendar-dialog" aria-label={t('visits.propose.calendar')}>
          <Calendar className="calendar">
            <header>
              <AriaButton
                slot="previous"
                className="button quiet"
                aria-label={t('visits.propose.previous')}
              >
                <span aria-hidden="true">‹</span>
              </AriaButton>
              <Heading />
              <AriaButton
                slot="next"
                className="button quiet"
                aria-label={t('visits.propose.next')}
              >
                <span aria-hidden="true">›</span>
              </AriaButton>
            </header>
            <CalendarGrid>
              {(date) => <CalendarCell date={date} className="calendar-cell" />}
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}

function ClockField({
  label,
  value,
  onChange,
  isInvalid,
}: {
  label: string;
  value: Time | null;
  onChange: (value: Time | null) => void;
  isInvalid: boolean;
}) {
  return (
    <TimeField
      className="field time-field"
      value={value}
      onChange={onChange}
      isInvalid={isInvalid}
      hourCycle={24}
      isRequired
    >
      <Label>{label}</Label>
      <DateInput className="date-input segments">
        {(segment) => <DateSegment segment={segment} className="segment" />}
      </DateInput>
    </TimeField>
  );
}

/**
 * One to three suggested times, each with the rules it breaks in words beside it, announced as
 * they change. `problems` holds the texts for each draft, in order.
 */
export function SlotFields({
  slots,
  problems,
  onChange,
  newSlot,
}: {
  slots: SlotDraft[];
  problems: string[][];
  onChange: (slots: SlotDraft[]) => void;
  newSlot: () => SlotDraft;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<SlotDraft>) =>
    onChange(slots.map((slot, at) => (at === index ? { ...slot, ...change } : slot)));
  return (
    <div className="slots">
      {slots.map((slot, index) => {
        const broken = problems[index] ?? [];
        const number = index + 1;
        return (
          <fieldset key={slot.key} className="slot">
            <legend>{t('visits.propose.slot', { number })}</legend>
            <div className="slot-fields">
              <DateField
                label={t('visits.propose.date')}
                value={slot.date}
                onChange={(date) => update(index, { date })}
                isInvalid={broken.length > 0}
              />
              <ClockField
                label={t('visits.propose.from')}
                value={slot.from}
                onChange={(from) => update(index, { from })}
                isInvalid={broken.length > 0}
              />
              <ClockField
                label={t('visits.propose.to')}
                value={slot.to}
                onChange={(to) => update(index, { to })}
                isInvalid={broken.length > 0}
              />
            </div>
            <div role="status" className="rule-problems">
              {broken.length > 0 && (
                <ul>
                  {broken.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              )}
            </div>
            {slots.length > 1 && (
              <Button
                variant="quiet"
                onPress={() => onChange(slots.filter((_, at) => at !== index))}
              >
                {t('visits.propose.removeSlot', { number })}
              </Button>
            )}
          </fieldset>
        );
      })}
      {slots.length < 3 && (
        <Button onPress={() => onChange([...slots, newSlot()])}>
          {t('visits.propose.addSlot')}
        </Button>
      )}
    </div>
  );
}
