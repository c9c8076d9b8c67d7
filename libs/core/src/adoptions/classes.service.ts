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

/** Whether the class graduates in a school year the calendar reckons with (not 9999/00). */
function canGraduate({ grade, schoolYear }: RegisterClass): boolean {
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
    if (!isSchoolYearName(command.schoolYear) || !canGraduate(command)) {
      throw new InvalidFieldError(
        'class.school-year',
        'schoolYear',
        'must name a school year such as 2026/27',
      );
    }
    const teacherIds = [...new Set(command.teacherIds)];
    const teachers = await this.teachersOf(schoolId, teacherIds);
    if (teachers.length !== teacherIds.length) {
      throw new InvalidFieldError(
        'class.teacher-not-in-school',
        'teacherIds',
        'must be users who are teachers at this school',
      );
    }
    const repository = this.dataSource.getRepository(SchoolClassEntity);
    const taken = await repository.findOneBy({
      schoolId,
      schoolYear: command.schoolYear,
      label: command.label.trim(),
    });
    if (taken) {
      throw new ConflictError(
        'class.label-taken',
        `The school already has a class ${command.label} in ${command.schoolYear}.`,
      );
    }
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

  private async teachersOf(schoolId: string, userIds: string[]): Promise<UserEntity[]> {
    if (userIds.length === 0) return [];
    const memberships = await this.dataSource.getRepository(MembershipEntity).find({
      where: { userId: In(userIds), role: Role.Teacher, schoolId },
      relations: { user: true },
    });
    return memberships.map((membership) => membership.user);
  }
}
