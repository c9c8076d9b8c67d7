import fc from 'fast-check';
import { loadConfig } from '@app/config';
import { Clock } from '../clock/clock';
import { DomainError } from '../errors/domain-error';
import { VisitAnswer, VisitAnswerTokens } from './visit-answer-tokens';

const NOW = new Date('2026-09-01T08:00:00Z');
const answer: VisitAnswer = {
  visitId: '2f1e4b9c-5a3d-4e8f-9b7a-1c2d3e4f5a6b',
  revision: 3,
  userId: '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d',
  slot: 1,
};

function tokens(): VisitAnswerTokens {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40) });
  return new VisitAnswerTokens(config, new Clock(NOW, () => NOW.getTime()));
}

/** Whatever `read` does with the input: the answer, or the code of the domain error it threw. */
function outcome(read: () => VisitAnswer): VisitAnswer | string {
  try {
    return read();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

/** A body signed with the server's secret, as a link of an older or future format would be. */
function signed(reader: VisitAnswerTokens, json: string): string {
  const body = Buffer.from(json).toString('base64url');
  const sign = (reader as unknown as { sign(body: string): string }).sign.bind(reader);
  return `${body}.${sign(body)}`;
}

describe('reading a one-click answer link', () => {
  const reader = tokens();
  const genuine = reader.issue(answer, new Date('2026-10-07T07:00:00Z'));

  it('gives the answer a genuine link stands for', () => {
    expect(reader.read(genuine)).toEqual(answer);
  });

  it('refuses a signature as long in characters but not in bytes', () => {
    const widened = `${genuine.slice(0, -1)}é`;
    expect(outcome(() => reader.read(widened))).toBe('visit-answer.invalid-link');
  });

  it.each([
    ['not JSON', 'not json'],
    ['not a list', '{"visitId":"x"}'],
    ['a list too short', JSON.stringify([answer.visitId, 3])],
    ['a visit id that is no uuid', JSON.stringify(["1' OR 1=1", 3, answer.userId, 0, 9e15])],
    ['a negative slot', JSON.stringify([answer.visitId, 3, answer.userId, -1, 9e15])],
    ['an expiry that is no number', JSON.stringify([answer.visitId, 3, answer.userId, 0, 'never'])],
  ])('refuses a signed body that is %s', (_shape, json) => {
    expect(outcome(() => reader.read(signed(reader, json)))).toBe('visit-answer.invalid-link');
  });

  it('refuses a link past its expiry', () => {
    const expired = signed(reader, JSON.stringify([answer.visitId, 3, answer.userId, 0, 1]));
    expect(outcome(() => reader.read(expired))).toBe('visit-answer.invalid-link');
  });

  it('answers any other string with the invalid-link error, never another failure', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '_', '.', '%', 'é', '\u0000') }),
      fc.constant(genuine.split('.')[0]),
      fc.constant(genuine.split('.')[1]),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 4 }), fc.constantFrom('.', ''), (parts, glue) => {
        const token = parts.join(glue);
        fc.pre(token !== genuine);
        expect(outcome(() => reader.read(token))).toBe('visit-answer.invalid-link');
      }),
      { numRuns: 2_000 },
    );
  });
});
