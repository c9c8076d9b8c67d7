import { DAY_MS } from '@app/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { visitEventUid } from '@app/messaging/calendar/event-identity';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { TemplateName, TemplateParams } from '@app/messaging/templates';
import { UserEntity } from '../accounts/user.entity';
import { AdoptionContext, participantsOf } from './adoption-context';
import { VisitAnswerTokens } from './visit-answer-tokens';
import { VisitEntity } from './visit.entity';
import { appLinks } from '../links/app-links';

/** Writes the messages adoption and visit changes cause, with the change's transaction. */
@Injectable()
export class AdoptionMessages {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly answers: VisitAnswerTokens,
  ) {}

  send<Name extends TemplateName>(
    manager: EntityManager,
    template: Name,
    recipients: UserEntity[],
    params: TemplateParams[Name],
    eventKey: string,
  ): Promise<number> {
    return this.outbox.addForEach(manager, template, recipients, params, eventKey);
  }

  /** Which visit a mail is about, with the calendar event everyone taking part shares. */
  visitSummary(context: AdoptionContext, visit: VisitEntity, hosts: UserEntity[]) {
    return {
      // One calendar event per visit for everyone taking part; SEQUENCE follows its revision.
      invitation: {
        uid: visitEventUid(visit.id, this.config.publicUrl),
        sequence: visit.revision,
        start: visit.start?.toISOString() ?? '',
        end: visit.end?.toISOString() ?? '',
        attendees: participantsOf(context, hosts).map(({ name, email }) => ({ name, email })),
      },
      hostNames: hosts.map((host) => host.name),
      visitId: visit.id,
      kind: visit.kind,
      className: context.schoolClass.label,
      schoolName: context.school.name,
      companyName: context.company.name,
      location: visit.location,
      agenda: visit.agenda,
      timezone: context.school.timezone,
      link: appLinks(this.config.publicUrl).visit(visit.id),
    };
  }

  adoptionLink(adoptionId: string): string {
    return appLinks(this.config.publicUrl).adoption(adoptionId);
  }

  slots(visit: VisitEntity): { start: string; end: string }[] {
    return visit.slots.map(({ start, end }) => ({
      start: start.toISOString(),
      end: end.toISOString(),
    }));
  }

  /**
   * Asks the people of one side to answer a proposal: each gets their own one-click links, bound
   * to them and to the visit's revision. The message keeps what the links are made from; the
   * links themselves are made only as the mail is sent.
   */
  async askToAnswer<Name extends 'visit.requested' | 'visit.rescheduled'>(
    manager: EntityManager,
    template: Name,
    people: UserEntity[],
    visit: VisitEntity,
    params: Omit<TemplateParams[Name], 'answerLinks'>,
  ): Promise<void> {
    const firstStart = new Date(Math.min(...visit.slots.map((slot) => slot.start.getTime())));
    const expiresAt = this.answers.expiry(firstStart).toISOString();
    for (const user of people) {
      await this.outbox.add(manager, {
        template,
        recipient: { userId: user.id, email: user.email, name: user.name, locale: user.locale },
        params: {
          ...params,
          answerLinks: { userId: user.id, revision: visit.revision, expiresAt },
        } as TemplateParams[Name],
        dedupeKey: `${template}:${visit.id}:${visit.revision}:${user.id}`,
      });
    }
  }

  /**
   * Reminders 7 days and 1 day before a confirmed visit, to every participant, written now and
   * sent when due. One whose time has already passed is not written; a later change of the visit
   * voids them (the worker checks the revision before sending).
   */
  async remindOfVisit(
    manager: EntityManager,
    context: AdoptionContext,
    visit: VisitEntity,
    hosts: UserEntity[],
    now: Date,
  ): Promise<void> {
    for (const daysBefore of [7, 1]) {
      const dueAt = new Date(visit.start!.getTime() - daysBefore * DAY_MS);
      if (dueAt <= now) continue;
      for (const user of participantsOf(context, hosts)) {
        await this.outbox.add(manager, {
          template: 'visit.reminder',
          recipient: { userId: user.id, email: user.email, name: user.name, locale: user.locale },
          params: {
            ...this.visitSummary(context, visit, hosts),
            start: visit.start!.toISOString(),
            end: visit.end!.toISOString(),
            daysBefore,
            revision: visit.revision,
          },
          dedupeKey: `visit.reminder:${visit.id}:${visit.revision}:${daysBefore}:${user.id}`,
          dueAt,
        });
      }
    }
  }
}
