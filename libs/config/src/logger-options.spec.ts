import { loadConfig } from './app-config';
import { loggerOptions } from './logger-options';

type Serializer = (request: { id: string; method: string; url: string }) => { url: string };

describe('request logs', () => {
  const serializeRequest = (
    loggerOptions(loadConfig({}), 'api').pinoHttp as { serializers: { req: Serializer } }
  ).serializers.req;

  it('never show a calendar feed secret', () => {
    const secret = `${'a'.repeat(32)}${'B'.repeat(43)}`;
    const logged = serializeRequest({ id: '1', method: 'GET', url: `/feeds/${secret}.ics` });
    expect(logged.url).toBe('/feeds/[redacted]');
    expect(JSON.stringify(logged)).not.toContain(secret);
  });

  it('never show a sign-in or one-click token', () => {
    expect(serializeRequest({ id: '1', method: 'GET', url: '/sign-in?token=abc' }).url).toBe(
      '/sign-in?token=[redacted]',
    );
    expect(
      serializeRequest({ id: '1', method: 'GET', url: '/visit-answers?token=x.y&z=1' }).url,
    ).toBe('/visit-answers?token=[redacted]&z=1');
  });
});
