import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Redis from 'ioredis';
import { Role } from '@app/core';
import { Factories, ReceivedMail } from '@app/testing';
import { answerLinks } from './support/mail';
import { adoptClass, bearer } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

const run = promisify(execFile);

/** The sign-in token in a mailed link. */
function signInTokenIn(mail: ReceivedMail): string {
  const match = /\/sign-in\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No sign-in link in: ${mail.text}`);
  return match[1];
}

/** The whole database as a backup would hold it: schema and every row. */
async function dumpDatabase(url: string): Promise<string> {
  const { stdout } = await run('pg_dump', ['--dbname', url], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Every key and value under a queue prefix in Redis, as text. */
async function redisContents(url: string, prefix: string): Promise<string> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    const parts: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      for (const key of keys) {
        const type = await redis.type(key);
        const value =
          type === 'string'
            ? await redis.get(key)
            : type === 'hash'
              ? await redis.hgetall(key)
              : type === 'list'
                ? await redis.lrange(key, 0, -1)
                : type === 'set'
                  ? await redis.smembers(key)
                  : type === 'zset'
                    ? await redis.zrange(key, 0, -1, 'WITHSCORES')
                    : type === 'stream'
                      ? await redis.xrange(key, '-', '+')
                      : null;
        parts.push(key, JSON.stringify(value));
      }
      cursor = next;
    } while (cursor !== '0');
    return parts.join('\n');
  } finally {
    redis.disconnect();
  }
}

describe('secrets at rest', () => {
  let stack: TestStack;
  let factories: Factories;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  /** Resolves once the worker has recorded every delivery as sent. */
  async function allSent(): Promise<void> {
    for (let tries = 0; tries < 100; tries++) {
      const [{ waiting }] = await stack.dataSource.query<{ waiting: number }[]>(
        `SELECT count(*)::int AS waiting FROM deliveries WHERE status <> 'sent'`,
      );
      if (waiting === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('Deliveries still waiting to be sent');
  }

  it('keeps no working sign-in, invitation or answer link in the database or the queues', async () => {
    const { teacher, contact, adoptionId } = await adoptClass(stack, { companyName: 'LEGO' });
    const admin = await factories.user([{ role: Role.Admin }]);
    const company = await factories.company();

    // A request with two slots: the contact person gets three one-click links.
    const visit = await stack
      .http()
      .post(`/api/v1/adoptions/${adoptionId}/visits`)
      .set('Authorization', await as(teacher))
      .send({
        kind: 'class-visit',
        location: 'LEGO House',
        agenda: '',
        slots: [
          { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' },
          { start: '2026-10-21T09:00:00+02:00', end: '2026-10-21T12:00:00+02:00' },
        ],
      })
      .expect(201);
    await stack.http().post('/api/v1/auth/login-links').send({ email: teacher.email }).expect(202);
    await stack
      .http()
      .post('/api/v1/users')
      .set('Authorization', await as(admin))
      .send({
        email: 'invited@lego.test',
        name: 'Jonas',
        locale: 'en',
        role: 'volunteer',
        organisationId: company.id,
      })
      .expect(201);

    const request = await stack.sink.waitFor(
      (mail) => mail.to.includes(contact.email) && mail.subject.startsWith('Forslag'),
    );
    const links = answerLinks(request);
    expect(links).toHaveLength(3);
    const signIn = signInTokenIn(
      await stack.sink.waitFor(
        (mail) => mail.to.includes(teacher.email) && mail.subject.startsWith('Dit login'),
      ),
    );
    const invitation = signInTokenIn(await stack.sink.waitForMailTo('invited@lego.test'));
    await allSent();

    // The signature is the secret half of an answer token: its claims alone open nothing.
    const answerTokens = links.map((link) => new URL(link, 'http://scheduler.test').searchParams);
    const secrets = [
      signIn,
      invitation,
      ...answerTokens.map((params) => params.get('token')!),
      ...answerTokens.map((params) => params.get('token')!.split('.')[1]),
    ];
    const dump = await dumpDatabase(stack.database.url);
    // The dump really holds the mails: their recipients and subjects are there.
    expect(dump).toContain(contact.email);
    expect(dump).toContain(request.subject);
    const queues = await redisContents(stack.config.redisUrl, stack.config.queuePrefix);
    expect(queues).toContain('mail.render');
    expect(secrets.filter((secret) => dump.includes(secret))).toEqual([]);
    expect(secrets.filter((secret) => queues.includes(secret))).toEqual([]);

    // What reached the mail server still works.
    await stack.http().post('/api/v1/auth/sessions').send({ token: signIn }).expect(201);
    await stack.http().post('/api/v1/auth/sessions').send({ token: invitation }).expect(201);
    const page = await stack.http().get(links[1]).expect(200);
    const token = /name="token" value="([^"]+)"/.exec(page.text)![1];
    await stack.http().post('/visit-answers').type('form').send({ token }).expect(200);
    const confirmed = await stack
      .http()
      .get(`/api/v1/visits/${visit.body.id as string}`)
      .set('Authorization', await as(contact))
      .expect(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      start: '2026-10-21T07:00:00.000Z',
    });
  });
});
