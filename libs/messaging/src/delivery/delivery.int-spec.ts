import { Global, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@app/config';
import { Clock, ClockModule, SecretLinks, SignInLinks, VisitAnswerTokens } from '@app/core';
import { DbModule } from '@app/db';
import { createTestDatabase, SmtpSink, TestDatabase } from '@app/testing';
import { DeliveryModule } from '../delivery.module';
import { MessagingModule } from '../messaging.module';
import { MessageEntity } from '../outbox/message.entity';
import { OutboxService } from '../outbox/outbox.service';
import { DeliveryEntity, DeliveryStatus } from './delivery.entity';
import { DeliveryService } from './delivery.service';
import { MESSAGE_SECRETS } from './message-secrets';

/** The domain's secret links, as the worker provides them. */
@Global()
@Module({
  providers: [{ provide: MESSAGE_SECRETS, useClass: SecretLinks }, SignInLinks, VisitAnswerTokens],
  exports: [MESSAGE_SECRETS],
})
class MessageSecretsModule {}

// The clock stands still, so the times it stamps can be compared exactly.
const NOW = new Date('2026-11-02T09:00:00Z');

describe('messages and deliveries', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let module: TestingModule;
  let dataSource: DataSource;
  let outbox: OutboxService;
  let deliveries: DeliveryService;

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
    });
    // compile() runs no lifecycle hooks, so the outbox relay in DeliveryModule does not poll.
    module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(new Clock(null, () => NOW.getTime())),
        DbModule.forRoot(),
        MessagingModule,
        MessageSecretsModule,
        DeliveryModule,
      ],
    }).compile();
    dataSource = module.get(DataSource);
    outbox = module.get(OutboxService);
    deliveries = module.get(DeliveryService);
  });

  afterAll(async () => {
    await module?.close();
    await sink?.stop();
    await database?.drop();
  });

  /** A unique address, so each test finds its own rows and mail. */
  function address(): string {
    return `person-${randomBytes(4).toString('hex')}@scheduler.test`;
  }

  function loginLink(email: string, locale = 'da', dedupeKey?: string) {
    return {
      template: 'auth.login-link' as const,
      recipient: { userId: null, email, name: 'Søren Ærø', locale },
      params: { loginTokenId: randomUUID(), validMinutes: 15 },
      dedupeKey,
    };
  }

  function messagesTo(email: string): Promise<MessageEntity[]> {
    return dataSource.getRepository(MessageEntity).findBy({ recipientEmail: email });
  }

  /** Writes a login-link message in its own committed transaction and returns its id. */
  async function committedMessage(locale = 'da'): Promise<{ id: string; email: string }> {
    const email = address();
    await dataSource.transaction((manager) => outbox.add(manager, loginLink(email, locale)));
    const [message] = await messagesTo(email);
    return { id: message.id, email };
  }

  function deliveryRow(id: string): Promise<DeliveryEntity> {
    return dataSource.getRepository(DeliveryEntity).findOneByOrFail({ id });
  }

  async function pendingDelivery(): Promise<{
    deliveryId: string;
    messageId: string;
    email: string;
  }> {
    const message = await committedMessage();
    const outcome = await deliveries.render(message.id);
    if (!outcome) throw new Error('The message was not rendered');
    return { deliveryId: outcome.deliveryId, messageId: message.id, email: message.email };
  }

  describe('the outbox', () => {
    it('writes nothing for a change that did not commit', async () => {
      const email = address();

      await expect(
        dataSource.transaction(async (manager) => {
          await outbox.add(manager, loginLink(email));
          throw new Error('the change that caused the message failed');
        }),
      ).rejects.toThrow('the change that caused the message failed');

      expect(await messagesTo(email)).toHaveLength(0);
    });

    it('keeps a message written in a transaction that commits', async () => {
      const email = address();

      await dataSource.transaction((manager) => outbox.add(manager, loginLink(email)));

      const [message] = await messagesTo(email);
      expect(message).toMatchObject({ template: 'auth.login-link', relayedAt: null });
      expect(message.createdAt).toEqual(NOW);
    });

    it('writes a message with the same dedupe key once', async () => {
      const email = address();
      const key = `login-link_${email}`;

      await dataSource.transaction((manager) => outbox.add(manager, loginLink(email, 'da', key)));
      await dataSource.transaction((manager) => outbox.add(manager, loginLink(email, 'da', key)));

      expect(await messagesTo(email)).toHaveLength(1);
    });
  });

  describe('rendering', () => {
    it('renders a message once, however often it is asked to', async () => {
      const message = await committedMessage();

      const first = await deliveries.render(message.id);
      const second = await deliveries.render(message.id);

      expect(first).toEqual({ deliveryId: expect.any(String), status: DeliveryStatus.Pending });
      expect(second).toEqual(first);
      expect(
        await dataSource.getRepository(DeliveryEntity).countBy({ messageId: message.id }),
      ).toBe(1);
    });

    it('renders a message once when two renders run at the same time', async () => {
      const message = await committedMessage();

      const [first, second] = await Promise.all([
        deliveries.render(message.id),
        deliveries.render(message.id),
      ]);

      expect(second).toEqual(first);
      expect(
        await dataSource.getRepository(DeliveryEntity).countBy({ messageId: message.id }),
      ).toBe(1);
    });

    it('renders in English for a recipient who chose English', async () => {
      const message = await committedMessage('en');

      const outcome = await deliveries.render(message.id);

      const delivery = await deliveryRow(outcome!.deliveryId);
      expect(delivery.subject).toBe('Your sign-in link to the partnership scheduler');
      expect(delivery.text).toContain('Hello Søren Ærø');
    });

    it('renders in Danish for a Danish recipient', async () => {
      const message = await committedMessage('da');

      const outcome = await deliveries.render(message.id);

      const delivery = await deliveryRow(outcome!.deliveryId);
      expect(delivery.subject).toBe('Dit login til Partnerskabskalenderen');
      expect(delivery.text).toContain('Hej Søren Ærø');
    });

    it('renders nothing for a message that no longer exists', async () => {
      expect(await deliveries.render('6f1c1f52-4a8e-4d55-9d5b-2f1a9b0c7e11')).toBeNull();
    });
  });

  describe('sending', () => {
    it('sends a rendered delivery with its fixed Message-ID', async () => {
      const { deliveryId, messageId, email } = await pendingDelivery();

      expect(await deliveries.send(deliveryId)).toBe('sent');

      const mails = sink.to(email);
      expect(mails).toHaveLength(1);
      expect(mails[0].messageId).toBe(`<${messageId}@scheduler.test>`);
      expect(mails[0].subject).toBe('Dit login til Partnerskabskalenderen');
      const delivery = await deliveryRow(deliveryId);
      expect(delivery).toMatchObject({ status: DeliveryStatus.Sent, attempts: 1, lastError: null });
      expect(delivery.sentAt).toEqual(NOW);
    });

    it('sends nothing when a send is retried after it succeeded', async () => {
      const { deliveryId, email } = await pendingDelivery();
      await deliveries.send(deliveryId);

      expect(await deliveries.send(deliveryId)).toBe('skipped');

      expect(sink.to(email)).toHaveLength(1);
      expect((await deliveryRow(deliveryId)).attempts).toBe(1);
    });

    it('keeps a delivery pending while the mail server refuses it, and sends it once later', async () => {
      const { deliveryId, email } = await pendingDelivery();

      sink.refuse = true;
      try {
        await expect(deliveries.send(deliveryId)).rejects.toThrow(/451/);
      } finally {
        sink.refuse = false;
      }

      const refused = await deliveryRow(deliveryId);
      expect(refused).toMatchObject({ status: DeliveryStatus.Pending, attempts: 1, sentAt: null });
      expect(refused.lastError).toContain('451');
      expect(sink.to(email)).toHaveLength(0);

      expect(await deliveries.send(deliveryId)).toBe('sent');

      expect(sink.to(email)).toHaveLength(1);
      expect(await deliveryRow(deliveryId)).toMatchObject({
        status: DeliveryStatus.Sent,
        attempts: 2,
        lastError: null,
      });
    });

    it('marks a pending delivery failed after the last retry', async () => {
      const { deliveryId } = await pendingDelivery();

      await deliveries.markFailed(deliveryId, '451 Mail server busy, try later');

      expect(await deliveryRow(deliveryId)).toMatchObject({
        status: DeliveryStatus.Failed,
        lastError: '451 Mail server busy, try later',
      });
    });

    it('does not mark a delivery failed that was sent in the meantime', async () => {
      const { deliveryId } = await pendingDelivery();
      await deliveries.send(deliveryId);

      await deliveries.markFailed(deliveryId, 'a late failure of an earlier attempt');

      expect(await deliveryRow(deliveryId)).toMatchObject({
        status: DeliveryStatus.Sent,
        lastError: null,
      });
    });
  });
  describe('secret links', () => {
    /** The sign-in link the domain makes for a message. */
    async function signInLinkOf(messageId: string): Promise<string> {
      const message = await dataSource
        .getRepository(MessageEntity)
        .findOneByOrFail({ id: messageId });
      const { loginTokenId } = message.params as { loginTokenId: string };
      return `http://scheduler.test/sign-in?token=${module.get(SignInLinks).token(loginTokenId)}`;
    }

    it('stores a placeholder where the sign-in link goes, and sends the link', async () => {
      const { deliveryId, messageId, email } = await pendingDelivery();
      const link = await signInLinkOf(messageId);

      const stored = await deliveryRow(deliveryId);
      for (const part of [stored.text, stored.html]) {
        expect(part).toContain('{{secret-link:sign-in}}');
        expect(part).not.toContain('token=');
      }
      await deliveries.send(deliveryId);

      const [mail] = sink.to(email);
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
      expect(mail.text).not.toContain('secret-link');
      expect((await deliveryRow(deliveryId)).text).toBe(stored.text);
    });

    it('sends the same link and Message-ID when a sent mail is sent again', async () => {
      const { deliveryId, email } = await pendingDelivery();
      await deliveries.send(deliveryId);
      // A worker that died after the mail server took the mail, before the row said so.
      await dataSource.getRepository(DeliveryEntity).update(deliveryId, {
        status: DeliveryStatus.Pending,
      });

      await deliveries.send(deliveryId);

      const [first, second] = sink.to(email);
      expect(first.text).toContain('/sign-in?token=');
      expect(second.text).toBe(first.text);
      expect(second.messageId).toBe(first.messageId);
    });

    it('keeps a name typed as a placeholder as text, so it makes no link', async () => {
      const email = address();
      await dataSource.transaction((manager) =>
        outbox.add(manager, {
          ...loginLink(email),
          recipient: { userId: null, email, name: '{{secret-link:sign-in}}', locale: 'da' },
        }),
      );
      const [message] = await messagesTo(email);
      const { deliveryId } = (await deliveries.render(message.id))!;

      expect(await deliveries.send(deliveryId)).toBe('sent');

      const [mail] = sink.to(email);
      expect(mail.text.split('/sign-in?token=')).toHaveLength(2);
      expect(mail.text).toContain('Hej { {secret-link:sign-in}}');
    });

    it('sends nothing while a placeholder has no link, and keeps the delivery to retry', async () => {
      const { deliveryId, email } = await pendingDelivery();
      await dataSource.query(
        `UPDATE deliveries SET text_body = text_body || '{{secret-link:answer-decline}}' WHERE id = $1`,
        [deliveryId],
      );

      await expect(deliveries.send(deliveryId)).rejects.toThrow(/answer-decline/);

      expect(sink.to(email)).toHaveLength(0);
      expect(await deliveryRow(deliveryId)).toMatchObject({
        status: DeliveryStatus.Pending,
        attempts: 1,
        lastError: expect.stringContaining('answer-decline'),
      });
    });
  });
});
