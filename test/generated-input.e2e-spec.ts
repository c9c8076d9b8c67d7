import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Response } from 'supertest';
import { DeliveryEntity, DeliveryStatus, MessageEntity } from '@app/messaging';
import { adoptClass, apiCaller, runProgramme, shiftsOf } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// Random input to every operation of the OpenAPI document, from a caller of every role and from
// nobody: random strings in the path (full Unicode, percent-encoded junk, very long, `%00`, and
// the real ids of the world below so the code behind them runs), random query strings, random
// JSON and bodies shaped like the operation's schema with some fields wrong. No answer may be a
// 5xx, and a refused request may change nothing in the database. The seed is fixed, so a run
// is repeatable; a failure names it.

const SEED = 20_261_001;
/** Requests per operation and caller. */
const RUNS = 5;
const START = new Date('2026-09-01T08:00:00+02:00');

type Caller = 'admin' | 'teacher' | 'contact' | 'volunteer' | 'coordinator' | 'anonymous';
const CALLERS: Caller[] = ['admin', 'teacher', 'contact', 'volunteer', 'coordinator', 'anonymous'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}

interface Operation {
  method: Method;
  /** The path as the document writes it, e.g. `/api/v1/visits/{id}/confirm`. */
  path: string;
  label: string;
  parameters: Parameter[];
  body?: Schema;
  /** A form of a server-rendered page rather than JSON. */
  form?: boolean;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: Schema }> };
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

const DOCUMENT = JSON.parse(
  readFileSync(resolve(__dirname, '../openapi.json'), 'utf8'),
) as OpenApiDocument;

/** Ending an adoption or cancelling comes last, so that the other operations find them alive. */
const ends = (operation: Operation) => /\/(end|cancel)$/.test(operation.path);

const OPERATIONS: Operation[] = [
  ...Object.entries(DOCUMENT.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method as Method,
      path,
      label: `${method.toUpperCase()} ${path}`,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content['application/json']?.schema,
    })),
  ),
  // The server-rendered pages are left out of the document; their forms are requests too. The
  // calendar feed (GET /feeds/:token.ics) and the queue dashboard (/admin/queues) are not here:
  // their secrets and cookies are another part of issue 10, with tests of their own.
  ...(['get', 'post'] as const).flatMap((method) =>
    ['/sign-in', '/visit-answers'].map((path) => ({
      method,
      path,
      label: `${method.toUpperCase()} ${path}`,
      parameters:
        method === 'get'
          ? [{ name: 'token', in: 'query' as const, schema: { type: 'string' } }]
          : [],
      body:
        method === 'post'
          ? {
              type: 'object',
              properties: { token: { type: 'string' }, reason: { type: 'string' } },
              required: ['token'],
            }
          : undefined,
      form: true,
    })),
  ),
].sort((a, b) => Number(ends(a)) - Number(ends(b)));

function resolveSchema(schema: Schema): Schema {
  if (schema.$ref) {
    return resolveSchema(DOCUMENT.components.schemas[schema.$ref.split('/').pop()!]);
  }
  if (schema.allOf?.length === 1) return resolveSchema(schema.allOf[0]);
  return schema;
}

/** What a real id names, by the path segment before it: `/visits/{id}` takes a visit's. */
const KINDS = [
  'users',
  'schools',
  'companies',
  'partners',
  'classes',
  'adoptions',
  'visits',
  'programmes',
  'shifts',
  'deliveries',
] as const;
type Kind = (typeof KINDS)[number];

/** The real objects of the world, for path parameters and ids in bodies. */
interface World {
  tokens: Record<Caller, string | null>;
  ids: Record<Kind, string[]>;
}

/** The kind of object a body field names, from its name. */
function kindOfField(name: string): Kind[] {
  if (/^class/.test(name)) return ['classes'];
  if (/^compan/.test(name)) return ['companies'];
  if (/^partner/.test(name)) return ['partners'];
  if (/^adoption/.test(name)) return ['adoptions'];
  if (/^organisation/.test(name)) return ['schools', 'companies', 'partners'];
  if (/^(user|contactPerson|teacher|host|coordinator)/.test(name)) return ['users'];
  return [...KINDS];
}

// --- Generators -----------------------------------------------------------------------------

/** For the URL; a lone surrogate, which no URL can carry, becomes U+FFFD first. */
const encode = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/gu, '\ufffd'));

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Text as it may arrive in a path or a query, already encoded for the URL. */
const junkInUrl: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map(encode),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }).map(encode),
  // Bytes, most of them no UTF-8 at all.
  fc
    .array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 30 })
    .map((bytes) => bytes.map(hex).join('')),
  fc.constantFrom(
    '%00',
    'a%00b',
    '%',
    '%zz',
    '%E2%82',
    '%C0%AE%C0%AE',
    '..',
    '%2e%2e',
    '%2F',
    '%0D%0A',
    'null',
    '-1',
    '1e400',
    'NaN',
    '%5B%5D',
    '%7B%7D',
    '%20',
  ),
  fc.constantFrom('a'.repeat(10_000), '%F0%9F%98%80'.repeat(1_500)),
  fc.uuid().map((uuid) => `${uuid}%00`),
  fc.uuid().map((uuid) => uuid.toUpperCase()),
);

/** Text as it may arrive in JSON. */
const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\r\n', '\ud800', 'x'.repeat(5_000), '0', '-1'),
);

const dates = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2029-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '0001-01-01',
      '0100-01-01',
      '0999-12-31',
      '1000-01-01',
      '9998-12-31',
      '9999-12-31',
      '1970-01-01',
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-9-1',
    ),
  },
);

const instants = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({
        min: new Date('2026-08-01T00:00:00Z'),
        max: new Date('2027-08-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString()),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2026-10-21T09:00:00+02:00',
      '2026-10-21T12:00:00+02:00',
      '2026-10-25T02:30:00+02:00',
      '0001-01-01T00:00:00Z',
      '0100-01-01T08:00:00+14:00',
      '1000-01-01T00:00:00+14:00',
      '9999-12-31T23:59:59+14:00',
      '9999-12-31T20:00:00-14:00',
      '2026-10-21T09:00:00',
      '2026-10-21T25:00:00Z',
    ),
  },
);

/** Dates and times in the school year of the world, as a caller who means it would send. */
const plausibleDates = fc
  .date({
    min: new Date('2026-08-01T00:00:00Z'),
    max: new Date('2027-07-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const plausibleInstants = fc
  .date({
    min: new Date('2026-08-01T00:00:00Z'),
    max: new Date('2027-07-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => `${date.toISOString().slice(0, 14)}00:00.000Z`);

const numbers = (schema: Schema) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.integer({
        min: (schema.minimum ?? 0) - 1,
        max: (schema.maximum ?? (schema.minimum ?? 0) + 30) + 1,
      }),
    },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(0, -0, 0.5, 1.25, 1e-7, 1e308, -1e308, 2 ** 53, 2 ** 31),
    },
  );

/** An example with other digits in it: 0000/01 for 2026/27, 99:99 for 16:00. */
function otherDigits(example: string): fc.Arbitrary<string> {
  const digits = example.replace(/\D/g, '').length;
  return fc
    .array(fc.constantFrom('0', '1', '2', '9'), { minLength: digits, maxLength: digits })
    .map((chosen) => {
      let next = 0;
      return example.replace(/\d/g, () => chosen[next++]);
    });
}

/** Any JSON at all, or text where none was meant. */
const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), junkText, fc.constant(null));

const MISSING = Symbol('missing');

/**
 * A value for a schema. Loose: mostly what it asks for, now and then wrong, a required field
 * left out, an unknown one added. Strict: only what it asks for, so that the request gets past
 * the validation to the rules behind it.
 */
function shaped(
  schema: Schema,
  world: World,
  strict: boolean,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const right = rightFor(resolveSchema(schema), world, strict, name, depth);
  return strict
    ? right
    : fc.oneof({ arbitrary: right, weight: 12 }, { arbitrary: wrong, weight: 1 });
}

function rightFor(
  schema: Schema,
  world: World,
  strict: boolean,
  name: string,
  depth: number,
): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      if (depth > 3 || !schema.properties) return fc.jsonValue({ maxDepth: 1 });
      const required = new Set(schema.required ?? []);
      const properties = Object.fromEntries(
        Object.entries(schema.properties).map(([field, property]) => {
          const value = shaped(property, world, strict, field, depth + 1);
          // Strict: every required field; loose: now and then one is left out.
          if (strict && required.has(field)) return [field, value];
          return [field, fc.option(value, { freq: required.has(field) ? 15 : 2, nil: MISSING })];
        }),
      );
      const unknown = strict
        ? fc.constant({})
        : fc.oneof(
            { weight: 9, arbitrary: fc.constant({}) },
            {
              weight: 1,
              arbitrary: fc.dictionary(
                fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor')),
                wrong,
                { maxKeys: 2 },
              ),
            },
          );
      return fc.tuple(fc.record(properties), unknown).map(([known, extra]) => ({
        ...Object.fromEntries(Object.entries(known).filter(([, value]) => value !== MISSING)),
        ...extra,
      }));
    }
    case 'array':
      return fc.array(shaped(schema.items ?? {}, world, strict, name, depth + 1), {
        minLength: strict ? (schema.minItems ?? 0) : 0,
        maxLength: strict ? (schema.maxItems ?? 3) : (schema.maxItems ?? 3) + 1,
      });
    case 'integer':
    case 'number':
      // The document gives the weekdays of a schedule no bounds.
      if (strict && name === 'weekdays') return fc.integer({ min: 1, max: 7 });
      return strict
        ? fc.integer({
            min: schema.minimum ?? 0,
            max: schema.maximum ?? (schema.minimum ?? 0) + 30,
          })
        : numbers(schema);
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (schema.format === 'uuid') {
        const real = fc.constantFrom(...kindOfField(name).flatMap((kind) => world.ids[kind]));
        return strict
          ? real
          : fc.oneof({ weight: 4, arbitrary: real }, { weight: 1, arbitrary: fc.uuid() });
      }
      if (schema.format === 'date') return strict ? plausibleDates : dates;
      if (schema.format === 'date-time') return strict ? plausibleInstants : instants;
      if (strict) {
        return schema.example !== undefined
          ? fc.constant(schema.example)
          : fc.stringMatching(/^[A-Za-zÆØÅæøå0-9 .,-]{1,30}$/);
      }
      return fc.oneof(
        ...(schema.example !== undefined
          ? [{ weight: 3, arbitrary: fc.constant(schema.example) }]
          : []),
        ...(typeof schema.example === 'string' && /\d/.test(schema.example)
          ? [{ weight: 2, arbitrary: otherDigits(schema.example) }]
          : []),
        { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
        { weight: 1, arbitrary: junkText },
      );
    default:
      return wrong;
  }
}

interface RandomRequest {
  path: string;
  query: string;
  body?: { json: unknown } | { raw: string } | { form: Record<string, unknown> };
}

function pathValue(operation: Operation, parameter: Parameter, world: World): fc.Arbitrary<string> {
  const before = operation.path.split(`/{${parameter.name}}`)[0].split('/').pop() as Kind;
  const real = parameter.schema?.enum
    ? fc.constantFrom(...parameter.schema.enum.map(String))
    : fc.constantFrom(...(world.ids[before] ?? Object.values(world.ids).flat()));
  return fc.oneof({ arbitrary: real, weight: 4 }, { arbitrary: junkInUrl, weight: 1 });
}

/** A cursor as a list gives it out: base64url of its sort value and an id; or one that is not. */
const cursors = fc
  .tuple(fc.oneof(junkText, instants, fc.jsonValue({ maxDepth: 1 })), fc.oneof(fc.uuid(), junkText))
  .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));

function queryValues(parameter: Parameter, world: World): fc.Arbitrary<string[]> {
  const right =
    parameter.name === 'cursor'
      ? cursors
      : rightFor(resolveSchema(parameter.schema ?? {}), world, false, parameter.name, 0);
  const value = fc.oneof(
    { weight: 3, arbitrary: right.map((one) => encode(String(one))) },
    { weight: 1, arbitrary: junkInUrl },
  );
  // The same key twice is an array to the query parser.
  return fc.oneof(
    { weight: 9, arbitrary: value.map((one) => [one]) },
    { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }) },
  );
}

function requestFor(operation: Operation, world: World): fc.Arbitrary<RandomRequest> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const path = fc
    .tuple(...pathParameters.map((parameter) => pathValue(operation, parameter, world)))
    .map((values) =>
      pathParameters.reduce(
        (path, parameter, index) => path.replace(`{${parameter.name}}`, values[index]),
        operation.path,
      ),
    );
  const extraQuery = fc.oneof(
    { weight: 9, arbitrary: fc.constant([]) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc.tuple(
          fc.oneof(junkInUrl, fc.constantFrom('a[b]', '__proto__', 'constructor')),
          junkInUrl,
        ),
        { minLength: 1, maxLength: 2 },
      ),
    },
  );
  const query = fc
    .tuple(
      fc.tuple(
        ...queryParameters.map((parameter) =>
          fc
            .option(queryValues(parameter, world), { freq: 2 })
            .map((values) => (values ?? []).map((value) => `${parameter.name}=${value}`)),
        ),
      ),
      extraQuery,
    )
    .map(([known, extra]) =>
      [...known.flat(), ...extra.map(([key, value]) => `${key}=${value}`)].join('&'),
    );
  const schema = operation.body ? resolveSchema(operation.body) : undefined;
  let body: fc.Arbitrary<RandomRequest['body']>;
  if (operation.form && schema) {
    body = fc.oneof(
      rightFor(schema, world, false, '', 0).map((value) => ({
        form: value as Record<string, unknown>,
      })),
      fc
        .dictionary(fc.string({ maxLength: 8 }), junkText, { maxKeys: 3 })
        .map((form) => ({ form })),
    );
  } else if (schema) {
    body = fc.oneof(
      { weight: 3, arbitrary: shaped(schema, world, true).map((json) => ({ json })) },
      { weight: 3, arbitrary: shaped(schema, world, false).map((json) => ({ json })) },
      { weight: 1, arbitrary: fc.jsonValue().map((json) => ({ json })) },
      {
        weight: 1,
        arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((raw) => ({ raw })),
      },
    );
  } else {
    body = fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((json) => ({ json })) },
    );
  }
  return fc.record({ path, query, body });
}

// --- The database before and after ----------------------------------------------------------

/** A digest of every table: its rows, in a stable order. */
async function fingerprint(stack: TestStack, tables: string[]): Promise<Map<string, string>> {
  const rows = await stack.dataSource.query<{ i: number; n: number; digest: string }[]>(
    tables
      .map(
        (table, index) =>
          `SELECT ${index} AS i, count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
      )
      .join(' UNION ALL '),
  );
  return new Map(rows.map((row) => [tables[row.i], `${row.n}:${row.digest}`]));
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
}

// --- The test -------------------------------------------------------------------------------

describe('random input to every operation', () => {
  let stack: TestStack;
  let world: World;
  let tables: string[];
  let state: Map<string, string>;
  let address = 0;
  const succeeded = new Map<string, number>();

  beforeAll(async () => {
    // The stack trusts one proxy hop, so that each request can come from an address of its
    // own and the per-address limits of the public routes do not hide what is behind them. No
    // worker: nothing but the requests changes the database while the test compares it.
    stack = await startTestStack({ clockStart: START, worker: false, env: { TRUST_PROXY: '1' } });
    const call = apiCaller(stack);

    const adoption = await adoptClass(stack, { companyName: 'LEGO' });
    const schoolClass = (await call(adoption.admin, 'get', `/classes/${adoption.classId}`)).body;
    const adoptionBody = (await call(adoption.admin, 'get', `/adoptions/${adoption.adoptionId}`))
      .body;
    const requested = await call(
      adoption.teacher,
      'post',
      `/adoptions/${adoption.adoptionId}/visits`,
      {
        kind: 'class-visit',
        location: 'LEGO House',
        agenda: 'Rundvisning',
        slots: [{ start: '2026-10-21T09:00:00+02:00', end: '2026-10-21T12:00:00+02:00' }],
      },
    );
    const preparation = await call(
      adoption.teacher,
      'post',
      `/adoptions/${adoption.adoptionId}/visits`,
      {
        kind: 'preparation',
        location: 'Skolen',
        agenda: 'Forberedelse',
        slots: [{ start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T10:00:00+02:00' }],
      },
    );
    await call(adoption.contact, 'post', `/visits/${preparation.body.id}/confirm`, { slot: 0 });
    await call(adoption.contact, 'post', `/adoptions/${adoption.adoptionId}/hours`, {
      date: '2026-09-01',
      hours: 1.5,
      activity: 'planning',
    });

    const programme = await runProgramme(stack, { startsOn: '2026-09-02', weekdays: [3] });
    const volunteer = await programme.volunteer();
    const shifts = await shiftsOf(stack, programme.programmeId, programme.coordinator);
    await call(volunteer, 'post', `/shifts/${shifts[0].id}/signups`);
    const programmeBody = (
      await call(programme.coordinator, 'get', `/programmes/${programme.programmeId}`)
    ).body;

    // A failed delivery and a sent one, for the admin's delivery routes.
    const messages = await stack.dataSource.getRepository(MessageEntity).find({ take: 2 });
    const deliveries = await Promise.all(
      messages.map((message, index) =>
        stack.dataSource.getRepository(DeliveryEntity).save({
          messageId: message.id,
          to: message.recipientEmail,
          subject: 'Emne',
          text: 'Tekst',
          html: '<p>Tekst</p>',
          calendar: null,
          calendarMethod: null,
          status: index === 0 ? DeliveryStatus.Failed : DeliveryStatus.Sent,
          attempts: 1,
          lastError: index === 0 ? 'Mail server said no' : null,
          smtpMessageId: `<${message.id}@scheduler.test>`,
          renderedAt: START,
          sentAt: index === 0 ? null : START,
        }),
      ),
    );

    const users = {
      admin: adoption.admin,
      teacher: adoption.teacher,
      contact: adoption.contact,
      volunteer,
      coordinator: programme.coordinator,
    };
    const tokens = { anonymous: null } as Record<Caller, string | null>;
    for (const [caller, user] of Object.entries(users)) {
      tokens[caller as Caller] = await stack.tokenFor(user.id);
    }
    world = {
      tokens,
      ids: {
        users: Object.values(users).map((user) => user.id),
        schools: [schoolClass.schoolId],
        companies: [adoptionBody.companyId, programme.companyId],
        partners: [programmeBody.partnerId],
        classes: [adoption.classId],
        adoptions: [adoption.adoptionId],
        visits: [requested.body.id, preparation.body.id],
        programmes: [programme.programmeId],
        shifts: shifts.slice(0, 2).map((shift) => shift.id),
        deliveries: deliveries.map((delivery) => delivery.id),
      },
    };
    for (const [kind, ids] of Object.entries(world.ids)) {
      if (ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
        throw new Error(`The world has no ${kind}`);
      }
    }

    tables = (
      await stack.dataSource.query<{ tablename: string }[]>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      )
    ).map((row) => row.tablename);
    state = await fingerprint(stack, tables);
  });

  afterAll(async () => {
    // Say which requests were left out of the comparison, and how many.
    console.info(
      `Requests that succeeded, left out of the no-change comparison: ${[...succeeded]
        .map(([label, count]) => `${label} ×${count}`)
        .join(', ')}`,
    );
    await stack.stop();
  });

  async function send(
    operation: Operation,
    caller: Caller,
    input: RandomRequest,
  ): Promise<Response> {
    address += 1;
    const url = input.query ? `${input.path}?${input.query}` : input.path;
    let test = stack
      .http()
      [operation.method](url)
      .set('X-Forwarded-For', `198.51.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`)
      .timeout(15_000);
    const token = world.tokens[caller];
    if (token) test = test.set('Authorization', `Bearer ${token}`);
    if (input.body && 'json' in input.body) {
      test = test.set('Content-Type', 'application/json').send(JSON.stringify(input.body.json));
    } else if (input.body && 'raw' in input.body) {
      test = test.set('Content-Type', 'application/json').send(input.body.raw);
    } else if (input.body && 'form' in input.body) {
      test = test
        .type('form')
        .send(
          Object.fromEntries(
            Object.entries(input.body.form ?? {}).map(([key, value]) => [
              key,
              typeof value === 'string' ? value : JSON.stringify(value),
            ]),
          ),
        );
    }
    return test;
  }

  const seedOf = (operation: Operation, caller: Caller) =>
    SEED ^ createHash('sha256').update(`${operation.label} ${caller}`).digest().readInt32LE(0);

  it.each(OPERATIONS.map((operation) => [operation.label, operation]))(
    '%s: no 5xx, and nothing changed by what it refuses',
    async (_label, operation) => {
      const problems: string[] = [];
      for (const caller of CALLERS) {
        const seed = seedOf(operation, caller);
        const inputs = fc.sample(requestFor(operation, world), { seed, numRuns: RUNS });
        for (const [run, input] of inputs.entries()) {
          const what = () =>
            `${caller} ${operation.method.toUpperCase()} ${input.path.slice(0, 200)}?${input.query.slice(0, 200)} ` +
            `body ${JSON.stringify(input.body)?.slice(0, 300)} ` +
            `(seed ${SEED}: sample ${run} of fc.sample with seed ${seed})`;
          let response: Response;
          try {
            response = await send(operation, caller, input);
          } catch (error) {
            problems.push(`${what()}: no answer (${String(error)})`);
            continue;
          }
          const after = await fingerprint(stack, tables);
          if (response.status >= 500) {
            problems.push(`${what()}: ${response.status} ${JSON.stringify(response.body)}`);
          } else if (response.status < 300) {
            // Random input that happened to be a valid request may change what it asked to.
            succeeded.set(operation.label, (succeeded.get(operation.label) ?? 0) + 1);
          } else {
            const changed = changedTables(state, after);
            if (changed.length > 0) {
              problems.push(`${what()}: ${response.status}, yet changed ${changed.join(', ')}`);
            }
          }
          state = after;
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
