import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** What the API answered instead of success: its status, its stable `code` and its message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/**
 * The typed client of the API, generated from openapi.json. The browser sends the session
 * cookie itself (same origin), and an Origin header with every change, as the API demands.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function isErrorBody(value: unknown): value is { code: string; message: string; details?: [] } {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** The answer's data, or an ApiError with the API's code (or `http.<status>` without one). */
export async function data<T>(answer: Promise<Answer<T>>): Promise<T> {
  const { data: body, error, response } = await answer;
  if (response.ok) return body as T;
  if (isErrorBody(error)) {
    throw new ApiError(response.status, error.code, error.message, error.details ?? []);
  }
  throw new ApiError(response.status, `http.${response.status}`, response.statusText);
}
