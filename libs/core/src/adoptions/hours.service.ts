import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { localDateOf, termOf, termsBetween } from '@app/calendar';
import { transactionLock } from '@app/db/advisory-lock';
import { Actor } from '../accounts/actor';
import { Clock } from '../clock/clock';
import { ConflictError, ForbiddenError } from '../errors/domain-error';
import { findVisibleAdoption } from './adoption-access';
import { loadAdoptionContext } from './adoption-context';
import { sumHours } from './adoptions.service';
import { calendarOf } from './classes.service';
import { HoursActivity, HoursEntryEntity } from './hours-entry.entity';

export interface LogHours {
  date: string;
  hours: number;
  activity: HoursActivity;
  note?: string;
}

export interface TermHours {
  term: string;
  budget: number;
  logged: number;
  remaining: number;
}

export interface HoursView {
  entries: HoursEntryEntity[];
  terms: TermHours[];
}

const MAX_HOURS_A_DAY = 24;

@Injectable()
export class HoursService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The contact person logs hours given to their adoption: at most 24 a day, all adoptions together. */
  async log(actor: Actor, adoptionId: string, command: LogHours): Promise<HoursEntryEntity> {
    await findVisibleAdoption(this.dataSource.manager, actor, adoptionId);
    return this.dataSource.transaction(async (manager) => {
      const context = await loadAdoptionContext(manager, adoptionId, true);
      if (context.adoption.contactPersonId !== actor.userId) {
        throw new ForbiddenError(
          'hours.contact-person-only',
          "Only the adoption's contact person logs hours for it.",
        );
      }
      const calendar = calendarOf(context.school);
      const today = localDateOf(this.clock.now(), context.school.timezone);
      if (command.date > today) {
        throw new ConflictError('hours.in-future', 'Hours are logged for a day that has come.');
      }
      if (command.date < context.adoption.startsOn || command.date > context.adoption.endsOn) {
        throw new ConflictError(
          'hours.outside-adoption',
          `Hours are logged for a day of the adoption, ${context.adoption.startsOn} to ${context.adoption.endsOn}.`,
        );
      }
      const term = termOf(command.date, calendar);
      if (!term) {
        throw new ConflictError('hours.outside-term', 'Hours are logged for a day inside a term.');
      }
      // One person's day, over all their adoptions, is counted under one lock.
      await transactionLock(manager, `hours:${actor.userId}:${command.date}`);
      const [day] = await manager.query<{ total: string | null }[]>(
        'SELECT sum(hours) AS total FROM hours_entries WHERE user_id = $1 AND date = $2',
        [actor.userId, command.date],
      );
      if (Number(day.total ?? 0) + command.hours > MAX_HOURS_A_DAY) {
        throw new ConflictError(
          'hours.day-over-24',
          `A day has at most ${MAX_HOURS_A_DAY} hours; ${Number(day.total ?? 0)} are already logged on ${command.date}.`,
        );
      }
      return manager.save(
        manager.create(HoursEntryEntity, {
          adoptionId,
          userId: actor.userId,
          date: command.date,
          term: term.name,
          hours: command.hours,
          activity: command.activity,
          note: command.note ?? '',
          visitId: null,
          createdAt: this.clock.now(),
        }),
      );
    });
  }

  /** Every entry, and per term of the adoption the hours logged against the budget. */
  async summary(actor: Actor, adoptionId: string): Promise<HoursView> {
    await findVisibleAdoption(this.dataSource.manager, actor, adoptionId);
    const context = await loadAdoptionContext(this.dataSource.manager, adoptionId);
    const entries = await this.dataSource.getRepository(HoursEntryEntity).find({
      where: { adoptionId },
      order: { date: 'ASC', createdAt: 'ASC' },
    });
    const budget = context.adoption.hoursBudgetPerTerm;
    const terms = termsBetween(
      context.adoption.startsOn,
      context.adoption.endsOn,
      calendarOf(context.school),
    ).map(({ name }) => {
      const logged = sumHours(entries.filter((entry) => entry.term === name));
      return { term: name, budget, logged, remaining: Math.round((budget - logged) * 100) / 100 };
    });
    return { entries, terms };
  }
}
