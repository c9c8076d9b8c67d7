import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CalendarInputError,
  graduationDay,
  graduationSchoolYear,
  gradeOn,
  isSchoolYearName,
  localDateOf,
  schoolCalendar,
  SchoolCalendar,
} from '@app/calendar';
import { Actor } from '../accounts/actor';
import { MembershipEntity } from '../accounts/membership.entity';
import { Role } from '../accounts/role';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { withConstraintsAsConflicts } from '../errors/database-conflicts';
import { ConflictError, InvalidFieldError, NotFoundError } from '../errors/domain-error';
import { SchoolEntity } from '../organisations/school.entity';
import { canSeeClass } from './adoption-access';
import { AdoptionEntity } from './adoption.entity';
import { SchoolClassEntity } from './school-class.entity';

export interface RegisterClass {
  label: string;
  grade: number;
  schoolYear: string;
  pupils: number;
  teacherIds: string[];
}

export interface SchoolClassView {
  schoolClass: SchoolClassEntity;
  school: SchoolEntity;
  currentGrade: number;
  graduatesOn: string;
}

export function calendarOf(school: SchoolEntity): SchoolCalendar {
  return schoolCalendar({
    timezone: school.timezone,
    schoolYearStart: school.schoolYearStart,
    lastSchoolDay: school.lastSchoolDay,
  });
}

export type ChangeClass = Partial<RegisterClass>;

/** A school year the class is in with its grade, and graduates in one the calendar reckons with. */
function checkSchoolYear(grade: number, schoolYear: string): void {
  if (!isSchoolYearName(schoolYear) || !canGraduate(grade, schoolYear)) {
    throw new InvalidFieldError(
      'class.school-year',
      'schoolYear',
      'must name a school year such as 2026/27',
    );
  }
}

function labelTaken(label: string, schoolYear: string): ConflictError {
  return new ConflictError(
    'class.label-taken',
    `The school already has a class ${label} in ${schoolYear}.`,
  );
}

const LABEL_TAKEN = new ConflictError(
  'class.label-taken',
  'The school already has a class with this label in the school year.',
);

/** Whether the class graduates in a school year the calendar reckons with (not 9999/00). */
function canGraduate(grade: number, schoolYear: string): boolean {
  try {
    graduationSchoolYear(grade, schoolYear);
    return true;
  } catch (error) {
    if (error instanceof CalendarInputError) return false;
    throw error;
  }
}

@Injectable()
export class ClassesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Registers a class at a school; its teachers must be teachers of that school. */
  async register(actor: Actor, schoolId: string, command: RegisterClass): Promise<SchoolClassView> {
    const school = await this.dataSource.getRepository(SchoolEntity).findOneBy({ id: schoolId });
    if (!school || !canSeeClass(actor, schoolId, [])) throw new NotFoundError('school');
    checkSchoolYear(command.grade, command.schoolYear);
    const teachers = await this.checkTeachers(schoolId, command.teacherIds);
    const repository = this.dataSource.getRepository(SchoolClassEntity);
    const taken = await repository.findOneBy({
      schoolId,
      schoolYear: command.schoolYear,
      label: command.label.trim(),
    });
    if (taken) throw labelTaken(command.label.trim(), command.schoolYear);
    const saved = await repository.save(
      repository.create({
        schoolId,
        label: command.label.trim(),
        grade: command.grade,
        schoolYear: command.schoolYear,
        pupils: command.pupils,
        teachers,
        createdAt: this.clock.now(),
      }),
    );
    return this.view(saved.id);
  }

  /**
   * Corrects a class, for its school's teachers or an admin: label, pupils and teachers (of the
   * school). Its grade and school year only while it has no adoption, whose end date and terms
   * were reckoned from them: they say when the class graduates.
   */
  async update(actor: Actor, id: string, patch: ChangeClass): Promise<SchoolClassView> {
    await withConstraintsAsConflicts({ classes_label_key: LABEL_TAKEN }, () =>
      this.dataSource.transaction(async (manager) => {
        const locked = await manager.query<unknown[]>(
          'SELECT id FROM classes WHERE id = $1 FOR UPDATE',
          [id],
        );
        const schoolClass =
          locked.length > 0
            ? await manager.findOne(SchoolClassEntity, {
                where: { id },
                relations: { teachers: true },
              })
            : null;
        if (!schoolClass || !canSeeClass(actor, schoolClass.schoolId, [])) {
          throw new NotFoundError('class');
        }
        const grade = patch.grade ?? schoolClass.grade;
        const schoolYear = patch.schoolYear ?? schoolClass.schoolYear;
        if (grade !== schoolClass.grade || schoolYear !== schoolClass.schoolYear) {
          if (await manager.existsBy(AdoptionEntity, { classId: id })) {
            throw new ConflictError(
              'class.grade-fixed-by-adoption',
              "A class's grade and school year fix its graduation day, the end of its adoption: " +
                'they can change only while the class has no adoption.',
            );
          }
          checkSchoolYear(grade, schoolYear);
        }
        const label = patch.label?.trim() ?? schoolClass.label;
        const taken = await manager.findOneBy(SchoolClassEntity, {
          schoolId: schoolClass.schoolId,
          schoolYear,
          label,
        });
        if (taken && taken.id !== id) throw labelTaken(label, schoolYear);
        if (patch.teacherIds) {
          schoolClass.teachers = await this.checkTeachers(schoolClass.schoolId, patch.teacherIds);
        }
        await manager.save(
          Object.assign(schoolClass, {
            label,
            grade,
            schoolYear,
            pupils: patch.pupils ?? schoolClass.pupils,
          }),
        );
      }),
    );
    return this.view(id);
  }

  async get(actor: Actor, id: string): Promise<SchoolClassView> {
    const view = await this.view(id).catch(() => null);
    if (!view) throw new NotFoundError('class');
    const adoptingCompanies = await this.dataSource
      .getRepository(AdoptionEntity)
      .find({ where: { classId: id }, select: { companyId: true } });
    if (
      !canSeeClass(
        actor,
        view.school.id,
        adoptingCompanies.map((adoption) => adoption.companyId),
      )
    ) {
      throw new NotFoundError('class');
    }
    return view;
  }

  async listForSchool(actor: Actor, schoolId: string): Promise<SchoolClassView[]> {
    const school = await this.dataSource.getRepository(SchoolEntity).findOneBy({ id: schoolId });
    if (!school || !canSeeClass(actor, schoolId, [])) throw new NotFoundError('school');
    const classes = await this.dataSource.getRepository(SchoolClassEntity).find({
      where: { schoolId },
      relations: { teachers: true },
      order: { schoolYear: 'DESC', label: 'ASC' },
    });
    return classes.map((schoolClass) => this.describe(schoolClass, school));
  }

  /** The class with its school, and its grade today and graduation day. */
  async view(id: string): Promise<SchoolClassView> {
    const schoolClass = await this.dataSource.getRepository(SchoolClassEntity).findOneOrFail({
      where: { id },
      relations: { school: { closedDates: true }, teachers: true },
    });
    return this.describe(schoolClass, schoolClass.school);
  }

  /**
   * Takes a person who is no longer a teacher at the school off the teacher lists of its
   * classes, in the caller's transaction.
   */
  async removeTeacher(manager: EntityManager, userId: string, schoolId: string): Promise<void> {
    await manager.query(
      `DELETE FROM class_teachers
       WHERE user_id = $1 AND class_id IN (SELECT id FROM classes WHERE school_id = $2)`,
      [userId, schoolId],
    );
  }

  private describe(schoolClass: SchoolClassEntity, school: SchoolEntity): SchoolClassView {
    const calendar = calendarOf(school);
    const today = localDateOf(this.clock.now(), school.timezone);
    return {
      schoolClass,
      school,
      currentGrade: gradeOn(today, schoolClass.grade, schoolClass.schoolYear, calendar),
      graduatesOn: graduationDay(schoolClass.grade, schoolClass.schoolYear, calendar),
    };
  }

  /** The users the ids name, each of whom must be a teacher at the school. */
  private async checkTeachers(schoolId: string, ids: string[]): Promise<UserEntity[]> {
    const teacherIds = [...new Set(ids)];
    const teachers = await this.teachersOf(schoolId, teacherIds);
    if (teachers.length !== teacherIds.length) {
      throw new InvalidFieldError(
        'class.teacher-not-in-school',
        'teacherIds',
        'must be users who are teachers at this school',
      );
    }
    return teachers;
  }

  private async teachersOf(schoolId: string, userIds: string[]): Promise<UserEntity[]> {
    if (userIds.length === 0) return [];
    const memberships = await this.dataSource.getRepository(MembershipEntity).find({
      where: { userId: In(userIds), role: Role.Teacher, schoolId },
      relations: { user: true },
    });
    return memberships.map((membership) => membership.user);
  }
}
