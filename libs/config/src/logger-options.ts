import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from './app-config';

/** Anything pino can write its JSON lines to. */
export type LogDestination = DestinationStream;

const REDACTED = '[redacted]';
/** A 10,000-character URL is someone probing, not something to keep whole. */
const URL_LENGTH = 300;

/**
 * The URL as it may be logged: the path with a feed's secret taken out, and the names of the
 * query's parameters without their values. Every value goes, not just `token`, because Express
 * decodes names too (`?%74oken=` is `token`) and because no value is needed to read a log.
 */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  const path = (query === -1 ? url : url.slice(0, query)).replace(
    /^\/feeds\/[^/]*/i,
    `/feeds/${REDACTED}`,
  );
  const names =
    query === -1
      ? ''
      : `?${url
          .slice(query + 1)
          .split('&')
          .map((pair) => (pair.includes('=') ? `${pair.split('=')[0]}=${REDACTED}` : pair))
          .join('&')}`;
  const redacted = `${path}${names}`;
  return redacted.length > URL_LENGTH ? `${redacted.slice(0, URL_LENGTH)}…` : redacted;
}

/**
 * The last line of defence, over every line either process writes: the shapes our secrets take
 * in free text (an error's message or stack, a message logged by a library). The serializers
 * above keep them out of the request lines in the first place.
 */
const SECRET_SHAPES: [RegExp, string][] = [
  // Access tokens (the session cookie holds one too): a JWT's header always starts with `eyJ`.
  [/eyJ[\w-]*\.[\w-]+\.[\w-]+/g, REDACTED],
  [/\b(bearer\s+)[^\s"\\]+/gi, `$1${REDACTED}`],
  // Sign-in and one-click answer links.
  [/([?&]token=)[^&\s"\\]+/gi, `$1${REDACTED}`],
  // Calendar feed addresses; a route pattern such as /feeds/:file is no secret.
  [/(\/feeds\/)(?!:)[^/?\s"\\]+/gi, `$1${REDACTED}`],
];

export function redactSecrets(line: string): string {
  return SECRET_SHAPES.reduce(
    (text, [shape, replacement]) => text.replace(shape, replacement),
    line,
  );
}

/**
 * Structured JSON logs. A request line holds the request id (taken from X-Request-Id), method,
 * redacted URL, status code and response time, and nothing else: no headers, so neither a
 * bearer token, a cookie nor the `Set-Cookie` of a sign-in; no body, which may hold a token.
 */
export function loggerOptions(
  config: AppConfig,
  process: 'api' | 'worker',
  destination?: LogDestination,
): Params {
  const options: Options = {
    level: config.logLevel,
    base: { process },
    genReqId: (request: IncomingMessage, response) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: redactUrl(request.url),
      }),
      res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
    },
    // Objects a caller logs on purpose, should one ever hold these.
    redact: {
      paths: [
        'authorization',
        'cookie',
        'token',
        'accessToken',
        '*.authorization',
        '*.cookie',
        '*.token',
        '*.accessToken',
        '*["set-cookie"]',
      ],
      censor: REDACTED,
    },
    hooks: { streamWrite: redactSecrets },
    autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
  };
  return { pinoHttp: destination ? [options, destination] : options };
}
