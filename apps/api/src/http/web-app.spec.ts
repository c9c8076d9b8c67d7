import { isServerPath } from './web-app';

describe('the paths the web app leaves to the server', () => {
  it.each([
    '/api',
    '/api/v1/nope',
    '/docs',
    '/docs/swagger-ui.css',
    '/docs-json',
    '/health/ready',
    '/sign-in',
    '/visit-answers',
    '/feeds/abc.ics',
    '/admin/queues/api/queues',
    // Express routes without regard to case.
    '/API/v1/me',
  ])('leaves %s to the server', (path) => {
    expect(isServerPath(path)).toBe(true);
  });

  it.each(['/', '/visits/123', '/apis', '/documents', '/admin', '/admin/users', '/sign-in-help'])(
    'serves %s from the web app',
    (path) => {
      expect(isServerPath(path)).toBe(false);
    },
  );
});
