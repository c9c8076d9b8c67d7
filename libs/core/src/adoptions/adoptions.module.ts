import { Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging/messaging.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AdoptionChangesService } from './adoption-changes.service';
import { AdoptionMessages } from './adoption-messages.service';
import { AdoptionsService } from './adoptions.service';
import { ClassesService } from './classes.service';
import { ContactPersonsService } from './contact-persons.service';
import { HoursService } from './hours.service';
import { SchoolChangesService } from './school-changes.service';
import { SweepsService } from './sweeps.service';
import { VisitAnswerTokens } from './visit-answer-tokens';
import { VisitChanges } from './visit-changes.service';
import { VisitHostsService } from './visit-hosts.service';
import { VisitReader } from './visit-reader.service';
import { VisitRecorder } from './visit-recorder.service';
import { VisitsService } from './visits.service';

@Module({
  imports: [MessagingModule, OrganisationsModule],
  providers: [
    VisitAnswerTokens,
    AdoptionMessages,
    VisitRecorder,
    VisitReader,
    VisitChanges,
    VisitHostsService,
    ClassesService,
    AdoptionsService,
    ContactPersonsService,
    VisitsService,
    HoursService,
    SweepsService,
    SchoolChangesService,
    AdoptionChangesService,
  ],
  exports: [
    ClassesService,
    AdoptionsService,
    ContactPersonsService,
    VisitsService,
    VisitHostsService,
    HoursService,
    SweepsService,
    AdoptionMessages,
    VisitAnswerTokens,
    SchoolChangesService,
    AdoptionChangesService,
  ],
})
export class AdoptionsModule {}
