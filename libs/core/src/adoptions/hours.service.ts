import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { localDateOf, termOf, termsBetween } from '@app/calendar';
import { transactionLock } from '@app/db/advisory-lock';
import { Actor } from '../accounts/actor';
import { Clock } from '../clock/clock';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/domain-error';
import { findVisibleAdoption } from './adoption-access';
import { AdoptionContext, loadAdoptionContext } from './adoption-context';
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
      const term = await this.checkDay(manager, context, actor.userId, command, null);
      return manager.save(
        manager.create(HoursEntryEntity, {
          adoptionId,
          userId: actor.userId,
          date: command.date,
          term,
          hours: command.hours,
          activity: command.activity,
          note: command.note ?? '',
          visitId: null,
          createdAt: this.clock.now(),
        }),
      );
    });
  }

  /** Corrects an entry typed in, under the rules it was logged under; an admin or its author. */
  async change(
    actor: Actor,
    adoptionId: string,
    entryId: string,
    patch: Partial<LogHours>,
  ): Promise<HoursEntryEntity> {
    await findVisibleAdoption(this.dataSource.manager, actor, adoptionId);
    return this.dataSource.transaction(async (manager) => {
      const context = await loadAdoptionContext(manager, adoptionId, true);
      const entry = await this.findManualEntry(manager, actor, adoptionId, entryId);
      const date = patch.date ?? entry.date;
      const hours = patch.hours ?? entry.hours;
      const term = await this.checkDay(manager, context, entry.userId, { date, hours }, entry.id);
      return manager.save(
        Object.assign(entry, {
          date,
          hours,
          term,
          activity: patch.activity ?? entry.activity,
          note: patch.note ?? entry.note,
        }),
      );
    });
  }

  /** Deletes an entry typed in; an admin or its author. */
  async remove(actor: Actor, adoptionId: string, entryId: string): Promise<void> {
    await findVisibleAdoption(this.dataSource.manager, actor, adoptionId);
    await this.dataSource.transaction(async (manager) => {
      await loadAdoptionContext(manager, adoptionId, true);
      const entry = await this.findManualEntry(manager, actor, adoptionId, entryId);
      await manager.delete(HoursEntryEntity, { id: entry.id });
    });
  }

  /**
   * The rules of a day's hours, for the person who gave them: a day that has come, inside the
   * adoption's life and a term, and at most 24 hours on it over all their adoptions (the entry
   * being changed, `exceptEntryId`, counted as it will be). Returns the day's term.
   */
  private async checkDay(
    manager: EntityManager,
    context: AdoptionContext,
    userId: string,
    { date, hours }: { date: string; hours: number },
    exceptEntryId: string | null,
  ): Promise<string> {
    const calendar = calendarOf(context.school);
    const today = localDateOf(this.clock.now(), context.school.timezone);
    if (date > today) {
      throw new ConflictError('hours.in-future', 'Hours are logged for a day that has come.');
    }
    if (date < context.adoption.startsOn || date > context.adoption.endsOn) {
      throw new ConflictError(
        'hours.outside-adoption',
        `Hours are logged for a day of the adoption, ${context.adoption.startsOn} to ${context.adoption.endsOn}.`,
      );
    }
    const term = termOf(date, calendar);
    if (!term) {
      throw new ConflictError('hours.outside-term', 'Hours are logged for a day inside a term.');
    }
    // One person's day, over all their adoptions, is counted under one lock.
    await transactionLock(manager, `hours:${userId}:${date}`);
    const [day] = await manager.query<{ total: string | null }[]>(
      `SELECT sum(hours) AS total FROM hours_entries
       WHERE user_id = $1 AND date = $2 AND id IS DISTINCT FROM $3`,
      [userId, date, exceptEntryId],
    );
    if (Number(day.total ?? 0) + hours > MAX_HOURS_A_DAY) {
      throw new ConflictError(
        'hours.day-over-24',
        `A day has at most ${MAX_HOURS_A_DAY} hours; ${Number(day.total ?? 0)} are already logged on ${date}.`,
      );
    }
    return term.name;
  }

  /**
   * An entry of the adoption that was typed in, for an admin or the person who logged it. The
   * entry a completed visit logged is the visit's duration, and is not changed by hand.
   */
  private async findManualEntry(
    manager: EntityManager,
    actor: Actor,
    adoptionId: string,
    entryId: string,
  ): Promise<HoursEntryEntity> {
    const entry = await manager.findOneBy(HoursEntryEntity, { id: entryId, adoptionId });
    if (!entry) throw new NotFoundError('hours entry', 'hours.entry-not-found');
    if (!actor.isAdmin && entry.userId !== actor.userId) {
      throw new ForbiddenError(
        'hours.own-entries-only',
        'Only an admin or the person who logged the hours can change them.',
      );
    }
    if (entry.visitId) {
      throw new ConflictError(
        'hours.from-visit',
        'These hours were logged by a completed visit: they are its duration, not typed in.',
      );
    }
    return entry;
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
