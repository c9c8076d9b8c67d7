import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../accounts/actor';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { AdoptionContext, loadAdoptionContext } from './adoption-context';
import { AdoptionMessages } from './adoption-messages.service';
import { VisitAction } from './visit-event.entity';
import { VisitChanges } from './visit-changes.service';
import { findHosts, hostsOf, replaceHosts } from './visit-hosts';
import { VisitReader, VisitView } from './visit-reader.service';
import { VisitRecorder } from './visit-recorder.service';
import { requireSide, requireStatus } from './visit-rules';
import { VisitEntity, VisitStatus } from './visit.entity';

/** Who takes part in a visit besides its two sides, and the invitations that follow them. */
@Injectable()
export class VisitHostsService {
  constructor(
    private readonly clock: Clock,
    private readonly changes: VisitChanges,
    private readonly reader: VisitReader,
    private readonly recorder: VisitRecorder,
    private readonly messages: AdoptionMessages,
  ) {}

  /**
   * Either side (or an admin) names who else takes part: people of the company or the school.
   * On a confirmed visit, those added get the invitation and those taken off its cancellation,
   * under a new revision, and the reminders follow the new list. On a requested visit nothing is
   * mailed yet: everyone gets the invitation when it is confirmed.
   */
  async setHosts(actor: Actor, visitId: string, hostIds: string[]): Promise<VisitView> {
    await this.changes.changeVisit(actor, visitId, async (manager, context, visit, current) => {
      if (!actor.isAdmin) requireSide(actor, context);
      requireStatus(
        visit,
        [VisitStatus.Requested, VisitStatus.Confirmed],
        'given other participants',
      );
      const hosts = await findHosts(manager, context, hostIds);
      await this.replace(manager, context, visit, current, hosts, {
        id: actor.userId,
        name: actor.name,
      });
    });
    return this.reader.view(visitId);
  }

  /**
   * Takes a person off every visit still to come where they are a host but no longer belong to
   * the adopting company or the class's school, as a change of hosts made by `by`: a confirmed
   * visit's cancellation reaches them, and nobody else's calendar changes. In the caller's
   * transaction, after their memberships changed.
   */
  async takeOffVisitsOutsideTheirOrganisations(
    manager: EntityManager,
    userId: string,
    by: { id: string; name: string },
  ): Promise<void> {
    const visits = await manager.query<{ id: string; adoption_id: string }[]>(
      `SELECT visits.id, visits.adoption_id FROM visit_hosts
       JOIN visits ON visits.id = visit_hosts.visit_id
       JOIN adoptions ON adoptions.id = visits.adoption_id
       JOIN classes ON classes.id = adoptions.class_id
       WHERE visit_hosts.user_id = $1 AND visit_hosts.removed_at IS NULL
         AND (visits.status = 'requested' OR (visits.status = 'confirmed' AND visits.end_at > $2))
         AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = $1
                           AND (m.company_id = adoptions.company_id OR m.school_id = classes.school_id))
       ORDER BY visits.adoption_id, visits.id`,
      [userId, this.clock.now()],
    );
    for (const { id, adoption_id: adoptionId } of visits) {
      // The adoption first, then the visit, as every change of visits locks them.
      const context = await loadAdoptionContext(manager, adoptionId, true);
      const visit = await manager.findOneOrFail(VisitEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const current = await hostsOf(manager, id);
      const hosts = current.filter((host) => host.id !== userId);
      await this.replace(manager, context, visit, current, hosts, by);
    }
  }

  /**
   * Makes `hosts` the visit's hosts. On a confirmed visit, those added get the invitation and
   * those taken off its cancellation, under a new revision, and the reminders follow the new
   * list. On a requested visit nothing is mailed yet.
   */
  private async replace(
    manager: EntityManager,
    context: AdoptionContext,
    visit: VisitEntity,
    current: UserEntity[],
    hosts: UserEntity[],
    by: { id: string; name: string },
  ): Promise<void> {
    const { added, removed } = await replaceHosts(
      manager,
      visit.id,
      current,
      hosts,
      this.clock.now(),
    );
    if (added.length === 0 && removed.length === 0) return;
    const details = {
      added: added.map((user) => user.id),
      removed: removed.map((user) => user.id),
    };
    if (visit.status === VisitStatus.Requested) {
      await this.recorder.note(manager, visit, VisitAction.HostsChanged, by.id, details);
      return;
    }
    const saved = await this.recorder.save(
      manager,
      visit,
      VisitAction.HostsChanged,
      by.id,
      details,
    );
    const summary = {
      ...this.messages.visitSummary(context, saved, hosts),
      start: saved.start!.toISOString(),
      end: saved.end!.toISOString(),
      changedBy: by.name,
    };
    const eventKey = `${saved.id}:${saved.revision}`;
    await this.messages.send(manager, 'visit.host-added', added, summary, eventKey);
    // The cancellation names only those it uninvites; the visit stands for everyone else.
    await this.messages.send(
      manager,
      'visit.host-removed',
      removed,
      {
        ...summary,
        invitation: {
          ...summary.invitation,
          attendees: removed.map(({ name, email }) => ({ name, email })),
        },
      },
      eventKey,
    );
    await this.messages.remindOfVisit(manager, context, saved, hosts, this.clock.now());
  }
}
