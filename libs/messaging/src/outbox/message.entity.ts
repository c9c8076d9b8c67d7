import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: one row per message a state change causes, written in the same transaction as
 * that change. The worker relays unrelayed rows into the job queue, so a Redis outage delays a
 * message and never loses it.
 */
@Entity('messages')
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The template that renders it, e.g. `auth.login-link`. */
  @Column('text')
  template: string;

  @Column('uuid', { name: 'recipient_user_id', nullable: true })
  recipientUserId: string | null;

  @Column('text', { name: 'recipient_email' })
  recipientEmail: string;

  @Column('text', { name: 'recipient_name' })
  recipientName: string;

  @Column('text')
  locale: string;

  @Column('jsonb')
  params: object;

  /** Optional business key: a second message with the same key is not written. */
  @Column('text', { name: 'dedupe_key', nullable: true })
  dedupeKey: string | null;

  /** When a reminder falls due; null: at once. */
  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'relayed_at', nullable: true })
  relayedAt: Date | null;
}
