import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@app/core/clock/clock';
import { TemplateName, TemplateParams } from '../templates';
import { MessageEntity } from './message.entity';

/** The channel the worker listens on; a notification is delivered only when the writer commits. */
export const OUTBOX_CHANNEL = 'outbox';

export interface OutgoingMessage<Name extends TemplateName> {
  template: Name;
  recipient: { userId: string | null; email: string; name: string; locale: string };
  params: TemplateParams[Name];
  /** A business key; a message whose key was already written is not written again. */
  dedupeKey?: string;
  /** Send no earlier than this (a reminder); left out: at once. */
  dueAt?: Date;
}

@Injectable()
export class OutboxService {
  constructor(private readonly clock: Clock) {}

  /**
   * Writes a message with the caller's transaction, so the message exists if and only if the
   * state change that caused it is committed.
   */
  async add<Name extends TemplateName>(
    manager: EntityManager,
    message: OutgoingMessage<Name>,
  ): Promise<void> {
    await this.addAll(manager, [message]);
  }

  /**
   * The same event told to several people, one message each. The event key makes writing the
   * same event again (a retried change, a rerun sweep) write nothing. Answers how many were
   * written.
   */
  async addForEach<Name extends TemplateName>(
    manager: EntityManager,
    template: Name,
    recipients: { id: string; email: string; name: string; locale: string }[],
    params: TemplateParams[Name],
    eventKey: string,
  ): Promise<number> {
    return this.addAll(
      manager,
      recipients.map((user) => ({
        template,
        recipient: { userId: user.id, email: user.email, name: user.name, locale: user.locale },
        params,
        dedupeKey: `${template}:${eventKey}:${user.id}`,
      })),
    );
  }

  /**
   * Messages in one statement, and one notification for those written (none when every key was
   * written before). Answers how many were written.
   */
  private async addAll<Name extends TemplateName>(
    manager: EntityManager,
    messages: OutgoingMessage<Name>[],
  ): Promise<number> {
    if (messages.length === 0) return 0;
    const createdAt = this.clock.now();
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(MessageEntity)
      .values(
        messages.map((message) => ({
          template: message.template,
          recipientUserId: message.recipient.userId,
          recipientEmail: message.recipient.email,
          recipientName: message.recipient.name,
          locale: message.recipient.locale,
          params: message.params,
          dedupeKey: message.dedupeKey ?? null,
          dueAt: message.dueAt ?? null,
          createdAt,
        })),
      )
      .orIgnore()
      .returning('id')
      .execute();
    const written = (result.raw as unknown[]).length;
    if (written > 0) await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return written;
  }
}
