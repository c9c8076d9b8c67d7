import { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { isUUID } from 'class-validator';
import { InvalidFieldError } from './errors/domain-error';

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, or null on the last page. */
  next: string | null;
}

export interface PageRequest {
  limit?: number;
  cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** An instant as a cursor carries it (`toISOString()`), in the years PostgreSQL can hold. */
const CURSOR_INSTANT = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Read back as it was written: not 30 February, which JavaScript takes for 2 March. */
function isInstantAsGivenOut(value: string): boolean {
  const instant = new Date(value);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === value;
}

/**
 * The sort value and id of a cursor this list could have given out. Anything else is refused
 * here, before PostgreSQL sees it: a NUL it cannot hold, or text where it compares instants.
 */
function decodeCursor(cursor: string, instant: boolean): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      !value[0].includes('\u0000') &&
      (!instant || (CURSOR_INSTANT.test(value[0]) && isInstantAsGivenOut(value[0]))) &&
      isUUID(value[1])
    ) {
      return value as [string, string];
    }
  } catch {
    // fall through
  }
  throw new InvalidFieldError('page.cursor', 'cursor', 'is not a cursor this list gave out');
}

/**
 * Keyset pagination over (sort column, id): stable while rows are added, and as fast on the
 * last page as on the first.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sortColumn: string,
  sortValue: (item: T) => string,
  request: PageRequest,
): Promise<Page<T>> {
  const limit = Math.min(request.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const alias = query.alias;
  if (request.cursor) {
    const column = query.expressionMap.mainAlias?.metadata.findColumnWithPropertyName(sortColumn);
    const instant = column?.type === Date || /^timestamp/.test(String(column?.type));
    const [value, id] = decodeCursor(request.cursor, instant);
    query.andWhere(`(${alias}.${sortColumn}, ${alias}.id) > (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.${sortColumn}`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const next =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify([sortValue(last), last.id])).toString('base64url')
      : null;
  return { items, next };
}
