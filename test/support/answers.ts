import type { Json } from './responses';
import { TestStack } from './test-stack';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A response as the tests compare it: its status and its JSON body. */
export interface Answer<Body = Json> {
  status: number;
  body: Body;
}

/**
 * Calls the API as a user and answers the status and body, whatever they are:
 * `const call = answerer(stack); await call(teacher, 'post', '/adoptions/…/visits', body)`.
 * A fresh token each time, since tokens expire an hour after the clock's now, which may move.
 */
export function answerer(stack: TestStack) {
  return async <Body = Json>(
    user: { id: string },
    method: Method,
    path: string,
    body?: object,
  ): Promise<Answer<Body>> => {
    const token = await stack.tokenFor(user.id);
    const test = stack.http()[method](`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    const response = body ? await test.send(body) : await test;
    return { status: response.status, body: response.body as Body };
  };
}

/** One request of a race: who sends what where. */
export interface RacingRequest {
  user: { id: string };
  method: Method;
  path: string;
  body?: object;
}

/** Every request is signed first, then all are sent together, so that they race in the API. */
export async function inParallel<Body = Json>(
  stack: TestStack,
  requests: RacingRequest[],
): Promise<Answer<Body>[]> {
  const tokens = await Promise.all(requests.map(({ user }) => stack.tokenFor(user.id)));
  return Promise.all(
    requests.map(async ({ method, path, body }, index) => {
      const test = stack
        .http()
        [method](`/api/v1${path}`)
        .set('Authorization', `Bearer ${tokens[index]}`);
      const response = body ? await test.send(body) : await test;
      return { status: response.status, body: response.body as Body };
    }),
  );
}
