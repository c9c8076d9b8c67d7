import { DAY_MS } from '@app/calendar';
import { ConflictError } from '../errors/domain-error';
import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '../clock/clock';
import { UnauthorisedError } from '../errors/domain-error';

/** What a one-click link in a request mail may do: confirm one slot, or decline. */
export interface VisitAnswer {
  visitId: string;
  /** The revision the mail was written for; any change of the visit spends the link. */
  revision: number;
  userId: string;
  /** The slot to confirm, or null to decline. */
  slot: number | null;
}

const LINK_DAYS = 14;

/**
 * Signed, expiring links bound to a visit's revision and to the person they were mailed to.
 * Using one changes the visit's revision, so each works once.
 */
@Injectable()
export class VisitAnswerTokens {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Until when the links of a request mailed now work: 14 days, and never past its first slot. */
  expiry(firstSlotStart: Date): Date {
    return new Date(Math.min(this.clock.nowMs() + LINK_DAYS * DAY_MS, firstSlotStart.getTime()));
  }

  /**
   * The same answer and expiry always make the same token, so the link can be made again as the
   * mail is sent, and a resent mail carries the link the first one did.
   */
  issue(answer: VisitAnswer, expires: Date): string {
    const body = Buffer.from(
      JSON.stringify([
        answer.visitId,
        answer.revision,
        answer.userId,
        answer.slot,
        expires.getTime(),
      ]),
    ).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** The answer a link stands for; anything else, whatever its characters, is an invalid link. */
  read(token: string): VisitAnswer {
    const parts = token.split('.');
    const [body, signature] = parts;
    // base64url is ASCII, so both sides of the comparison are as long in bytes as in characters.
    if (parts.length !== 2 || !BASE64URL.test(body) || !BASE64URL.test(signature)) {
      throw this.invalid();
    }
    const expected = this.sign(body);
    if (
      signature.length !== expected.length ||
      !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
    ) {
      throw this.invalid();
    }
    const signed = signedAnswer(Buffer.from(body, 'base64url').toString('utf8'));
    if (!signed || signed.expires <= this.clock.nowMs()) throw this.invalid();
    return signed.answer;
  }

  link(answer: VisitAnswer, expires: Date): string {
    return `${this.config.publicUrl}/visit-answers?token=${this.issue(answer, expires)}`;
  }

  private sign(body: string): string {
    return createHmac('sha256', `visit-answers:${this.config.auth.jwtSecret}`)
      .update(body)
      .digest('base64url');
  }

  private invalid(): UnauthorisedError {
    return new UnauthorisedError(
      'visit-answer.invalid-link',
      'This link is not valid or has expired. Open the visit to answer.',
    );
  }
}

const BASE64URL = /^[\w-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The answer in a signed body, or null when it does not hold one: a body is signed only by us,
 * but one of another shape (an older format, say) must be an invalid link, not a failure.
 */
function signedAnswer(json: string): { answer: VisitAnswer; expires: number } | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 5) return null;
  const [visitId, revision, userId, slot, expires] = value as unknown[];
  const index = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  if (
    typeof visitId !== 'string' ||
    !UUID.test(visitId) ||
    typeof userId !== 'string' ||
    !UUID.test(userId) ||
    !index(revision) ||
    !(slot === null || index(slot)) ||
    typeof expires !== 'number'
  ) {
    return null;
  }
  return { answer: { visitId, revision, userId, slot }, expires };
}

/** A link answers the visit as it was when mailed; any change since spends it. */
export function requireUnchangedSince(answer: VisitAnswer, revision: number): void {
  if (answer.revision !== revision) {
    throw new ConflictError(
      'visit-answer.spent',
      'The visit has changed since this mail was sent, so its links no longer work. Open the visit to answer.',
    );
  }
}
