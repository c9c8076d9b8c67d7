import { Module } from '@nestjs/common';
import { OutboxService } from './outbox/outbox.service';

/** What every process needs to cause a message: the outbox writer. */
@Module({
  providers: [OutboxService],
  exports: [OutboxService],
})
export class MessagingModule {}
