import { Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging/messaging.module';
import { DonationAllocationsService } from './donation-allocations.service';
import { DonationProgrammesService } from './donation-programmes.service';

@Module({
  imports: [MessagingModule],
  providers: [DonationProgrammesService, DonationAllocationsService],
  exports: [DonationProgrammesService, DonationAllocationsService],
})
export class DonationsModule {}
