import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { INestApplication } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '@app/config';
import { ApiModule } from '../api.module';
import { MULTI_LINE, SINGLE_LINE } from './text';

// Where class-transformer keeps @Type(), which tells what a nested field holds.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};

// Every text field of every request (bodies, queries and the forms of the server-rendered
// pages) refuses control characters: free text through @SingleLine() or @MultiLine(), and
// identifiers through a format that has no room for them. A field added later without either
// fails here.

type DtoClass = new () => object;

/** Formats that hold an identifier; each is checked below to refuse control characters. */
const IDENTIFIER_FORMATS = [
  'isUuid',
  'isEmailAddress',
  'isEnum',
  'isIn',
  'isIso8601',
  'matches',
  'isTimeZone',
];

/** Control characters that no field takes, and those a multi-line field takes. */
const REFUSED_EVERYWHERE = ['\u0000', '\r', '\u001b', '\u007f', '\u0085'];
const REFUSED_IN_ONE_LINE = ['\n', '\r\n', '\t'];

interface StringProperty {
  dto: DtoClass;
  property: string;
  validators: string[];
  isArray: boolean;
  /** A value the field takes, from the OpenAPI description where there is one. */
  sample: string;
}

const FORMAT_SAMPLES: Record<string, string> = {
  uuid: '3f2b1c4e-8d9a-4b7c-9e1f-2a3b4c5d6e7f',
  date: '2026-09-01',
  'date-time': '2026-10-07T09:00:00+02:00',
};

function validatorsOf(dto: DtoClass, property: string): string[] {
  return getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .filter((metadata) => metadata.propertyName === property)
    .map((metadata) => metadata.name ?? metadata.type);
}

function swaggerOf(dto: DtoClass, property: string): Record<string, unknown> {
  return (Reflect.getMetadata('swagger/apiModelProperties', dto.prototype, property) ??
    {}) as Record<string, unknown>;
}

/** The request DTOs of every route, and the classes nested in them. */
async function requestDtos(): Promise<Map<DtoClass, string>> {
  const app: INestApplication = await NestFactory.create(
    ApiModule.register({ config: loadConfig({}) }),
    { preview: true, logger: false },
  );
  const found = new Map<DtoClass, string>();
  const visit = (dto: DtoClass, where: string) => {
    if (found.has(dto)) return;
    found.set(dto, where);
    const properties = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(dto, '', true, false)
        .map((metadata) => metadata.propertyName),
    );
    for (const property of properties) {
      const nested = defaultMetadataStorage.findTypeMetadata(dto, property)?.typeFunction();
      if (typeof nested === 'function' && nested !== Number && nested !== String) {
        visit(nested as DtoClass, `${where}.${property}`);
      }
    }
  };
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [
    ...module.controllers.values(),
  ]);
  for (const { metatype } of controllers) {
    const controller = metatype as DtoClass;
    for (const method of Object.getOwnPropertyNames(controller.prototype)) {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
        string,
        { index: number }
      >;
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ??
        []) as unknown[];
      for (const [key, { index }] of Object.entries(args)) {
        const kind = key.split(':')[0];
        if (kind !== String(RouteParamtypes.BODY) && kind !== String(RouteParamtypes.QUERY)) {
          continue;
        }
        const type = types[index];
        if (typeof type === 'function' && type !== Object && type !== String) {
          visit(type as DtoClass, `${controller.name}.${method}`);
        }
      }
    }
  }
  await app.close();
  return found;
}

function stringProperties(dto: DtoClass): StringProperty[] {
  const properties = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  return [...properties].flatMap((property) => {
    const validators = validatorsOf(dto, property);
    const swagger = swaggerOf(dto, property);
    const designType: unknown = Reflect.getMetadata('design:type', dto.prototype, property);
    const swaggerType = Array.isArray(swagger.type) ? swagger.type[0] : swagger.type;
    const isArray = Array.isArray(swagger.type) || swagger.isArray === true;
    const isString =
      designType === String ||
      swaggerType === String ||
      swaggerType === 'string' ||
      validators.some((name) => ['isString', SINGLE_LINE, MULTI_LINE].includes(name)) ||
      (isArray && validators.includes('isUuid'));
    if (!isString) return [];
    const enumValues: unknown[] = Array.isArray(swagger.enum)
      ? swagger.enum
      : swagger.enum
        ? Object.values(swagger.enum)
        : [];
    const sample =
      (swagger.example as string | undefined) ??
      (typeof swagger.default === 'string' ? swagger.default : undefined) ??
      (enumValues[0] as string | undefined) ??
      FORMAT_SAMPLES[swagger.format as string] ??
      'text';
    return [{ dto, property, validators, isArray, sample }];
  });
}

/** The messages class-validator gives for one property of a body holding only that property. */
function problemsWith(dto: DtoClass, property: string, value: unknown): string[] {
  const errors = validateSync(plainToInstance(dto, { [property]: value }));
  const own = errors.find((error: ValidationError) => error.property === property);
  return Object.values(own?.constraints ?? {});
}

describe('text in requests', () => {
  let dtos: Map<DtoClass, string>;
  let properties: StringProperty[];

  beforeAll(async () => {
    dtos = await requestDtos();
    properties = [...dtos.keys()].flatMap(stringProperties);
  });

  const label = ({ dto, property }: StringProperty) => `${dto.name}.${property}`;

  it('finds the request DTO of every operation in the OpenAPI document, and the forms', () => {
    const document = JSON.parse(
      readFileSync(resolve(__dirname, '../../../../openapi.json'), 'utf8'),
    ) as { paths: Record<string, Record<string, { requestBody?: object }>> };
    const bodies = Object.values(document.paths)
      .flatMap((operations) => Object.values(operations))
      .map((operation) => JSON.stringify(operation.requestBody ?? {}).match(/schemas\/(\w+)/)?.[1])
      .filter((name): name is string => name !== undefined);
    const names = [...dtos.keys()].map((dto) => dto.name);
    expect(names).toEqual(expect.arrayContaining([...new Set(bodies)]));
    expect(names).toEqual(
      expect.arrayContaining([
        'SignInFormDto',
        'SignInQueryDto',
        'AnswerFormDto',
        'AnswerQueryDto',
      ]),
    );
    // Nested bodies are walked too.
    expect(names).toEqual(expect.arrayContaining(['SlotDto', 'ClosedPeriodDto', 'ScheduleDto']));
  });

  it('marks every text field @SingleLine() or @MultiLine(), unless an identifier format holds it', () => {
    const unmarked = properties
      .filter(({ validators }) =>
        [SINGLE_LINE, MULTI_LINE, ...IDENTIFIER_FORMATS].every(
          (name) => !validators.includes(name),
        ),
      )
      .map(label);
    expect(unmarked).toEqual([]);
  });

  it('refuses control characters in every text and identifier field', () => {
    const takes: string[] = [];
    for (const field of properties) {
      const multiLine = field.validators.includes(MULTI_LINE);
      const refused = multiLine
        ? REFUSED_EVERYWHERE
        : [...REFUSED_EVERYWHERE, ...REFUSED_IN_ONE_LINE];
      for (const character of refused) {
        for (const text of [`${field.sample}${character}`, `${character}${field.sample}`]) {
          const value = field.isArray ? [text] : text;
          if (problemsWith(field.dto, field.property, value).length === 0) {
            takes.push(`${label(field)} takes ${JSON.stringify(text)}`);
          }
        }
      }
    }
    expect(takes).toEqual([]);
  });

  it('takes the sample value of every identifier field, so the refusals above are about the control characters', () => {
    const refused = properties
      .filter(
        ({ validators }) => !validators.includes(SINGLE_LINE) && !validators.includes(MULTI_LINE),
      )
      .filter(
        (field) =>
          problemsWith(field.dto, field.property, field.isArray ? [field.sample] : field.sample)
            .length > 0,
      )
      .map((field) => `${label(field)} refuses ${JSON.stringify(field.sample)}`);
    expect(refused).toEqual([]);
  });
});
