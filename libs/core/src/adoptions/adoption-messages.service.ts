import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { OutboxService } from '@app/messaging/outbox/outbox.service';
import { TemplateName, TemplateParams } from '@app/messaging/templates';
import { UserEntity } from '../accounts/user.entity';
import { AdoptionContext, participantsOf } from './adoption-context';
import { VisitEntity } from './visit.entity';

/** Writes the messages adoption and visit changes cause, with the change's transaction. */
@Injectable()
export class AdoptionMessages {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  send<Name extends TemplateName>(
    manager: EntityManager,
    template: Name,
    recipients: UserEntity[],
    params: TemplateParams[Name],
    eventKey: string,
  ): Promise<void> {
    return this.outbox.addForEach(manager, template, recipients, params, eventKey);
  }

  visitSummary(context: AdoptionContext, visit: VisitEntity) {
    return {
      // One calendar event per visit for everyone taking part; SEQUENCE follows its revision.
      invitation: {
        uid: `visit-${visit.id}@${new URL(this.config.publicUrl).hostname}`,
        sequence: visit.revision,
        start: visit.start?.toISOString() ?? '',
        end: visit.end?.toISOString() ?? '',
        attendees: participantsOf(context).map(({ name, email }) => ({ name, email })),
      },
      visitId: visit.id,
      kind: visit.kind,
      className: context.schoolClass.label,
      schoolName: context.school.name,
      companyName: context.company.name,
      location: visit.location,
      agenda: visit.agenda,
      timezone: context.school.timezone,
      link: `${this.config.publicUrl}/api/v1/visits/${visit.id}`,
    };
  }

  adoptionLink(adoptionId: string): string {
    return `${this.config.publicUrl}/api/v1/adoptions/${adoptionId}`;
  }

  slots(visit: VisitEntity): { start: string; end: string }[] {
    return visit.slots.map(({ start, end }) => ({
      start: start.toISOString(),
      end: end.toISOString(),
    }));
  }
}
