import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../accounts/actor';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { ForbiddenError } from '../errors/domain-error';
import { Page, paginate, PageRequest } from '../pagination';
import { loadSubject, SUBJECT_COLUMN, SUBJECT_SQL_COLUMN } from './agreement-subjects';
import { SIDES, SubjectKind } from './agreement-terms';
import { PartnershipUpdateEntity } from './partnership-update.entity';

export type PartnershipUpdate = PartnershipUpdateEntity & { authorName: string | null };

/** The short log in which either side keeps the other informed. */
@Injectable()
export class PartnershipUpdatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Either side (or an admin) writes a few lines. */
  async write(
    actor: Actor,
    kind: SubjectKind,
    subjectId: string,
    text: string,
  ): Promise<PartnershipUpdate> {
    const subject = await loadSubject(this.dataSource.manager, actor, kind, subjectId);
    if (!subject.side && !actor.isAdmin) {
      throw new ForbiddenError(
        'update.not-a-side',
        `Only the two sides of the partnership write its updates: ${SIDES[kind].join(' and ')}.`,
      );
    }
    const inserted = await this.dataSource.getRepository(PartnershipUpdateEntity).insert({
      [SUBJECT_COLUMN[kind]]: subjectId,
      authorId: actor.userId,
      side: subject.side,
      text,
      createdAt: this.clock.now(),
    });
    const update = await this.dataSource
      .getRepository(PartnershipUpdateEntity)
      .findOneByOrFail({ id: (inserted.identifiers[0] as { id: string }).id });
    return { ...update, authorName: actor.name };
  }

  /** The partnership's updates, oldest first, to whoever may see the partnership. */
  async list(
    actor: Actor,
    kind: SubjectKind,
    subjectId: string,
    request: PageRequest,
  ): Promise<Page<PartnershipUpdate>> {
    await loadSubject(this.dataSource.manager, actor, kind, subjectId);
    const page = await paginate(
      this.dataSource
        .getRepository(PartnershipUpdateEntity)
        .createQueryBuilder('update')
        .where(`update.${SUBJECT_SQL_COLUMN[kind]} = :subjectId`, { subjectId }),
      'createdAt',
      (update) => update.createdAt.toISOString(),
      request,
    );
    const authorIds = [...new Set(page.items.map((update) => update.authorId).filter(Boolean))];
    const authors = authorIds.length
      ? await this.dataSource
          .getRepository(UserEntity)
          .createQueryBuilder('user')
          .select(['user.id', 'user.name'])
          .where('user.id IN (:...authorIds)', { authorIds })
          .getMany()
      : [];
    const names = new Map(authors.map((author) => [author.id, author.name]));
    return {
      ...page,
      items: page.items.map((update) => ({
        ...update,
        authorName: update.authorId ? (names.get(update.authorId) ?? null) : null,
      })),
    };
  }
}
