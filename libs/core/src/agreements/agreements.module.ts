import { Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging/messaging.module';
import { AgreementsService } from './agreements.service';
import { PartnershipNewsService } from './partnership-news.service';
import { PartnershipUpdatesService } from './partnership-updates.service';

@Module({
  imports: [MessagingModule],
  providers: [AgreementsService, PartnershipUpdatesService, PartnershipNewsService],
  exports: [AgreementsService, PartnershipUpdatesService, PartnershipNewsService],
})
export class AgreementsModule {}
