import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, In } from 'typeorm';
import { OrphanedAdoption } from '@app/messaging/templates';
import { Actor } from '../accounts/actor';
import { MembershipEntity } from '../accounts/membership.entity';
import { Role } from '../accounts/role';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { ConflictError } from '../errors/domain-error';
import { AdoptionContext } from './adoption-context';
import { AdoptionMessages } from './adoption-messages.service';
import { AdoptionEntity, AdoptionStatus } from './adoption.entity';
import { AdoptionsService, AdoptionView } from './adoptions.service';
import { VisitAction } from './visit-event.entity';
import { VisitChanges } from './visit-changes.service';
import { hostsOf, replaceHosts } from './visit-hosts';
import { VisitRecorder } from './visit-recorder.service';
import { Side, VisitEntity, VisitStatus } from './visit.entity';

/** Who answers for the company in an adoption, and what follows when that person changes. */
@Injectable()
export class ContactPersonsService {
  constructor(
    private readonly clock: Clock,
    private readonly changes: VisitChanges,
    private readonly recorder: VisitRecorder,
    private readonly messages: AdoptionMessages,
    private readonly adoptions: AdoptionsService,
  ) {}

  /**
   * An admin names a new contact person for an active adoption: a contact person of the
   * adopting company. The adoption's visits still to come move with it, under the rules of a
   * contact person (no two confirmed visits of theirs at once). On a confirmed visit the old
   * contact person gets its cancellation and the new one the invitation, under a new revision;
   * a request waiting for the company's answer is put to the new one.
   */
  async replace(actor: Actor, adoptionId: string, contactPersonId: string): Promise<AdoptionView> {
    await this.changes.change(adoptionId, async (manager, context) => {
      if (context.adoption.status !== AdoptionStatus.Active) {
        throw new ConflictError(
          'adoption.not-active',
          `The adoption is ${context.adoption.status}; its contact person no longer changes.`,
        );
      }
      const isContact = await manager.existsBy(MembershipEntity, {
        userId: contactPersonId,
        role: Role.Contact,
        companyId: context.company.id,
      });
      if (!isContact) {
        throw new ConflictError(
          'adoption.contact-not-in-company',
          'The contact person must be a contact person of the adopting company.',
        );
      }
      const previous = context.contactPerson;
      if (previous.id === contactPersonId) return;
      const next = await manager.findOneByOrFail(UserEntity, { id: contactPersonId });
      await manager.update(AdoptionEntity, { id: adoptionId }, { contactPersonId });
      const moved: AdoptionContext = {
        ...context,
        adoption: Object.assign(new AdoptionEntity(), context.adoption, { contactPersonId }),
        contactPerson: next,
      };
      for (const visit of await this.visitsToCome(manager, [adoptionId], true)) {
        await this.moveVisit(manager, moved, visit, previous, next, actor);
      }
    });
    return this.adoptions.get(actor, adoptionId);
  }

  /**
   * The active adoptions of these companies that name the person as contact person, each with
   * its visits still to come: what an admin must find a new contact person for.
   */
  async namingContactPerson(
    manager: EntityManager,
    userId: string,
    companyIds: string[],
  ): Promise<OrphanedAdoption[]> {
    if (companyIds.length === 0) return [];
    const adoptions = await manager.find(AdoptionEntity, {
      where: { contactPersonId: userId, companyId: In(companyIds), status: AdoptionStatus.Active },
      relations: { schoolClass: { school: true }, company: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const visits = await this.visitsToCome(
      manager,
      adoptions.map((adoption) => adoption.id),
      false,
    );
    return adoptions.map((adoption) => ({
      adoptionId: adoption.id,
      className: adoption.schoolClass.label,
      schoolName: adoption.schoolClass.school.name,
      companyName: adoption.company.name,
      timezone: adoption.schoolClass.school.timezone,
      link: this.messages.adoptionLink(adoption.id),
      visits: visits
        .filter((visit) => visit.adoptionId === adoption.id)
        .map((visit) => ({
          kind: visit.kind,
          status: visit.status as VisitStatus.Requested | VisitStatus.Confirmed,
          slots:
            visit.status === VisitStatus.Confirmed
              ? [{ start: visit.start!.toISOString(), end: visit.end!.toISOString() }]
              : this.messages.slots(visit),
        })),
    }));
  }

  /** Requested visits, and confirmed ones not yet over: the visits a contact person still has. */
  private visitsToCome(
    manager: EntityManager,
    adoptionIds: string[],
    lock: boolean,
  ): Promise<VisitEntity[]> {
    if (adoptionIds.length === 0) return Promise.resolve([]);
    const query = manager
      .getRepository(VisitEntity)
      .createQueryBuilder('visit')
      .where('visit.adoption_id IN (:...adoptionIds)', { adoptionIds })
      .andWhere(
        new Brackets((live) => {
          live.where('visit.status = :requested', { requested: VisitStatus.Requested });
          live.orWhere('visit.status = :confirmed AND visit.end_at > :now', {
            confirmed: VisitStatus.Confirmed,
            now: this.clock.now(),
          });
        }),
      )
      .orderBy('visit.created_at', 'ASC')
      .addOrderBy('visit.id', 'ASC');
    if (lock) query.setLock('pessimistic_write');
    return query.getMany();
  }

  private async moveVisit(
    manager: EntityManager,
    context: AdoptionContext,
    visit: VisitEntity,
    previous: UserEntity,
    next: UserEntity,
    actor: Actor,
  ): Promise<void> {
    let hosts = await hostsOf(manager, visit.id);
    if (hosts.some((host) => host.id === next.id)) {
      // A side takes part anyway; a host who becomes the contact person is a host no more.
      const others = hosts.filter((host) => host.id !== next.id);
      await replaceHosts(manager, visit.id, hosts, others, this.clock.now());
      hosts = others;
    }
    visit.contactPersonId = next.id;
    const details = { from: previous.id, to: next.id };
    if (visit.status === VisitStatus.Requested) {
      // Nothing is in a calendar yet: the revision stays, and the teachers' links stay good.
      await manager.update(
        VisitEntity,
        { id: visit.id },
        { contactPersonId: next.id, updatedAt: this.clock.now() },
      );
      await this.recorder.note(
        manager,
        visit,
        VisitAction.ContactPersonChanged,
        actor.userId,
        details,
      );
      if (visit.proposedBySide === Side.School) {
        const proposer = await manager.findOneByOrFail(UserEntity, { id: visit.proposedBy });
        await this.messages.askToAnswer(manager, 'visit.requested', [next], visit, {
          ...this.messages.visitSummary(context, visit, hosts),
          proposedBy: proposer.name,
          slots: this.messages.slots(visit),
        });
      }
      return;
    }
    const saved = await this.recorder.save(
      manager,
      visit,
      VisitAction.ContactPersonChanged,
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
    await this.messages.send(manager, 'visit.host-added', [next], summary, eventKey);
    // The cancellation names only the one it uninvites; the visit stands for everyone else.
    await this.messages.send(
      manager,
      'visit.host-removed',
      [previous],
      {
        ...summary,
        invitation: {
          ...summary.invitation,
          attendees: [{ name: previous.name, email: previous.email }],
        },
      },
      eventKey,
    );
    await this.messages.remindOfVisit(manager, context, saved, hosts, this.clock.now());
  }
}
