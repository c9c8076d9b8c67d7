import pino from 'pino';
import type { Options } from 'pino-http';
import { loadConfig } from './app-config';
import { loggerOptions, redactUrl } from './logger-options';

const FEED_SECRET = `${'a'.repeat(32)}${'B'.repeat(43)}`;
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.yKJQs9iOPXT9Urz2iDaAxM-O4y0Di_3YTSNGByxumr0';

describe('request logs', () => {
  it('never show a calendar feed secret, however the path is written', () => {
    expect(redactUrl(`/feeds/${FEED_SECRET}.ics`)).toBe('/feeds/[redacted]');
    expect(redactUrl(`/FEEDS/${FEED_SECRET}.ics?x=1`)).toBe('/feeds/[redacted]?x=[redacted]');
  });

  it('keep the names of query parameters and none of their values', () => {
    expect(redactUrl('/sign-in?token=abc')).toBe('/sign-in?token=[redacted]');
    expect(redactUrl('/visit-answers?token=x.y&z=1')).toBe(
      '/visit-answers?token=[redacted]&z=[redacted]',
    );
    // Express decodes names too: this is `token`.
    expect(redactUrl('/sign-in?%74oken=abc')).not.toContain('abc');
    expect(redactUrl('/api/v1/me')).toBe('/api/v1/me');
  });

  it('cut a very long address short', () => {
    expect(redactUrl(`/${'x'.repeat(10_000)}`).length).toBeLessThan(310);
  });
});

describe('every log line', () => {
  function capture(): { lines: string[]; logger: pino.Logger } {
    const lines: string[] = [];
    const [options] = loggerOptions(loadConfig({ LOG_LEVEL: 'trace' }), 'api', {
      write: () => undefined,
    }).pinoHttp as [Options, unknown];
    const logger = pino(options, { write: (line: string) => lines.push(line) });
    return { lines, logger };
  }

  it('hides the shapes secrets take in messages and stacks', () => {
    const { lines, logger } = capture();
    logger.error(new Error(`jwt malformed: ${JWT}`));
    logger.warn(`GET /feeds/${FEED_SECRET}.ics?token=abcdef failed`);
    logger.info({ headers: { authorization: `Bearer ${JWT}` } }, 'Authorization: Bearer xyz123');

    const output = lines.join('');
    for (const secret of [JWT, FEED_SECRET, 'abcdef', 'xyz123']) {
      expect(output).not.toContain(secret);
    }
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it('leaves a route pattern alone', () => {
    const { lines, logger } = capture();
    logger.info('Mapped {/feeds/:file, GET} route');
    expect(JSON.parse(lines[0]).msg).toBe('Mapped {/feeds/:file, GET} route');
  });

  it('hides the token in an object a caller logs', () => {
    const { lines, logger } = capture();
    logger.info({ body: { token: 'form-token-1' }, token: 'form-token-2' }, 'form');
    expect(lines.join('')).not.toMatch(/form-token/);
  });
});
