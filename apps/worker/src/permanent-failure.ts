import { UnrecoverableError } from 'bullmq';

/**
 * A mail server's 5xx answer is final (no such mailbox, message refused): retrying it for two
 * hours changes nothing. A 4xx or a lost connection may pass, so those stay retried.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** Rethrows a permanent failure so the queue stops retrying it; the message stays the server's. */
export function stopRetryingIfPermanent(error: unknown): never {
  if (isPermanentSmtpFailure(error)) throw new UnrecoverableError((error as Error).message);
  throw error;
}

/** Whether a failed attempt was the job's last: its attempts are spent, or it was final at once. */
export function isLastAttempt(
  job: { attemptsMade: number; opts: { attempts?: number } },
  error: Error,
): boolean {
  return error.name === UnrecoverableError.name || job.attemptsMade >= (job.opts.attempts ?? 1);
}
