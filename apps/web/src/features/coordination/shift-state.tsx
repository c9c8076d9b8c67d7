import { useTranslation } from 'react-i18next';
import type { Shift, Signup } from './queries';

/** A shift's state in words and colour: cancelled, short of volunteers, full, or open. */
export function ShiftState({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  if (shift.status === 'cancelled') {
    return <span className="status danger">{t('coordination.programme.cancelled')}</span>;
  }
  if (shift.short) {
    return (
      <span className="status warn">
        {t('coordination.programme.short', { min: shift.capacity.min })}
      </span>
    );
  }
  if (shift.signedUp >= shift.capacity.max) {
    return <span className="status ok">{t('coordination.programme.full')}</span>;
  }
  return <span className="status ok">{t('coordination.programme.open')}</span>;
}

/** "2 of 4", and how many wait. */
export function ShiftFill({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  return (
    <>
      {t('coordination.programme.fillOf', { signedUp: shift.signedUp, max: shift.capacity.max })}
      {shift.waitlisted > 0 && (
        <>
          {', '}
          {t('coordination.programme.waiting', { count: shift.waitlisted })}
        </>
      )}
    </>
  );
}

/** A volunteer's name as the roster shows it. */
export function nameOf(signup: Signup, t: (key: string) => string): string {
  return signup.name ?? t('coordination.shift.unnamed');
}
