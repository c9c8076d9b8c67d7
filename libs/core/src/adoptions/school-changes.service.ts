import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { schoolCalendar } from '@app/calendar';
import { Clock } from '../clock/clock';
import { ConflictError, NotFoundError } from '../errors/domain-error';
import {
  ClosedPeriod,
  CreateSchool,
  OrganisationsService,
} from '../organisations/organisations.service';
import { SchoolClosedDateEntity } from '../organisations/school-closed-date.entity';
import { SchoolEntity } from '../organisations/school.entity';
import { checkVisitsKeepTheirPlace, PlannedVisit } from './school-change-rules';

export type ChangeSchool = Partial<CreateSchool>;

/**
 * Changes to a school. Its calendar is what its adoptions and visits are reckoned on, so a
 * change is checked against them here: the closed dates and the time zone may change only
 * where no confirmed visit still to come would break a rule, and the school year's start and
 * last day only while no class of the school has an adoption, whose terms, hours and end date
 * were reckoned from them.
 */
@Injectable()
export class SchoolChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly organisations: OrganisationsService,
  ) {}

  async update(id: string, patch: ChangeSchool): Promise<SchoolEntity> {
    await this.dataSource.transaction(async (manager) => {
      await this.lock(manager, id);
      const school = await this.organisations.findSchool(id, manager);
      const calendar = schoolCalendar({
        timezone: patch.timezone ?? school.timezone,
        schoolYearStart: patch.schoolYearStart ?? school.schoolYearStart,
        lastSchoolDay: patch.lastSchoolDay ?? school.lastSchoolDay,
      });
      const closedDates: ClosedPeriod[] =
        patch.closedDates ?? school.closedDates.map(({ from, to, label }) => ({ from, to, label }));
      await this.organisations.checkSchoolCalendar(calendar, closedDates);

      const yearMoves =
        calendar.schoolYearStart !== school.schoolYearStart ||
        calendar.lastSchoolDay !== school.lastSchoolDay;
      if (yearMoves && (await this.hasAdoptions(manager, id))) {
        throw new ConflictError(
          'school.calendar-has-adoptions',
          "The school year's start and last school day fix the terms and end dates of the " +
            "school's adoptions: they can change only while no class of the school has an adoption.",
        );
      }
      if (patch.timezone !== undefined || patch.closedDates !== undefined) {
        checkVisitsKeepTheirPlace(calendar, closedDates, await this.comingVisits(manager, id));
      }

      await manager.update(SchoolEntity, id, {
        name: patch.name?.trim() ?? school.name,
        city: patch.city?.trim() ?? school.city,
        ...calendar,
      });
      if (patch.closedDates) {
        await manager.delete(SchoolClosedDateEntity, { schoolId: id });
        if (closedDates.length > 0) {
          await manager.insert(
            SchoolClosedDateEntity,
            closedDates.map(({ from, to, label }) => ({ schoolId: id, from, to, label })),
          );
        }
      }
    });
    return this.organisations.findSchool(id);
  }

  /**
   * The school's row, then every adoption of its classes, locked in the order visit changes
   * lock them: a visit confirmed at the same time is either seen here, or checked by its own
   * transaction against the calendar this one commits.
   */
  private async lock(manager: EntityManager, id: string): Promise<void> {
    const school = await manager.query<unknown[]>(
      'SELECT id FROM schools WHERE id = $1 FOR NO KEY UPDATE',
      [id],
    );
    if (school.length === 0) throw new NotFoundError('school');
    await manager.query(
      `SELECT adoptions.id FROM adoptions JOIN classes ON classes.id = adoptions.class_id
       WHERE classes.school_id = $1 ORDER BY adoptions.id FOR UPDATE OF adoptions`,
      [id],
    );
  }

  private async hasAdoptions(manager: EntityManager, id: string): Promise<boolean> {
    const [row] = await manager.query<{ any: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM adoptions JOIN classes ON classes.id = adoptions.class_id
                      WHERE classes.school_id = $1) AS any`,
      [id],
    );
    return row.any;
  }

  /** The school's confirmed visits that have not ended yet. */
  private comingVisits(manager: EntityManager, id: string): Promise<PlannedVisit[]> {
    return manager.query<PlannedVisit[]>(
      `SELECT visits.id, visits.kind, visits.term, visits.start_at AS start, visits.end_at AS end,
              classes.label AS "classLabel",
              adoptions.starts_on::text AS "adoptionStartsOn",
              adoptions.ends_on::text AS "adoptionEndsOn"
       FROM visits
       JOIN adoptions ON adoptions.id = visits.adoption_id
       JOIN classes ON classes.id = visits.class_id
       WHERE classes.school_id = $1 AND visits.status = 'confirmed' AND visits.end_at > $2
       ORDER BY visits.start_at`,
      [id, this.clock.now()],
    );
  }
}
