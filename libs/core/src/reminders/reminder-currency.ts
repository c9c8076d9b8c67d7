import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MessageCurrency } from '@app/messaging/delivery/message-currency';
import { MessageEntity } from '@app/messaging/outbox/message.entity';
import { VisitEntity, VisitStatus } from '../adoptions/visit.entity';
import { SignupEntity, SignupStatus } from '../volunteering/signup.entity';

/**
 * A reminder holds while what it reminds of is unchanged: the visit still confirmed at the
 * revision it was written for, the volunteer's place still confirmed at its revision. A moved or
 * cancelled visit or place voids the reminders written for its old state.
 */
@Injectable()
export class ReminderCurrency implements MessageCurrency {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isCurrent(message: MessageEntity): Promise<boolean> {
    if (message.template === 'visit.reminder') {
      const { visitId, revision } = message.params as { visitId: string; revision: number };
      const visit = await this.dataSource.getRepository(VisitEntity).findOneBy({ id: visitId });
      return visit?.status === VisitStatus.Confirmed && visit.revision === revision;
    }
    if (message.template === 'shift.reminder') {
      const { signupId, signupRevision } = message.params as {
        signupId: string;
        signupRevision: number;
      };
      const place = await this.dataSource.getRepository(SignupEntity).findOneBy({ id: signupId });
      return place?.status === SignupStatus.Confirmed && place.revision === signupRevision;
    }
    return true;
  }
}
