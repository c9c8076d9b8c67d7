import { SessionCookie } from './session-cookie';

describe('the session cookie', () => {
  const onHttp = new SessionCookie('http://localhost:3000');
  const onHttps = new SessionCookie('https://kalender.example.org');

  it('is __Host-session on https, which browsers keep to this host, and session on http', () => {
    expect(onHttps.name).toBe('__Host-session');
    expect(onHttp.name).toBe('session');
  });

  it('reads its own value among other cookies', () => {
    expect(onHttp.read({ cookie: 'theme=dark; session=abc.def-ghi_jk; lang=da' })).toBe(
      'abc.def-ghi_jk',
    );
    expect(onHttps.read({ cookie: '__Host-session=abc; session=other' })).toBe('abc');
  });

  it('finds nothing in a cookie of another name, an empty one or a broken encoding', () => {
    expect(onHttps.read({ cookie: 'session=abc' })).toBeNull();
    expect(onHttp.read({ cookie: 'my-session=abc; sessions=abc' })).toBeNull();
    expect(onHttp.read({ cookie: 'session=' })).toBeNull();
    expect(onHttp.read({ cookie: 'session=%E0%A4%A' })).toBeNull();
    expect(onHttp.read({})).toBeNull();
  });

  it('prefers a bearer token to the cookie', () => {
    expect(
      onHttp.credentialsOf({ authorization: 'Bearer from-header', cookie: 'session=from-cookie' }),
    ).toEqual({ token: 'from-header', source: 'bearer' });
    expect(onHttp.credentialsOf({ cookie: 'session=from-cookie' })).toEqual({
      token: 'from-cookie',
      source: 'cookie',
    });
    expect(onHttp.credentialsOf({ authorization: 'Basic eDp5' })).toBeNull();
  });
});
