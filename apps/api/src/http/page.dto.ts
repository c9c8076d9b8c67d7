import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '@app/core';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` value of the previous page.' })
  @IsOptional()
  // An identifier: base64url, as the list gave it out.
  @Matches(/^[\w-]{1,2000}$/, { message: 'is not a cursor this list gave out' })
  cursor?: string;
}

/** A page of a list; `next` is the cursor for the following page, null on the last. */
export function pageOf<T, R>(page: { items: T[]; next: string | null }, map: (item: T) => R) {
  return { items: page.items.map(map), next: page.next };
}

export class PageDto {
  @ApiProperty({ type: String, nullable: true, description: 'Cursor for the next page, or null.' })
  next: string | null;
}
