import { cookieRequestRefusal, crossOriginRefusal } from './same-origin';

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

describe('the same-origin rule for changes signed in by the session cookie', () => {
  const OUR_PAGE = { origin: OURS, 'sec-fetch-site': 'same-origin' };
  const JSON_BODY = { 'content-type': 'application/json; charset=utf-8', 'content-length': '12' };
  const refusal = (method: string, headers: Record<string, string>) =>
    cookieRequestRefusal({ method, headers }, OURS)?.code ?? 'passes';

  it('lets the web app change things: our Origin, a JSON body or none', () => {
    expect(refusal('POST', { ...OUR_PAGE, ...JSON_BODY })).toBe('passes');
    expect(refusal('DELETE', { origin: OURS })).toBe('passes');
    // fetch() without a body sends Content-Length: 0 and no Content-Type.
    expect(refusal('POST', { ...OUR_PAGE, 'content-length': '0' })).toBe('passes');
  });

  it.each([
    ['no Origin at all, as a program would send', { ...JSON_BODY }],
    ['another origin', { origin: 'https://evil.example', ...JSON_BODY }],
    ['a page that hides its origin', { origin: 'null', ...JSON_BODY }],
    ['a sibling subdomain', { origin: OURS, 'sec-fetch-site': 'same-site', ...JSON_BODY }],
    ['something typed in the address bar', { origin: OURS, 'sec-fetch-site': 'none' }],
  ])('refuses a change with %s as cross-origin', (_what, headers) => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(refusal(method, headers)).toBe('request.cross-origin');
    }
  });

  it.each([
    ['a form', { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '9' }],
    ['plain text', { 'content-type': 'text/plain', 'content-length': '9' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '90' }],
    ['a body without a type', { 'transfer-encoding': 'chunked' }],
  ])('refuses %s from our own page as not JSON', (_what, headers) => {
    expect(refusal('POST', { ...OUR_PAGE, ...headers })).toBe('request.not-json');
  });

  it('lets any page read', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(refusal(method, { origin: 'https://evil.example' })).toBe('passes');
    }
  });

  it('says why, and where a change must come from', () => {
    const missing = cookieRequestRefusal({ method: 'POST', headers: {} }, OURS);
    expect(missing?.message).toMatch(/no Origin.*https:\/\/kalender\.example\.org.*Bearer/);
    const form = cookieRequestRefusal(
      {
        method: 'POST',
        headers: { origin: OURS, 'content-type': 'text/plain', 'content-length': '1' },
      },
      OURS,
    );
    expect(form?.message).toMatch(/application\/json, not text\/plain/);
  });
});
