import { Injectable } from '@nestjs/common';
import { Actor } from '../accounts/actor';
import { Clock } from '../clock/clock';
import { AdoptionMessages } from './adoption-messages.service';
import { VisitAction } from './visit-event.entity';
import { VisitChanges } from './visit-changes.service';
import { findHosts, replaceHosts } from './visit-hosts';
import { VisitReader, VisitView } from './visit-reader.service';
import { VisitRecorder } from './visit-recorder.service';
import { requireSide, requireStatus } from './visit-rules';
import { VisitStatus } from './visit.entity';

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
        await this.recorder.note(manager, visit, VisitAction.HostsChanged, actor.userId, details);
        return;
      }
      const saved = await this.recorder.save(
        manager,
        visit,
        VisitAction.HostsChanged,
        actor.userId,
        details,
      );
      const summary = {
        ...this.messages.visitSummary(context, saved, hosts),
        start: saved.start!.toISOString(),
        end: saved.end!.toISOString(),
        changedBy: actor.name,
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
    });
    return this.reader.view(visitId);
  }
}
