import { UnrecoverableError } from 'bullmq';
import {
  isLastAttempt,
  isPermanentSmtpFailure,
  stopRetryingIfPermanent,
} from './permanent-failure';

const smtpError = (responseCode: number) =>
  Object.assign(new Error(`${responseCode} the server's words`), { responseCode });

describe('permanent mail failures', () => {
  it('takes a 5xx answer as final and a 4xx or a lost connection as passing', () => {
    expect(isPermanentSmtpFailure(smtpError(550))).toBe(true);
    expect(isPermanentSmtpFailure(smtpError(554))).toBe(true);
    expect(isPermanentSmtpFailure(smtpError(451))).toBe(false);
    expect(isPermanentSmtpFailure(smtpError(421))).toBe(false);
    expect(
      isPermanentSmtpFailure(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
    ).toBe(false);
    expect(isPermanentSmtpFailure(undefined)).toBe(false);
  });

  it('stops the retries of a 5xx with the server message, and passes anything else on as it is', () => {
    expect(() => stopRetryingIfPermanent(smtpError(550))).toThrow(UnrecoverableError);
    expect(() => stopRetryingIfPermanent(smtpError(550))).toThrow("550 the server's words");
    const temporary = smtpError(451);
    expect(() => stopRetryingIfPermanent(temporary)).toThrow(temporary);
  });

  it('counts a job as given up when its attempts are spent or its failure was final', () => {
    const job = (attemptsMade: number) => ({ attemptsMade, opts: { attempts: 12 } });
    expect(isLastAttempt(job(11), new Error('451'))).toBe(false);
    expect(isLastAttempt(job(12), new Error('451'))).toBe(true);
    expect(isLastAttempt(job(1), new UnrecoverableError('550'))).toBe(true);
  });
});
