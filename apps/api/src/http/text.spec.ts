import { DomainError } from '@app/core';
import { MultiLine, SingleLine } from './text';
import { createValidationPipe } from './validation';

class NoteDto {
  @SingleLine()
  name: string;

  @MultiLine()
  agenda: string;
}

/** What the API's validation pipe makes of a body: the value, or the 400 it answers. */
async function check(body: object): Promise<object | DomainError> {
  try {
    return (await createValidationPipe().transform(body, {
      type: 'body',
      metatype: NoteDto,
    })) as object;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const fieldsOf = (outcome: object | DomainError) =>
  outcome instanceof DomainError
    ? { kind: outcome.kind, code: outcome.code, fields: outcome.details.map((d) => d.field) }
    : outcome;

describe('single-line and multi-line text', () => {
  it('takes a name on one line and an agenda over several lines', async () => {
    const body = { name: 'Jonas Kjær', agenda: 'Rundvisning\r\nFrokost\n\tByggeværksted' };
    expect(await check(body)).toEqual(body);
  });

  it('refuses a name with CR LF, naming the field', async () => {
    const outcome = await check({ name: 'Eve\r\nATTENDEE:mailto:x@evil.test', agenda: '' });
    expect(fieldsOf(outcome)).toEqual({
      kind: 'invalid',
      code: 'request.invalid',
      fields: ['name'],
    });
    expect((outcome as DomainError).message).toBe(
      'name: must be one line without control characters (line breaks, tabs, NUL)',
    );
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['LF', 'a\nb'],
    ['a tab', 'a\tb'],
    ['ESC', 'a\u001bb'],
    ['DEL', 'a\u007fb'],
    ['NEL', 'a\u0085b'],
    ['a line separator', 'a\u2028b'],
  ])('refuses a name with %s', async (_what, name) => {
    expect(fieldsOf(await check({ name, agenda: '' }))).toMatchObject({ fields: ['name'] });
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone CR', 'a\rb'],
    ['a form feed', 'a\fb'],
    ['ESC', 'a\u001b[31mb'],
    ['DEL', 'a\u007fb'],
  ])('refuses an agenda with %s, naming the field', async (_what, agenda) => {
    const outcome = await check({ name: 'Jonas', agenda });
    expect(fieldsOf(outcome)).toEqual({
      kind: 'invalid',
      code: 'request.invalid',
      fields: ['agenda'],
    });
    expect((outcome as DomainError).message).toBe(
      'agenda: must not contain control characters other than line breaks and tabs',
    );
  });

  it('still refuses what is not a string', async () => {
    expect(fieldsOf(await check({ name: 42, agenda: ['x'] }))).toMatchObject({
      fields: ['name', 'agenda'],
    });
  });
});
