import { Test, TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@app/config';
import { Clock, ClockModule } from '@app/core';
import { DbModule } from '@app/db';
import { createTestDatabase, TestDatabase } from '@app/testing';
import { DeliveryModule } from '../delivery.module';
import { JobName, QueueName } from '../jobs/job-catalogue';
import { redisOptions } from '../jobs/redis-connection';
import { MessagingModule } from '../messaging.module';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

// The clock stands still, so the relay's timestamps can be compared exactly.
const NOW = new Date('2026-11-02T09:00:00Z');

interface Relay {
  module: TestingModule;
  relay: OutboxRelay;
  outbox: OutboxService;
  dataSource: DataSource;
}

describe('OutboxRelay', () => {
  const redisUrl = loadConfig(process.env).redisUrl;
  let database: TestDatabase;
  let admin: DataSource;
  let prefix: string;
  let queue: Queue;
  let relays: Relay[];

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    // Test-only bookkeeping in this file's own database: every write of relayed_at, so a message
    // relayed twice shows even though the second write leaves the same columns.
    await admin.query(`CREATE TABLE relay_writes (message_id uuid NOT NULL)`);
    await admin.query(`
      CREATE FUNCTION record_relay_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO relay_writes (message_id) VALUES (NEW.id);
        RETURN NEW;
      END $$`);
    await admin.query(`
      CREATE TRIGGER messages_relay_write AFTER UPDATE OF relayed_at ON messages
      FOR EACH ROW EXECUTE FUNCTION record_relay_write()`);
  });

  afterAll(async () => {
    await admin?.destroy();
    await database?.drop();
  });

  beforeEach(async () => {
    // The relay takes every waiting message in the database, so each test starts with none.
    await admin.query(`DELETE FROM messages`);
    await admin.query(`DELETE FROM relay_writes`);
    prefix = `test-${randomBytes(6).toString('hex')}`;
    queue = new Queue(QueueName.Mail, { prefix, connection: redisOptions(redisUrl) });
    relays = [];
  });

  afterEach(async () => {
    await Promise.all(relays.map(({ module }) => module.close()));
    await queue.obliterate({ force: true });
    await queue.close();
  });

  /** A relay as one worker process has it, without its polling (compile() runs no hooks). */
  async function startRelay(): Promise<Relay> {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
    });
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(new Clock(null, () => NOW.getTime())),
        DbModule.forRoot(),
        MessagingModule,
        DeliveryModule,
      ],
    }).compile();
    const relay = {
      module,
      relay: module.get(OutboxRelay),
      outbox: module.get(OutboxService),
      dataSource: module.get(DataSource),
    };
    relays.push(relay);
    return relay;
  }

  /** Writes login-link messages in one committed transaction and returns their ids. */
  async function writeMessages({ outbox, dataSource }: Relay, count: number): Promise<string[]> {
    const batch = randomBytes(4).toString('hex');
    await dataSource.transaction(async (manager) => {
      for (let index = 0; index < count; index++) {
        await outbox.add(manager, {
          template: 'auth.login-link',
          recipient: {
            userId: null,
            email: `person-${batch}-${index}@scheduler.test`,
            name: `Person ${index}`,
            locale: 'da',
          },
          params: { loginTokenId: randomUUID(), validMinutes: 15 },
        });
      }
    });
    const rows = await dataSource.query<{ id: string }[]>(
      `SELECT id FROM messages WHERE recipient_email LIKE $1`,
      [`person-${batch}-%`],
    );
    return rows.map((row) => row.id);
  }

  /** How often the queue was asked to add a job, and how often it refused a duplicate id. */
  async function queueEvents(): Promise<{ added: number; duplicated: number }> {
    // BullMQ's client is an ioredis connection; its type leaves out the stream commands.
    const client = (await queue.client) as unknown as Redis;
    const entries = await client.xrange(queue.keys.events, '-', '+');
    const names = entries.map(([, fields]) => fields[fields.indexOf('event') + 1]);
    return {
      added: names.filter((name) => name === 'waiting').length,
      duplicated: names.filter((name) => name === 'duplicated').length,
    };
  }

  /** How often each message's relayed_at was written. */
  async function relayWrites(): Promise<Map<string, number>> {
    const rows = await admin.query<{ message_id: string; writes: number }[]>(
      `SELECT message_id, count(*)::int AS writes FROM relay_writes GROUP BY message_id`,
    );
    return new Map(rows.map((row) => [row.message_id, row.writes]));
  }

  async function unrelayedCount(): Promise<number> {
    const [row] = await admin.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM messages WHERE relayed_at IS NULL`,
    );
    return row.count;
  }

  it('moves waiting messages into the mail queue as render jobs with an id per message', async () => {
    const relay = await startRelay();
    const ids = await writeMessages(relay, 3);

    await relay.relay.wake();

    for (const id of ids) {
      const job = await queue.getJob(`mail-render_${id}`);
      expect(job).toBeDefined();
      expect(job!.name).toBe(JobName.RenderMail);
      expect(job!.data).toEqual({ messageId: id });
    }
    expect(await queue.count()).toBe(3);
    const relayed = await relay.dataSource.query<{ relayed_at: Date }[]>(
      `SELECT relayed_at FROM messages WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(relayed.map((row) => row.relayed_at)).toEqual([NOW, NOW, NOW]);
  });

  it('relays nothing new on a second wake, and only a new message on the next', async () => {
    const relay = await startRelay();
    const [first, second] = await writeMessages(relay, 2);
    await relay.relay.wake();
    const writesBefore = await relayWrites();

    await relay.relay.wake();

    expect(await queueEvents()).toEqual({ added: 2, duplicated: 0 });
    expect(await relayWrites()).toEqual(writesBefore);
    expect(writesBefore.get(first)).toBe(1);
    expect(writesBefore.get(second)).toBe(1);

    const [third] = await writeMessages(relay, 1);
    await relay.relay.wake();

    expect(await queueEvents()).toEqual({ added: 3, duplicated: 0 });
    expect(await queue.getJob(`mail-render_${third}`)).toBeDefined();
    expect((await relayWrites()).get(third)).toBe(1);
  });

  it('enqueues each message once when two workers relay at the same time', async () => {
    const [one, other] = await Promise.all([startRelay(), startRelay()]);
    // More than one batch of 100, so the two relays meet on the rows more than once.
    const ids = await writeMessages(one, 250);

    await Promise.all([one.relay.wake(), other.relay.wake(), one.relay.wake()]);

    expect(await unrelayedCount()).toBe(0);
    expect(await queue.count()).toBe(ids.length);
    expect(await queueEvents()).toEqual({ added: ids.length, duplicated: 0 });
    const writes = await relayWrites();
    expect(writes.size).toBe(ids.length);
    expect([...writes.values()].every((count) => count === 1)).toBe(true);
  });
});
