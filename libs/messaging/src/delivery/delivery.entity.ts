import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { InvitationMethod } from '../calendar/invitation';
import { MessageEntity } from '../outbox/message.entity';

export enum DeliveryStatus {
  /** Rendered and waiting for the mail server. */
  Pending = 'pending',
  Sent = 'sent',
  /** Gave up after every retry; an admin can retry it. */
  Failed = 'failed',
}

/**
 * A rendered message and the record of its sending. One per message. A secret link in the body
 * is a placeholder, made only as the mail is sent.
 */
@Entity('deliveries')
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @OneToOne(() => MessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message: Relation<MessageEntity>;

  @Column('uuid', { name: 'message_id' })
  messageId: string;

  @Column('text', { name: 'to_address' })
  to: string;

  @Column('text')
  subject: string;

  @Column('text', { name: 'text_body' })
  text: string;

  @Column('text', { name: 'html_body' })
  html: string;

  /** The iCalendar part (an invitation or a cancellation), if the mail carries one. */
  @Column('text', { nullable: true })
  calendar: string | null;

  @Column('text', { name: 'calendar_method', nullable: true })
  calendarMethod: InvitationMethod | null;

  @Column('text')
  status: DeliveryStatus;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  /** The Message-ID header; fixed at render time so a resend is recognisable as the same mail. */
  @Column('text', { name: 'smtp_message_id' })
  smtpMessageId: string;

  @Column('timestamptz', { name: 'rendered_at' })
  renderedAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  /** When the retention sweep blanked the body; what went out to whom, and when, stays. */
  @Column('timestamptz', { name: 'purged_at', nullable: true })
  purgedAt: Date | null;
}
