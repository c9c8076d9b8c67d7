import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DAY_MS } from '@app/calendar';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '@app/core/clock/clock';

/**
 * SQL that blanks the deliveries `where` picks among the sent and failed ones not yet blanked
 * (text, HTML and calendar emptied, `purged_at` set to $1) and empties their messages'
 * parameters, answering how many it blanked. Mail still being sent is never blanked.
 */
export function blankDeliveries(where: string): string {
  return `WITH purged AS (
     UPDATE deliveries
     SET text_body = '', html_body = '',
         calendar = CASE WHEN calendar IS NULL THEN NULL ELSE '' END,
         purged_at = $1
     WHERE purged_at IS NULL AND status <> 'pending' AND (${where})
     RETURNING message_id
   ), emptied AS (
     UPDATE messages SET params = '{}'::jsonb WHERE id IN (SELECT message_id FROM purged)
   )
   SELECT count(*)::int AS deliveries FROM purged`;
}

/**
 * Keeps what a mail said only for the retention period (MAIL_RETENTION_DAYS). After it, a sent
 * delivery, and a failed one (too old to be worth retrying), keeps its addressee, subject, status
 * and times but loses its body and calendar; its message loses its parameters. A message that
 * was never rendered (a reminder for a visit that moved) loses them as long after it fell due.
 */
@Injectable()
export class DeliveryRetention {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Blanks what has passed the retention period on the application clock; returns how many
   * mails it blanked. A message never rendered is emptied only once the period has passed since
   * it was both relayed and due: before that, its render job may still be on its way. Each row is blanked once (`purged_at`, empty parameters), so a rerun or a
   * second worker at the same time blanks nothing twice.
   */
  async purge(): Promise<number> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.config.mail.retentionDays * DAY_MS);
    // Pending mail is still being sent, so only sent and failed mail is blanked. A mail is
    // rendered before it is sent: `rendered_at` narrows the search to the unpurged index.
    const [{ deliveries }] = await this.dataSource.query<{ deliveries: number }[]>(
      blankDeliveries(
        `rendered_at < $2 AND ((status = 'sent' AND sent_at < $2) OR status = 'failed')`,
      ),
      [now, cutoff],
    );
    const [, unrendered] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE messages SET params = '{}'::jsonb
       WHERE params <> '{}'::jsonb
         AND coalesce(due_at, created_at) < $1
         AND greatest(due_at, relayed_at) < $1
         AND NOT EXISTS (SELECT 1 FROM deliveries WHERE deliveries.message_id = messages.id)`,
      [cutoff],
    );
    return deliveries + unrendered;
  }
}
