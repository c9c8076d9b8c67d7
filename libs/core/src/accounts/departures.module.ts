import { Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging/messaging.module';
import { AdoptionsModule } from '../adoptions/adoptions.module';
import { VolunteeringModule } from '../volunteering/volunteering.module';
import { DeparturesService } from './departures.service';
import { ErasureService } from './erasure.service';

/**
 * People leaving roles, and being erased: it reaches into volunteering and adoptions through
 * their services.
 */
@Module({
  imports: [MessagingModule, VolunteeringModule, AdoptionsModule],
  providers: [DeparturesService, ErasureService],
  exports: [DeparturesService, ErasureService],
})
export class DeparturesModule {}
