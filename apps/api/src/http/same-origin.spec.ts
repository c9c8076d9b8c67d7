import { crossOriginRefusal } from './same-origin';

const OURS = 'https://kalender.example.org';

describe('the same-origin rule', () => {
  const verdict = (method: string, headers: Record<string, string>) =>
    crossOriginRefusal({ method, headers }, OURS) === null ? 'passes' : 'refused';

  it.each([
    ['a form of our own page', { 'sec-fetch-site': 'same-origin', origin: OURS }],
    ['a browser that sends Origin only', { origin: OURS }],
    ['a browser that sends Sec-Fetch-Site only', { 'sec-fetch-site': 'same-origin' }],
    ['something the person did themself', { 'sec-fetch-site': 'none' }],
    ['a program, which sends neither', {}],
  ])('lets a change through from %s', (_who, headers) => {
    expect(verdict('POST', headers)).toBe('passes');
  });

  it.each([
    ['another site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site', origin: 'https://x.example.org' }],
    ['another origin, by Origin alone', { origin: 'https://evil.example' }],
    ['our host over plain http', { origin: 'http://kalender.example.org' }],
    ['our host on another port', { origin: 'https://kalender.example.org:8443' }],
    ['a page that hides its origin', { origin: 'null' }],
    ['another site, by Sec-Fetch-Site alone', { 'sec-fetch-site': 'cross-site' }],
    [
      'a mismatch between the two',
      { 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' },
    ],
  ])('refuses a change from %s', (_who, headers) => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      expect(verdict(method, headers)).toBe('refused');
    }
  });

  it('lets anyone read: GET, HEAD and OPTIONS change nothing', () => {
    const elsewhere = { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' };
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(verdict(method, elsewhere)).toBe('passes');
    }
  });

  it('says where the request came from and where to send it', () => {
    expect(
      crossOriginRefusal({ method: 'POST', headers: { origin: 'https://evil.example' } }, OURS),
    ).toMatch(/https:\/\/evil\.example.*https:\/\/kalender\.example\.org/);
  });
});
