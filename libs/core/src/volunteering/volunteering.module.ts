import { Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging/messaging.module';
import { CommitmentsService } from './commitments.service';
import { ProgrammesService } from './programmes.service';
import { ShiftMaterialiser } from './shift-materialiser.service';
import { ShiftsService } from './shifts.service';
import { SignupsService } from './signups.service';
import { VolunteerHoursService } from './volunteer-hours.service';
import { VolunteerScheduleService } from './volunteer-schedule.service';
import { VolunteeringMessages } from './volunteering-messages.service';

@Module({
  imports: [MessagingModule],
  providers: [
    VolunteeringMessages,
    SignupsService,
    CommitmentsService,
    ShiftMaterialiser,
    ShiftsService,
    ProgrammesService,
    VolunteerHoursService,
    VolunteerScheduleService,
  ],
  exports: [
    VolunteeringMessages,
    ProgrammesService,
    ShiftsService,
    SignupsService,
    CommitmentsService,
    ShiftMaterialiser,
    VolunteerHoursService,
    VolunteerScheduleService,
  ],
})
export class VolunteeringModule {}
