import { Module } from '@nestjs/common';
import { DeliveriesAdmin } from './delivery/deliveries-admin.service';
import { JobQueue } from './jobs/job-queue.service';

/** The API's side of deliveries: listing them for admins and retrying failed ones. */
@Module({
  providers: [JobQueue, DeliveriesAdmin],
  exports: [DeliveriesAdmin],
})
export class DeliveriesAdminModule {}
