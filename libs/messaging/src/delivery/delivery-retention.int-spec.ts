import { Test, TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DAY_MS } from '@app/calendar';
import { ConfigModule, loadConfig } from '@app/config';
import { Clock, ClockModule } from '@app/core';
import { DbModule } from '@app/db';
import { createTestDatabase, SmtpSink, TestDatabase } from '@app/testing';
import { DeliveryModule } from '../delivery.module';
import { MessagingModule } from '../messaging.module';
import { MessageEntity } from '../outbox/message.entity';
import { OutboxService, OutgoingMessage } from '../outbox/outbox.service';
import { exampleVisit, userText } from '../templates/template-testing.spec-helper';
import { DeliveryRetention } from './delivery-retention.service';
import { DeliveryEntity, DeliveryStatus } from './delivery.entity';
import { DeliveryService } from './delivery.service';

const START = new Date('2026-09-01T08:00:00Z');
const HOUR_MS = 60 * 60 * 1000;

describe('keeping sent mail for the retention period', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let module: TestingModule;
  let dataSource: DataSource;
  let outbox: OutboxService;
  let deliveries: DeliveryService;
  let retention: DeliveryRetention;
  const clock = new Clock(START);

  beforeAll(async () => {
    database = await createTestDatabase();
    sink = new SmtpSink();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      SMTP_URL: await sink.start(),
      PUBLIC_URL: 'http://scheduler.test',
      JWT_SECRET: randomBytes(32).toString('hex'),
      QUEUE_PREFIX: `test-${randomBytes(6).toString('hex')}`,
      MAIL_RETENTION_DAYS: '30',
    });
    // compile() runs no lifecycle hooks, so the outbox relay in DeliveryModule does not poll.
    module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        DbModule.forRoot(),
        MessagingModule,
        DeliveryModule,
      ],
    }).compile();
    dataSource = module.get(DataSource);
    outbox = module.get(OutboxService);
    deliveries = module.get(DeliveryService);
    retention = module.get(DeliveryRetention);
  });

  afterAll(async () => {
    await module?.close();
    await sink?.stop();
    await database?.drop();
  });

  beforeEach(() => clock.travelTo(START));

  /** A confirmed visit's invitation: a body, and a calendar part. */
  function invitation(email: string): OutgoingMessage<'visit.confirmed'> {
    const times = { start: '2026-10-07T07:00:00.000Z', end: '2026-10-07T10:00:00.000Z' };
    const visit = exampleVisit(userText());
    return {
      template: 'visit.confirmed',
      recipient: { userId: null, email, name: 'Mette Holm', locale: 'da' },
      params: {
        ...visit,
        ...times,
        confirmedBy: 'Bo Kontakt',
        invitation: {
          uid: 'visit-1@scheduler.test',
          sequence: 2,
          ...times,
          attendees: [{ name: 'Mette Holm', email }],
        },
      },
    };
  }

  /** Writes a message in its own transaction, and returns it. */
  async function written(message: OutgoingMessage<'visit.confirmed'>): Promise<MessageEntity> {
    await dataSource.transaction((manager) => outbox.add(manager, message));
    return dataSource
      .getRepository(MessageEntity)
      .findOneByOrFail({ recipientEmail: message.recipient.email });
  }

  /** An invitation rendered and sent now; its delivery. */
  async function sentNow(): Promise<DeliveryEntity> {
    const email = `person-${randomBytes(4).toString('hex')}@scheduler.test`;
    const message = await written(invitation(email));
    const { deliveryId } = (await deliveries.render(message.id))!;
    expect(await deliveries.send(deliveryId)).toBe('sent');
    return deliveryRow(deliveryId);
  }

  function deliveryRow(id: string): Promise<DeliveryEntity> {
    return dataSource.getRepository(DeliveryEntity).findOneByOrFail({ id });
  }

  function messageRow(id: string): Promise<MessageEntity> {
    return dataSource.getRepository(MessageEntity).findOneByOrFail({ id });
  }

  it('blanks a mail sent 31 days ago and keeps one sent 29 days ago; a rerun changes nothing', async () => {
    const old = await sentNow();
    clock.advance(2 * DAY_MS);
    const recent = await sentNow();
    clock.advance(29 * DAY_MS);

    expect(await retention.purge()).toBeGreaterThanOrEqual(1);

    const purged = await deliveryRow(old.id);
    expect(purged).toMatchObject({
      text: '',
      html: '',
      calendar: '',
      // What went out, to whom and when stays for admins to see.
      to: old.to,
      subject: old.subject,
      status: DeliveryStatus.Sent,
      sentAt: old.sentAt,
      calendarMethod: 'REQUEST',
      smtpMessageId: old.smtpMessageId,
    });
    expect(purged.purgedAt).toEqual(expect.any(Date));
    expect((await messageRow(old.messageId)).params).toEqual({});

    expect(await deliveryRow(recent.id)).toEqual(recent);
    expect((await messageRow(recent.messageId)).params).toMatchObject({
      confirmedBy: 'Bo Kontakt',
    });

    const before = await dataSource.getRepository(DeliveryEntity).find({ order: { id: 'ASC' } });
    expect(await retention.purge()).toBe(0);
    expect(await dataSource.getRepository(DeliveryEntity).find({ order: { id: 'ASC' } })).toEqual(
      before,
    );
  });

  it('blanks a failed mail past the period and leaves one still being sent', async () => {
    const email = () => `person-${randomBytes(4).toString('hex')}@scheduler.test`;
    const failed = (await deliveries.render((await written(invitation(email()))).id))!;
    await deliveries.markFailed(failed.deliveryId, '550 No such mailbox');
    const pending = (await deliveries.render((await written(invitation(email()))).id))!;
    clock.advance(31 * DAY_MS);

    await retention.purge();

    expect(await deliveryRow(failed.deliveryId)).toMatchObject({
      status: DeliveryStatus.Failed,
      lastError: '550 No such mailbox',
      text: '',
      purgedAt: expect.any(Date),
    });
    expect(await deliveryRow(pending.deliveryId)).toMatchObject({
      status: DeliveryStatus.Pending,
      text: expect.stringContaining('Bo Kontakt'),
      purgedAt: null,
    });
  });

  it('empties a message never rendered once it fell due more than the period ago', async () => {
    const email = () => `person-${randomBytes(4).toString('hex')}@scheduler.test`;
    // Relayed and skipped (a reminder for a visit that moved): no delivery was ever made.
    const skipped = await written({ ...invitation(email()), dueAt: clock.now() });
    // Written now and due in 40 days: still to be sent.
    const due = await written({
      ...invitation(email()),
      dueAt: new Date(clock.nowMs() + 40 * DAY_MS),
    });
    await dataSource
      .getRepository(MessageEntity)
      .update([skipped.id, due.id], { relayedAt: clock.now() });

    clock.advance(30 * DAY_MS - HOUR_MS);
    await retention.purge();
    expect((await messageRow(skipped.id)).params).not.toEqual({});

    clock.advance(2 * HOUR_MS);
    expect(await retention.purge()).toBeGreaterThanOrEqual(1);
    expect((await messageRow(skipped.id)).params).toEqual({});
    expect((await messageRow(due.id)).params).toMatchObject({ confirmedBy: 'Bo Kontakt' });
  });

  it('keeps what an old message needs while its render job may still be on its way', async () => {
    // Written long ago on the clock (a demo's story, an outage's backlog), relayed only now.
    const late = await written(
      invitation(`person-${randomBytes(4).toString('hex')}@scheduler.test`),
    );
    await dataSource.getRepository(MessageEntity).update(late.id, {
      createdAt: new Date(clock.nowMs() - 60 * DAY_MS),
      relayedAt: clock.now(),
    });

    await retention.purge();

    expect((await messageRow(late.id)).params).toMatchObject({ confirmedBy: 'Bo Kontakt' });
  });
});
