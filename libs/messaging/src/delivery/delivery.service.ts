import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_SCHOOL_CALENDAR } from '@app/calendar';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '@app/core/clock/clock';
import { toSingleLine } from '@app/core/text/control-characters';
import { buildInvitation } from '../calendar/invitation';
import { MESSAGE_CURRENCY, MessageCurrency } from './message-currency';
import { MESSAGE_SECRETS, MessageSecrets } from './message-secrets';
import { MessageEntity } from '../outbox/message.entity';
import { isTemplateName, renderTemplate, TemplateParams } from '../templates';
import { escapeHtml } from '../templates/html';
import { fillSecretLinks, secretLinksIn, withoutPlaceholders } from '../templates/secret-link';
import { MailTransport } from '../transport/mail-transport';
import { DeliveryEntity, DeliveryStatus } from './delivery.entity';

export type RenderOutcome = { deliveryId: string; status: DeliveryStatus } | null;

/** Renders outbox messages into deliveries and hands deliveries to the mail server. */
@Injectable()
export class DeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Optional() @Inject(MESSAGE_CURRENCY) private readonly currency?: MessageCurrency,
    @Optional() @Inject(MESSAGE_SECRETS) private readonly secrets?: MessageSecrets,
  ) {}

  /**
   * Renders a message once: a second call finds the delivery already there (one per message,
   * by a unique key) and returns it unchanged. Null when the message no longer exists or no
   * longer holds (a reminder for a visit that has moved).
   */
  async render(messageId: string): Promise<RenderOutcome> {
    const deliveries = this.dataSource.getRepository(DeliveryEntity);
    // The message and, when it was rendered before (a retried job), its delivery: one query.
    const {
      entities: [message],
      raw: [found],
    } = await this.dataSource
      .createQueryBuilder(MessageEntity, 'message')
      .leftJoin(DeliveryEntity, 'delivery', 'delivery.messageId = message.id')
      .addSelect(['delivery.id', 'delivery.status'])
      // The zone the recipient reads times in: one rule for mails and feeds, in the database.
      .addSelect(
        'CASE WHEN message.recipient_user_id IS NOT NULL ' +
          'THEN reading_timezone(message.recipient_user_id, :fallbackZone) END',
        'reader_timezone',
      )
      .where('message.id = :messageId', { messageId })
      .setParameter('fallbackZone', DEFAULT_SCHOOL_CALENDAR.timezone)
      .getRawAndEntities<{
        delivery_id: string | null;
        delivery_status: DeliveryStatus | null;
        reader_timezone: string | null;
      }>();
    if (found?.delivery_id) {
      return { deliveryId: found.delivery_id, status: found.delivery_status! };
    }
    if (!message) return null;
    if (this.currency && !(await this.currency.isCurrent(message))) return null;
    if (!isTemplateName(message.template)) {
      throw new Error(`Message ${message.id} names the unknown template ${message.template}`);
    }
    const rendered = renderTemplate(
      message.template,
      message.locale,
      withoutPlaceholders(message.params) as unknown as TemplateParams[typeof message.template],
      {
        name: withoutPlaceholders(message.recipientName),
        email: message.recipientEmail,
        ...(found?.reader_timezone ? { timezone: found.reader_timezone } : {}),
      },
    );
    const host = new URL(this.config.publicUrl).hostname;
    const calendar = rendered.calendar
      ? buildInvitation(
          rendered.calendar.method,
          rendered.calendar.event,
          rendered.calendar.timezone,
          rendered.calendar.text,
          this.config.mail.from,
          this.clock.now(),
        )
      : null;
    const inserted = await deliveries
      .createQueryBuilder()
      .insert()
      .values({
        messageId: message.id,
        to: message.recipientName
          ? `"${toSingleLine(message.recipientName).replace(/["\\]/g, '')}" <${message.recipientEmail}>`
          : message.recipientEmail,
        subject: toSingleLine(rendered.subject),
        text: rendered.text,
        html: rendered.html,
        calendar: calendar?.content ?? null,
        calendarMethod: calendar?.method ?? null,
        status: DeliveryStatus.Pending,
        attempts: 0,
        lastError: null,
        smtpMessageId: `<${message.id}@${host}>`,
        renderedAt: this.clock.now(),
        sentAt: null,
      })
      .orIgnore()
      .returning(['id', 'status'])
      .updateEntity(false)
      .execute();
    const [created] = inserted.raw as { id: string; status: DeliveryStatus }[];
    if (created) return { deliveryId: created.id, status: created.status };
    // Rendered meanwhile by another run of the same job.
    const delivery = await deliveries.findOneByOrFail({ messageId });
    return { deliveryId: delivery.id, status: delivery.status };
  }

  /**
   * Sends a pending delivery. One already sent is skipped, so a job retried after a successful
   * send sends nothing. A failure is recorded and thrown, for the queue to retry.
   */
  async send(deliveryId: string): Promise<'sent' | 'skipped'> {
    // The row stays locked while the mail server is talked to, so a second job for the same
    // delivery (a stalled job run again) waits, then finds it sent.
    const outcome = await this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOne(DeliveryEntity, {
        where: { id: deliveryId },
        lock: { mode: 'pessimistic_write' },
      });
      // Sent already, or given up on until an admin retries it.
      if (delivery?.status !== DeliveryStatus.Pending) return 'skipped' as const;
      try {
        const body = await this.withSecretLinks(manager, delivery);
        await this.transport.send({
          to: delivery.to,
          subject: delivery.subject,
          text: body.text,
          html: body.html,
          messageId: delivery.smtpMessageId,
          calendar:
            delivery.calendar && delivery.calendarMethod
              ? { method: delivery.calendarMethod, content: delivery.calendar }
              : undefined,
        });
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
      await manager.update(
        DeliveryEntity,
        { id: deliveryId },
        {
          status: DeliveryStatus.Sent,
          sentAt: this.clock.now(),
          attempts: () => 'attempts + 1',
          lastError: null,
        },
      );
      return 'sent' as const;
    });
    if (outcome instanceof Error) {
      await this.dataSource
        .getRepository(DeliveryEntity)
        .update({ id: deliveryId }, { attempts: () => 'attempts + 1', lastError: outcome.message });
      throw outcome;
    }
    return outcome;
  }

  /**
   * The body as the mail server gets it: the secret links made from the message and put in
   * place of their placeholders. The row keeps the placeholders.
   */
  private async withSecretLinks(
    manager: EntityManager,
    delivery: DeliveryEntity,
  ): Promise<{ text: string; html: string }> {
    const { text, html } = delivery;
    if (secretLinksIn(text + html).length === 0) return { text, html };
    const message = await manager.findOneByOrFail(MessageEntity, { id: delivery.messageId });
    const links = this.secrets?.links(message) ?? {};
    return {
      text: fillSecretLinks(text, links, (link) => link),
      html: fillSecretLinks(html, links, escapeHtml),
    };
  }

  /** After the last retry: kept as failed, for an admin to see and retry. */
  async markFailed(deliveryId: string, reason: string): Promise<void> {
    await this.dataSource
      .getRepository(DeliveryEntity)
      .update(
        { id: deliveryId, status: DeliveryStatus.Pending },
        { status: DeliveryStatus.Failed, lastError: reason },
      );
  }
}
