import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Params } from 'nestjs-pino';
import { AppConfig } from './app-config';

/** Structured JSON logs; every request line carries a request id (taken from X-Request-Id). */
export function loggerOptions(config: AppConfig, process: 'api' | 'worker'): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      base: { process },
      genReqId: (request: IncomingMessage, response) => {
        const given = request.headers['x-request-id'];
        const id =
          typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
        response.setHeader('X-Request-Id', id);
        return id;
      },
      // Secrets never reach the logs: bearer tokens, tokens in query strings, feed URLs.
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url
            .replace(/([?&]token=)[^&]*/g, '$1[redacted]')
            .replace(/^\/feeds\/[^/?]+/, '/feeds/[redacted]'),
        }),
      },
      autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
    },
  };
}
