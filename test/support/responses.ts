import type { Response } from 'supertest';

/** A JSON body as the API answers it; what it holds is what the expectations check. */
export type Json = Response['body'];

/** The body of a response with the expected status; shows the body when the status is wrong. */
export function ok(response: Response, status: number): Json {
  expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
  return response.body;
}

/** A refusal with its status and code, and, when given, a message that says what the rule is. */
export function refused(response: Response, status: number, code: string, rule?: RegExp): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  if (rule) expect(response.body.message).toMatch(rule);
}

/** A 400 that names the field among its details, and in its message. */
export function invalid(response: Response, field: string): void {
  const fields = ((response.body.details ?? []) as { field: string }[]).map((d) => d.field);
  expect({ status: response.status, fields }).toEqual({
    status: 400,
    fields: expect.arrayContaining([field]),
  });
  expect(response.body.message).toContain(field);
}
