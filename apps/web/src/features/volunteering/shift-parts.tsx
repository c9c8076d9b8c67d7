import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Button, Notice } from '../../components/ui';
import { errorText } from '../../i18n/error-text';
import { useGiveUp, useSignUp } from './queries';

type Shift = Schemas['ShiftDto'];

/** Places free or full, short of volunteers, cancelled: what a volunteer weighs before taking it. */
export function ShiftState({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  if (shift.status === 'cancelled') {
    return (
      <p>
        <span className="status danger">
          {shift.cancelReason
            ? t('volunteering.shift.cancelledBecause', { reason: shift.cancelReason })
            : t('volunteering.shift.cancelled')}
        </span>
      </p>
    );
  }
  return (
    <ul className="shift-state">
      <li>
        {shift.freePlaces > 0
          ? t('volunteering.shift.free', { count: shift.freePlaces, max: shift.capacity.max })
          : t('volunteering.shift.full')}
        {shift.waitlisted > 0 &&
          ` · ${t('volunteering.shift.waiting', { count: shift.waitlisted })}`}
      </li>
      {shift.short && (
        <li>
          <span className="status warn">
            {t('volunteering.shift.short', { signedUp: shift.signedUp, min: shift.capacity.min })}
          </span>
        </li>
      )}
    </ul>
  );
}

/** The volunteer's own place on the shift, in words; nothing when they have none. */
export function MyPlace({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  if (!shift.mySignup) return null;
  return shift.mySignup.status === 'confirmed' ? (
    <p>
      <span className="status ok">{t('volunteering.shift.placed')}</span>
    </p>
  ) : (
    <p>
      <span className="status">
        {t('volunteering.shift.waiting', { position: shift.mySignup.position })}
      </span>
    </p>
  );
}

export function hasStarted(shift: { start: string }): boolean {
  return new Date(shift.start).getTime() <= Date.now();
}

/**
 * One button: take a place (or join the waiting list when it is full), or give it up. The
 * answer says what happened; a refusal says why, in words.
 */
export function ShiftActions({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const giveUp = useGiveUp();
  // What the volunteer gave up, to say so after the shift no longer shows it.
  const [given, setGiven] = useState<'confirmed' | 'waitlisted'>('confirmed');
  if (shift.status === 'cancelled') return null;
  if (hasStarted(shift)) return <p className="hint">{t('volunteering.shift.started')}</p>;
  const busy = signUp.isPending || giveUp.isPending;
  const mine = shift.mySignup;

  return (
    <div className="shift-actions">
      {mine ? (
        <Button
          isDisabled={busy}
          onPress={() => {
            setGiven(mine.status);
            giveUp.mutate(shift.id, { onSuccess: () => signUp.reset() });
          }}
        >
          {mine.status === 'confirmed'
            ? t('volunteering.shift.giveUp')
            : t('volunteering.shift.leave')}
        </Button>
      ) : (
        <Button
          variant="primary"
          isDisabled={busy}
          onPress={() => signUp.mutate(shift.id, { onSuccess: () => giveUp.reset() })}
        >
          {shift.freePlaces > 0 ? t('volunteering.shift.take') : t('volunteering.shift.join')}
        </Button>
      )}
      {signUp.isSuccess && (
        <Notice kind="success">
          {signUp.data.status === 'confirmed'
            ? t('volunteering.shift.tookPlace')
            : t('volunteering.shift.joined', { position: signUp.data.position })}
        </Notice>
      )}
      {giveUp.isSuccess && (
        <Notice kind="success">
          {given === 'waitlisted' ? t('volunteering.shift.left') : t('volunteering.shift.gaveUp')}
        </Notice>
      )}
      {signUp.isError && <Notice kind="error">{errorText(t, signUp.error)}</Notice>}
      {giveUp.isError && <Notice kind="error">{errorText(t, giveUp.error)}</Notice>}
    </div>
  );
}
