import { Module } from '@nestjs/common';
import { DeliveryRetention } from './delivery/delivery-retention.service';
import { OutboxService } from './outbox/outbox.service';

/**
 * What every process needs to cause a message, the outbox writer, and to keep what was sent no
 * longer than allowed, the retention sweep (the worker ticks it, an admin can run it now).
 */
@Module({
  providers: [OutboxService, DeliveryRetention],
  exports: [OutboxService, DeliveryRetention],
})
export class MessagingModule {}
