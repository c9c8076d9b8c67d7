import { Role } from '@app/core';
import { Factories } from '@app/testing';
import type { Test } from 'supertest';
import { bearer, proposeClassVisit } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

/**
 * What an attacker or a broken client may send to the routes that take a secret from the
 * address: each answers 4xx with a clear body, never 5xx, and changes nothing.
 */
describe('hostile input', () => {
  let stack: TestStack;
  let admin: { id: string };
  let feedSecret: string;
  let loginToken: string;
  let answerToken: string;
  let answerPath: string;
  // Each request comes from an address of its own, so the rate limits stay out of the way.
  let client = 0;
  const send = (test: Test) => test.set('X-Forwarded-For', `10.1.${client >> 8}.${client++ & 255}`);

  beforeAll(async () => {
    stack = await startTestStack({
      env: { TRUST_PROXY: '1' },
      clockStart: new Date('2026-09-01T08:00:00+02:00'),
    });
    admin = await new Factories(stack.dataSource).user([{ role: Role.Admin }], {
      email: 'hostile-admin@scheduler.test',
    });

    const calendar = await stack
      .http()
      .get('/api/v1/me/calendar')
      .set('Authorization', await bearer(stack, admin))
      .expect(200);
    feedSecret = /\/feeds\/([\w-]+)\.ics$/.exec(calendar.body.feedUrl as string)![1];

    await stack
      .http()
      .post('/api/v1/auth/login-links')
      .send({ email: 'hostile-admin@scheduler.test' })
      .expect(202);
    const signInMail = await stack.sink.waitForMailTo('hostile-admin@scheduler.test');
    loginToken = /\/sign-in\?token=([\w-]+)/.exec(signInMail.text)![1];

    const { links } = await proposeClassVisit(stack);
    answerPath = links[0];
    answerToken = new URL(answerPath, 'http://scheduler.test').searchParams.get('token')!;
    // Let the worker settle, so that the database holds still while the table runs.
    await stack.stopWorker();
  });
  afterAll(() => stack.stop());

  /** Every row of every table, as one digest: "nothing changed" means it stays the same. */
  async function databaseDigest(): Promise<string> {
    const tables = await stack.dataSource.query<{ name: string }[]>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const digests: string[] = [];
    for (const { name } of tables) {
      const [{ digest }] = await stack.dataSource.query<{ digest: string | null }[]>(
        `SELECT md5(string_agg(row::text, ',' ORDER BY row::text)) AS digest FROM ${name} AS row`,
      );
      digests.push(`${name}:${digest}`);
    }
    return digests.join('\n');
  }

  /** The last character swapped for one of two bytes: as long in characters, not in bytes. */
  const widened = (secret: string) => `${secret.slice(0, -1)}é`;
  const long = 'A'.repeat(10_000);
  const badEncoding = '%E0%A4%A';

  interface Secrets {
    feedSecret: string;
    loginToken: string;
    answerToken: string;
  }
  interface Case {
    label: string;
    status: number;
    request: (secrets: Secrets) => Test;
  }
  const get = (path: string) => stack.http().get(path);
  const form = (path: string, body: string) => stack.http().post(path).type('form').send(body);
  const json = (path: string, body: string | object) =>
    stack.http().post(path).set('Content-Type', 'application/json').send(body);
  const cookie = (value: string) =>
    stack.http().get('/admin/queues').set('Cookie', `session=${value}`);

  const cases: Case[] = [
    // The calendar feed: the secret is the path.
    {
      label: 'a feed secret with one non-ASCII character',
      status: 404,
      request: (s) => get(`/feeds/${widened(s.feedSecret)}.ics`),
    },
    {
      label: 'a feed secret with %00',
      status: 404,
      request: (s) => get(`/feeds/${s.feedSecret.slice(0, -3)}%00.ics`),
    },
    {
      label: 'a feed secret of non-ASCII only',
      status: 404,
      request: () => get(`/feeds/${encodeURIComponent('é'.repeat(75))}.ics`),
    },
    {
      label: 'a feed path of 10,000 characters',
      status: 404,
      request: () => get(`/feeds/${long}.ics`),
    },
    {
      label: 'a feed path with invalid percent-encoding',
      status: 400,
      request: () => get(`/feeds/${badEncoding}.ics`),
    },
    {
      label: 'a feed path with an encoded slash',
      status: 404,
      request: () => get('/feeds/..%2F..%2Fapi%2Fv1%2Fme.ics'),
    },
    {
      label: 'a feed path with arrays in the query',
      status: 404,
      request: () => get(`/feeds/${long.slice(0, 75)}.ics?token[a]=1&token=a&token=b`),
    },

    // The sign-in page, its button, and the same for programs.
    {
      label: 'a sign-in token with non-ASCII',
      status: 400,
      request: () => get(`/sign-in?token=${encodeURIComponent('tøken-ÆØÅ-ü')}`),
    },
    {
      label: 'a sign-in token with %00',
      status: 400,
      request: (s) => get(`/sign-in?token=${s.loginToken}%00`),
    },
    {
      label: 'a sign-in token of 10,000 characters',
      status: 400,
      request: () => get(`/sign-in?token=${long}`),
    },
    {
      label: 'a sign-in token with invalid percent-encoding',
      status: 400,
      request: () => get(`/sign-in?token=${badEncoding}`),
    },
    {
      label: 'a sign-in token as an object',
      status: 400,
      request: () => get('/sign-in?token[a]=1'),
    },
    {
      label: 'a sign-in token given twice',
      status: 400,
      request: (s) => get(`/sign-in?token=${s.loginToken}&token=b`),
    },
    {
      label: 'a sign-in form with non-ASCII',
      status: 400,
      request: (s) => form('/sign-in', `token=${encodeURIComponent(widened(s.loginToken))}`),
    },
    {
      label: 'a sign-in form with %00',
      status: 400,
      request: (s) => form('/sign-in', `token=${s.loginToken}%00`),
    },
    {
      label: 'a sign-in form of 10,000 characters',
      status: 400,
      request: () => form('/sign-in', `token=${long}`),
    },
    {
      label: 'a sign-in form with invalid percent-encoding',
      status: 400,
      request: () => form('/sign-in', `token=${badEncoding}`),
    },
    {
      label: 'a sign-in form with a nested token',
      status: 400,
      request: () => form('/sign-in', 'token[a][b]=1'),
    },
    {
      label: 'a sign-in form with the token twice',
      status: 400,
      request: (s) => form('/sign-in', `token=${s.loginToken}&token=${s.loginToken}`),
    },
    {
      label: 'a sign-in form in a charset we do not read',
      status: 415,
      request: (s) =>
        stack
          .http()
          .post('/sign-in')
          .set('Content-Type', 'application/x-www-form-urlencoded; charset=koi8-r')
          .send(`token=${s.loginToken}`),
    },
    {
      label: 'a program sign-in with non-ASCII',
      status: 401,
      request: (s) => json('/api/v1/auth/sessions', { token: widened(s.loginToken) }),
    },
    {
      label: 'a program sign-in with an array',
      status: 400,
      request: (s) => json('/api/v1/auth/sessions', { token: [s.loginToken] }),
    },
    {
      label: 'a program sign-in of 200,000 characters',
      status: 413,
      request: () => json('/api/v1/auth/sessions', { token: long.repeat(20) }),
    },
    {
      label: 'a program sign-in with broken JSON',
      status: 400,
      request: (s) => json('/api/v1/auth/sessions', `{"token":"${s.loginToken}`),
    },

    // The one-click answer links: anything but a genuine link is the invalid-link page.
    {
      label: 'an answer link whose signature has one non-ASCII character',
      status: 401,
      request: (s) => get(`/visit-answers?token=${encodeURIComponent(widened(s.answerToken))}`),
    },
    {
      // A control character is refused with the other bad text, before the link is read.
      label: 'an answer link with %00',
      status: 400,
      request: (s) => get(`/visit-answers?token=${s.answerToken}%00`),
    },
    {
      label: 'an answer link of 10,000 characters',
      status: 400,
      request: () => get(`/visit-answers?token=${long}`),
    },
    {
      label: 'an answer link with invalid percent-encoding',
      status: 401,
      request: () => get(`/visit-answers?token=${badEncoding}.${badEncoding}`),
    },
    {
      label: 'an answer link that is no token at all',
      status: 401,
      request: () => get('/visit-answers?token=...'),
    },
    {
      label: 'an answer link as an object',
      status: 400,
      request: () => get('/visit-answers?token[a]=1'),
    },
    {
      label: 'an answer link given twice',
      status: 400,
      request: (s) => get(`/visit-answers?token=${s.answerToken}&token=${s.answerToken}`),
    },
    {
      label: 'an answer form with non-ASCII',
      status: 401,
      request: (s) => form('/visit-answers', `token=${encodeURIComponent(widened(s.answerToken))}`),
    },
    {
      label: 'an answer form with a nested token',
      status: 400,
      request: () => form('/visit-answers', 'token[a]=1'),
    },

    // The queue dashboard's session cookie.
    {
      label: 'a session cookie with invalid percent-encoding',
      status: 401,
      request: () => cookie(badEncoding),
    },
    { label: 'a session cookie of 10,000 characters', status: 401, request: () => cookie(long) },
    { label: 'an empty session cookie', status: 401, request: () => cookie('') },
  ];

  it.each(cases)('answers $label with $status and a clear body', async ({ status, request }) => {
    const before = await databaseDigest();
    const response = await send(request({ feedSecret, loginToken, answerToken }));

    expect(response.status).toBe(status);
    if (response.headers['content-type']?.startsWith('application/json')) {
      expect(response.body).toMatchObject({ statusCode: status, code: expect.any(String) });
      expect(response.body.message).not.toMatch(/^\s*at /m);
    } else {
      // A page for people: the sign-in and answer pages, or the dashboard's one line.
      expect(response.headers['content-type']).toMatch(/^text\/(html|plain)/);
      expect(response.text).toMatch(/^(<!doctype html>|[A-Z])/);
      expect(response.text).not.toMatch(/^\s*at /m);
    }
    expect(await databaseDigest()).toBe(before);
  });

  it('still takes the genuine feed, sign-in and answer links afterwards', async () => {
    await send(stack.http().get(`/feeds/${feedSecret}.ics`)).expect(200);
    await send(stack.http().get(answerPath)).expect(200);
    await send(stack.http().post('/api/v1/auth/sessions').send({ token: loginToken })).expect(201);
  });
});
