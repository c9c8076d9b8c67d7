import { Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging/messaging.module';
import { AdoptionsModule } from '../adoptions/adoptions.module';
import { VolunteeringModule } from '../volunteering/volunteering.module';
import { DeparturesService } from './departures.service';

/** People leaving roles: it reaches into volunteering and adoptions through their services. */
@Module({
  imports: [MessagingModule, VolunteeringModule, AdoptionsModule],
  providers: [DeparturesService],
  exports: [DeparturesService],
})
export class DeparturesModule {}
