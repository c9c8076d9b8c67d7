import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Page, paginate, PageRequest } from '@app/core/pagination';
import { ConflictError, NotFoundError } from '@app/core/errors/domain-error';
import { jobId, JobName } from '../jobs/job-catalogue';
import { JobQueue } from '../jobs/job-queue.service';
import { DeliveryEntity, DeliveryStatus } from './delivery.entity';

/** What admins see of the mail the product sends, and a second chance for what failed. */
@Injectable()
export class DeliveriesAdmin {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  list(filter: { status?: DeliveryStatus }, request: PageRequest): Promise<Page<DeliveryEntity>> {
    const query = this.dataSource.getRepository(DeliveryEntity).createQueryBuilder('delivery');
    if (filter.status) query.where('delivery.status = :status', { status: filter.status });
    return paginate(query, 'renderedAt', (delivery) => delivery.renderedAt.toISOString(), request);
  }

  /** One delivery with its body as stored: secret links show as placeholders, never as links. */
  async get(id: string): Promise<DeliveryEntity> {
    const delivery = await this.dataSource.getRepository(DeliveryEntity).findOneBy({ id });
    if (!delivery) throw new NotFoundError('delivery');
    return delivery;
  }

  /**
   * Sends a failed delivery again: pending, and a send job of its own for this attempt. Its
   * secret links are made again as it is sent, the same as the first time.
   */
  async retry(id: string): Promise<DeliveryEntity> {
    const repository = this.dataSource.getRepository(DeliveryEntity);
    const delivery = await this.get(id);
    refuseRetryOf(delivery);
    const retried = await repository.update(
      { id, status: DeliveryStatus.Failed, purgedAt: IsNull() },
      { status: DeliveryStatus.Pending },
    );
    // Retried by another admin, or blanked by the retention sweep, since it was read.
    if (!retried.affected) refuseRetryOf(await this.get(id));
    await this.jobs.enqueue(
      JobName.SendMail,
      { deliveryId: id },
      { jobId: jobId(JobName.SendMail, id, `retry-${delivery.attempts}`) },
    );
    return repository.findOneByOrFail({ id });
  }
}

/** Only a failed delivery that still has its body can be sent again. */
function refuseRetryOf(delivery: DeliveryEntity): void {
  if (delivery.status !== DeliveryStatus.Failed) {
    throw new ConflictError(
      'delivery.not-failed',
      `Only a failed delivery can be retried; this one is ${delivery.status}.`,
    );
  }
  if (delivery.purgedAt) {
    throw new ConflictError(
      'delivery.purged',
      'This mail is older than the retention period and its text is gone; it cannot be sent again.',
    );
  }
}
