import { randomBytes } from 'node:crypto';
import { loadConfig } from '@app/config';
import { MessageEntity } from '@app/messaging/outbox/message.entity';
import { SignInLinks } from '../accounts/sign-in-links';
import { VisitAnswerTokens } from '../adoptions/visit-answer-tokens';
import { Clock } from '../clock/clock';
import { SecretLinks } from './secret-links';

const NOW = new Date('2026-09-01T08:00:00Z');

function secretLinks(jwtSecret = randomBytes(32).toString('hex')) {
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://scheduler.test',
    JWT_SECRET: jwtSecret,
  });
  const clock = new Clock(null, () => NOW.getTime());
  const answers = new VisitAnswerTokens(config, clock);
  return { links: new SecretLinks(new SignInLinks(config), answers), answers };
}

const message = (template: string, params: object) => ({ template, params }) as MessageEntity;

// Answer links are made only for real visits and people, whose ids are UUIDs.
const VISIT_ID = '6f1c2b7e-1d2a-4c8e-9f3b-0a1b2c3d4e5f';
const USER_ID = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';

describe('the secret links of a mail', () => {
  const loginTokenId = '0b8f7d3e-2a4c-4c1e-9f5a-3d2b1c0e9f8a';

  it('makes the same sign-in link for the same token row, and another for another row', () => {
    const { links } = secretLinks();
    const signIn = (id: string) =>
      links.links(message('auth.login-link', { loginTokenId: id, validMinutes: 15 }))['sign-in'];

    expect(signIn(loginTokenId)).toMatch(/^http:\/\/scheduler\.test\/sign-in\?token=[\w-]{43}$/);
    expect(signIn(loginTokenId)).toBe(signIn(loginTokenId));
    expect(signIn('5c0e2d1b-7a3f-4e8d-b6c9-1f2e3d4c5b6a')).not.toBe(signIn(loginTokenId));
    expect(
      links.links(message('auth.invitation', { loginTokenId, validMinutes: 15 }))['sign-in'],
    ).toBe(signIn(loginTokenId));
  });

  it('makes sign-in links only with the server’s secret: a copy of the database makes none', () => {
    const params = { loginTokenId, validMinutes: 15 };
    expect(secretLinks().links.links(message('auth.login-link', params))).not.toEqual(
      secretLinks().links.links(message('auth.login-link', params)),
    );
  });

  it('makes one answer link per slot and one to decline, each read back as its claims', () => {
    const { links, answers } = secretLinks();
    const claims = { userId: USER_ID, revision: 3, expiresAt: '2026-09-15T08:00:00.000Z' };
    const slot = { start: '2026-10-07T07:00:00.000Z', end: '2026-10-07T10:00:00.000Z' };
    const made = links.links(
      message('visit.requested', { visitId: VISIT_ID, slots: [slot, slot], answerLinks: claims }),
    );

    expect(Object.keys(made).sort()).toEqual([
      'answer-confirm-0',
      'answer-confirm-1',
      'answer-decline',
    ]);
    const read = (link: string) => answers.read(new URL(link).searchParams.get('token')!);
    const answer = { visitId: VISIT_ID, revision: 3, userId: USER_ID };
    expect(read(made['answer-confirm-1'])).toEqual({ ...answer, slot: 1 });
    expect(read(made['answer-decline'])).toEqual({ ...answer, slot: null });
  });

  it('makes nothing from a message written before links were made as it is sent', () => {
    const { links } = secretLinks();
    const slot = { start: '2026-10-07T07:00:00.000Z', end: '2026-10-07T10:00:00.000Z' };
    expect(links.links(message('auth.login-link', { link: 'http://old/sign-in?token=x' }))).toEqual(
      {},
    );
    expect(
      links.links(
        message('visit.requested', {
          visitId: VISIT_ID,
          slots: [slot],
          answerLinks: { slots: ['http://old/visit-answers?token=x'], decline: 'http://old' },
        }),
      ),
    ).toEqual({});
    expect(links.links(message('visit.confirmed', { visitId: VISIT_ID }))).toEqual({});
  });
});
