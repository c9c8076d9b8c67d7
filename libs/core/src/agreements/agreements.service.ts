import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, EntityManager } from 'typeorm';
import { localDateOf } from '@app/calendar';
import { transactionLock } from '@app/db/advisory-lock';
import { Actor } from '../accounts/actor';
import { Clock } from '../clock/clock';
import {
  ConflictError,
  ForbiddenError,
  invalidFields,
  NotFoundError,
} from '../errors/domain-error';
import { AgreementEntity } from './agreement.entity';
import { countMetric } from './agreement-figures';
import { AgreementSubject, loadSubject, SUBJECT_COLUMN } from './agreement-subjects';
import {
  agreementStatus,
  AgreementStatus,
  Criterion,
  criterionProgress,
  CriterionProgress,
  currentPeriod,
  METRICS,
  SIDES,
  SubjectKind,
} from './agreement-terms';
import { AgreementVersionEntity, budgetOf, Decider } from './agreement-version.entity';

/** What a version says; writing the same again makes no new version. */
export interface AgreementText {
  goals: string;
  activities: string;
  startsOn: string;
  endsOn: string;
  budget: { amount: number; currency: string } | null;
  deciders: Decider[];
  criteria: Criterion[];
}

export interface AgreementView {
  agreement: AgreementEntity;
  subject: AgreementSubject;
  status: AgreementStatus;
  agreedVersion: number | null;
  /** Every version, oldest first; the last is the one under way. */
  versions: AgreementVersionEntity[];
  /** The latest version's criteria, each with its progress today. */
  progress: CriterionProgress[];
}

@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The agreement of a partnership the actor may see. */
  async forSubject(actor: Actor, kind: SubjectKind, subjectId: string): Promise<AgreementView> {
    const subject = await loadSubject(this.dataSource.manager, actor, kind, subjectId);
    const agreement = await this.dataSource
      .getRepository(AgreementEntity)
      .findOneBy({ [SUBJECT_COLUMN[kind]]: subjectId });
    if (!agreement) throw new NotFoundError('agreement');
    return this.view(this.dataSource.manager, agreement, subject);
  }

  async get(actor: Actor, id: string): Promise<AgreementView> {
    const { agreement, subject } = await this.findVisible(actor, id);
    return this.view(this.dataSource.manager, agreement, subject);
  }

  /**
   * An agreement and its partnership as the actor sees it; an agreement of a partnership they may
   * not see is not there for them. Only "not found" becomes 404: a database away stays a 503.
   */
  private async findVisible(
    actor: Actor,
    id: string,
  ): Promise<{ agreement: AgreementEntity; subject: AgreementSubject }> {
    const agreement = await this.dataSource.getRepository(AgreementEntity).findOneBy({ id });
    if (!agreement) throw new NotFoundError('agreement');
    const [kind, subjectId] = subjectOf(agreement);
    const subject = await loadSubject(this.dataSource.manager, actor, kind, subjectId).catch(
      (error: unknown) => {
        throw error instanceof NotFoundError ? new NotFoundError('agreement') : error;
      },
    );
    return { agreement, subject };
  }

  /**
   * Either side or an admin writes the agreement: the first version, or a new one whenever what
   * it says changes (every version is kept). The writer's side accepts what it wrote; the other
   * side has to accept it too before it is agreed.
   */
  async write(
    actor: Actor,
    kind: SubjectKind,
    subjectId: string,
    text: AgreementText,
  ): Promise<AgreementView> {
    const subject = await loadSubject(this.dataSource.manager, actor, kind, subjectId);
    if (!subject.side && !actor.isAdmin) throw notASide(kind);
    checkText(kind, text);
    const id = await this.dataSource.transaction(async (manager) => {
      await transactionLock(manager, `agreement:${kind}:${subjectId}`);
      const now = this.clock.now();
      let agreement = await manager.findOneBy(AgreementEntity, {
        [SUBJECT_COLUMN[kind]]: subjectId,
      });
      if (!agreement) {
        const inserted = await manager.insert(AgreementEntity, {
          [SUBJECT_COLUMN[kind]]: subjectId,
          createdAt: now,
        });
        agreement = await manager.findOneByOrFail(AgreementEntity, {
          id: (inserted.identifiers[0] as { id: string }).id,
        });
      }
      const latest = await manager.findOne(AgreementVersionEntity, {
        where: { agreementId: agreement.id },
        order: { version: 'DESC' },
      });
      if (latest && isDeepStrictEqual(textOf(latest), text)) return agreement.id;
      await manager.insert(AgreementVersionEntity, {
        agreementId: agreement.id,
        version: (latest?.version ?? 0) + 1,
        goals: text.goals,
        activities: text.activities,
        startsOn: text.startsOn,
        endsOn: text.endsOn,
        budgetAmount: text.budget?.amount ?? null,
        budgetCurrency: text.budget?.currency ?? null,
        deciders: text.deciders,
        criteria: text.criteria,
        writtenBy: actor.userId,
        writtenAt: now,
        acceptances: subject.side
          ? { [subject.side]: { by: actor.userId, at: now.toISOString() } }
          : {},
      });
      return agreement.id;
    });
    return this.get(actor, id);
  }

  /**
   * A side accepts the latest version, named by its number so that nobody accepts a version they
   * have not read. Accepting it again changes nothing.
   */
  async accept(actor: Actor, id: string, version: number): Promise<AgreementView> {
    // Who is accepting, and for which side; the criteria are counted once, for the answer.
    const current = await this.findVisible(actor, id);
    const side = current.subject.side;
    if (!side) throw notASide(current.subject.kind);
    await this.dataSource.transaction(async (manager) => {
      const [kind, subjectId] = subjectOf(current.agreement);
      await transactionLock(manager, `agreement:${kind}:${subjectId}`);
      const latest = await manager.findOneOrFail(AgreementVersionEntity, {
        where: { agreementId: id },
        order: { version: 'DESC' },
      });
      if (latest.version !== version) {
        throw new ConflictError(
          'agreement.not-latest',
          `Version ${version} is not the latest: version ${latest.version} has been written since. Read it, then accept it.`,
        );
      }
      if (latest.acceptances[side]) return;
      latest.acceptances = {
        ...latest.acceptances,
        [side]: { by: actor.userId, at: this.clock.now().toISOString() },
      };
      await manager.save(AgreementVersionEntity, latest);
    });
    return this.get(actor, id);
  }

  private async view(
    manager: EntityManager,
    agreement: AgreementEntity,
    subject: AgreementSubject,
  ): Promise<AgreementView> {
    const versions = await manager.find(AgreementVersionEntity, {
      where: { agreementId: agreement.id },
      order: { version: 'ASC' },
    });
    const progress = await this.progressOf(manager, subject, versions[versions.length - 1]);
    return { agreement, subject, ...agreementStatus(subject.kind, versions), versions, progress };
  }

  /** A version's criteria, each counted over its period on today's date. */
  async progressOf(
    manager: EntityManager,
    subject: Pick<AgreementSubject, 'kind' | 'id' | 'calendar'>,
    version: AgreementVersionEntity,
  ): Promise<CriterionProgress[]> {
    const now = this.clock.now();
    const today = localDateOf(now, subject.calendar.timezone);
    return Promise.all(
      version.criteria.map(async (criterion) => {
        const period = currentPeriod(criterion.period, today, subject.calendar, version);
        const actual = await countMetric(
          manager,
          criterion.metric,
          subject,
          period,
          subject.calendar.timezone,
          now,
        );
        return criterionProgress(criterion, period, actual, today);
      }),
    );
  }
}

export function subjectOf(agreement: AgreementEntity): [SubjectKind, string] {
  if (agreement.adoptionId) return ['adoption', agreement.adoptionId];
  if (agreement.programmeId) return ['programme', agreement.programmeId];
  return ['donation-programme', agreement.donationProgrammeId!];
}

function textOf(version: AgreementVersionEntity): AgreementText {
  return {
    goals: version.goals,
    activities: version.activities,
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    budget: budgetOf(version),
    deciders: version.deciders,
    criteria: version.criteria,
  };
}

function notASide(kind: SubjectKind): ForbiddenError {
  return new ForbiddenError(
    'agreement.not-a-side',
    `Only the two sides of the partnership accept its agreement: ${SIDES[kind].join(' and ')}.`,
  );
}

/** The rules a version keeps beyond its fields' shapes, each problem naming its field. */
function checkText(kind: SubjectKind, text: AgreementText): void {
  const problems: { field: string; code: string; message: string }[] = [];
  if (text.endsOn < text.startsOn) {
    problems.push({
      field: 'endsOn',
      code: 'agreement.period',
      message: 'must be on or after startsOn',
    });
  }
  const sides = SIDES[kind];
  const named = text.deciders.map((decider) => decider.side).sort();
  if (!isDeepStrictEqual(named, [...sides].sort())) {
    problems.push({
      field: 'deciders',
      code: 'agreement.deciders',
      message: `must name one person who can decide for each side: ${sides.join(' and ')}`,
    });
  }
  text.criteria.forEach((criterion, index) => {
    const kinds: readonly SubjectKind[] = METRICS[criterion.metric];
    if (!kinds.includes(kind)) {
      problems.push({
        field: `criteria.${index}.metric`,
        code: 'agreement.metric',
        message: `is not counted for this kind of partnership; one of ${Object.keys(METRICS)
          .filter((metric) =>
            (METRICS[metric as keyof typeof METRICS] as readonly string[]).includes(kind),
          )
          .join(', ')}`,
      });
    }
  });
  if (problems.length > 0) throw invalidFields(problems);
}
