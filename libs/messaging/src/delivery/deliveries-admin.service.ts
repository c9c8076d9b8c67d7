import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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

  /** Sends a failed delivery again: pending, and a send job of its own for this attempt. */
  async retry(id: string): Promise<DeliveryEntity> {
    const repository = this.dataSource.getRepository(DeliveryEntity);
    const delivery = await repository.findOneBy({ id });
    if (!delivery) throw new NotFoundError('delivery');
    if (delivery.status !== DeliveryStatus.Failed) {
      throw new ConflictError(
        'delivery.not-failed',
        `Only a failed delivery can be retried; this one is ${delivery.status}.`,
      );
    }
    await repository.update(
      { id, status: DeliveryStatus.Failed },
      { status: DeliveryStatus.Pending },
    );
    await this.jobs.enqueue(
      JobName.SendMail,
      { deliveryId: id },
      { jobId: jobId(JobName.SendMail, id, `retry-${delivery.attempts}`) },
    );
    return repository.findOneByOrFail({ id });
  }
}
