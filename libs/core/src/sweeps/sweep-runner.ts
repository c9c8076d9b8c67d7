import { Injectable, Module } from '@nestjs/common';
import { DeliveryRetention } from '@app/messaging/delivery/delivery-retention.service';
import { MessagingModule } from '@app/messaging/messaging.module';
import { AdoptionsModule } from '../adoptions/adoptions.module';
import { AgreementsModule } from '../agreements/agreements.module';
import { PartnershipNewsService } from '../agreements/partnership-news.service';
import { NudgesService } from '../reminders/nudges.service';
import { SweepsService } from '../adoptions/sweeps.service';
import { ShiftMaterialiser } from '../volunteering/shift-materialiser.service';
import { VolunteeringModule } from '../volunteering/volunteering.module';

/** The scheduled sweeps, by the name an admin uses to run one at once. */
export enum SweepName {
  CompleteVisits = 'complete-visits',
  EndAdoptions = 'end-adoptions',
  MaterialiseShifts = 'materialise-shifts',
  SendNudges = 'send-nudges',
  PurgeMail = 'purge-mail',
}

/** Runs a sweep by name; each returns how many visits, adoptions, shifts or mails it changed. */
@Injectable()
export class SweepRunner {
  private readonly sweeps: Record<SweepName, () => Promise<number>>;

  constructor(
    adoptions: SweepsService,
    shifts: ShiftMaterialiser,
    nudges: NudgesService,
    news: PartnershipNewsService,
    mail: DeliveryRetention,
  ) {
    this.sweeps = {
      [SweepName.CompleteVisits]: () => adoptions.completeVisits(),
      [SweepName.EndAdoptions]: () => adoptions.endAdoptions(),
      [SweepName.MaterialiseShifts]: () => shifts.materialiseAll(),
      // The nudges of visits and shifts, and the partnerships' news: quiet ones, criteria met.
      [SweepName.SendNudges]: async () => (await nudges.sendAll()) + (await news.sendAll()),
      [SweepName.PurgeMail]: () => mail.purge(),
    };
  }

  run(name: SweepName): Promise<number> {
    return this.sweeps[name]();
  }
}

@Module({
  imports: [AdoptionsModule, VolunteeringModule, MessagingModule, AgreementsModule],
  providers: [SweepRunner, NudgesService],
  exports: [SweepRunner],
})
export class SweepsModule {}
