import { ApiProperty } from '@nestjs/swagger';

/**
 * Another object named where it is referred to, so that a screen can show it without reading it
 * (a person, a company, a school): its id and its name.
 */
export class NamedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** Named objects in the order a screen lists them: by name, then by id. */
export function byName(items: { id: string; name: string }[]): NamedDto[] {
  return items
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The named object behind an id, from the names a service looked up for it. */
export function named(id: string, names: ReadonlyMap<string, string>): NamedDto {
  return { id, name: names.get(id) ?? '' };
}
