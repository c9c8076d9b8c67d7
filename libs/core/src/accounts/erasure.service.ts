import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { blankDeliveries } from '@app/messaging/delivery/delivery-retention.service';
import { Clock } from '../clock/clock';
import { NotFoundError } from '../errors/domain-error';
import { Actor } from './actor';
import { DeparturesService } from './departures.service';
import { UserEntity } from './user.entity';

/** What an erased person is called wherever they still count (reports, a visit's history). */
export const ERASED_NAME = 'Slettet person';

/** An address that can never receive mail (RFC 2606), unique per erased person. */
export function erasedEmail(userId: string): string {
  return `erased-${userId}@erased.invalid`;
}

/**
 * Erasing a person (GDPR article 17). Their row stays, anonymous, so that the hours and
 * attendance they gave still count in reports as part of anonymous totals; everything that says
 * who they were goes.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly departures: DeparturesService,
  ) {}

  /**
   * In one transaction: the name and address are replaced; the person is deactivated (every
   * role, session, place and the feed end, as DeparturesService does it); their sign-in tokens,
   * the mails to them, the notes on their hours and what they wrote in partnership updates,
   * donation requests and their steps are deleted; and the stored text of mails to
   * others that named them is blanked. Erasing an erased person changes nothing.
   */
  async erase(actor: Actor, userId: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { id: userId },
        lock: { mode: 'for_no_key_update' },
      });
      if (!user) throw new NotFoundError('user');
      if (!user.erasedAt) {
        const now = this.clock.now();
        // Anonymous first, so that what deactivating writes (the admins' mail when a contact
        // person leaves) names nobody.
        await manager.update(
          UserEntity,
          { id: userId },
          { name: ERASED_NAME, email: erasedEmail(userId), erasedAt: now },
        );
        await this.departures.deactivateIn(manager, actor, userId);
        await manager.query(`DELETE FROM login_tokens WHERE user_id = $1`, [userId]);
        await manager.query(
          `DELETE FROM messages WHERE recipient_user_id = $1 OR recipient_email = $2`,
          [userId, user.email],
        );
        await manager.query(`UPDATE hours_entries SET note = '' WHERE user_id = $1`, [userId]);
        // What they wrote in their own words: updates, the purpose of a request, a step's reason.
        await manager.query(`UPDATE partnership_updates SET text = '' WHERE author_id = $1`, [
          userId,
        ]);
        await manager.query(
          `UPDATE donation_allocations SET purpose = '' WHERE requested_by = $1`,
          [userId],
        );
        await manager.query(`UPDATE donation_allocation_steps SET note = '' WHERE actor_id = $1`, [
          userId,
        ]);
        await this.blankMailsNaming(manager, user, now);
      }
      return manager.findOneOrFail(UserEntity, {
        where: { id: userId },
        relations: { memberships: true },
      });
    });
  }

  /**
   * Other people's mails that named the person, as the retention sweep blanks them: sent or
   * failed ones lose their text, calendar and parameters. Mail still on its way (a reminder not
   * yet due) goes out as written, and the sweep blanks it after the retention period.
   */
  private async blankMailsNaming(
    manager: EntityManager,
    person: UserEntity,
    now: Date,
  ): Promise<void> {
    await manager.query(
      blankDeliveries(
        `EXISTS (SELECT 1 FROM unnest($2::text[]) AS name
                 WHERE strpos(deliveries.text_body, name) > 0
                    OR strpos(deliveries.html_body, name) > 0
                    OR strpos(coalesce(deliveries.calendar, ''), name) > 0)`,
      ),
      [now, [person.name, person.email]],
    );
  }
}
