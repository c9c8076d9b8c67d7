import { Module } from '@nestjs/common';
import { DeliveryService } from './delivery/delivery.service';
import { JobQueue } from './jobs/job-queue.service';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { MailTransport } from './transport/mail-transport';

/** The worker's side of messaging: relaying the outbox, rendering and sending. */
@Module({
  providers: [JobQueue, MailTransport, DeliveryService, OutboxRelay],
  exports: [JobQueue, DeliveryService, OutboxRelay],
})
export class DeliveryModule {}
