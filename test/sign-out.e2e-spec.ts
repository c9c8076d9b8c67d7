import { JwtService } from '@nestjs/jwt';
import { Role } from '@app/core';
import { Factories } from '@app/testing';
import { sessionCookieIn, signInByMail } from './support/sign-in';
import { startTestStack, TestStack } from './support/test-stack';

describe('signing out', () => {
  let stack: TestStack;
  let factories: Factories;

  beforeAll(async () => {
    stack = await startTestStack();
    factories = new Factories(stack.dataSource);
  });
  afterAll(() => stack.stop());

  const me = (token: string) =>
    stack.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  async function sessionVersion(userId: string): Promise<number> {
    const [row] = await stack.dataSource.query<{ session_version: number }[]>(
      'SELECT session_version FROM users WHERE id = $1',
      [userId],
    );
    return row.session_version;
  }

  it('ends every session of the person, on every device, at once', async () => {
    const user = await factories.user([], { email: 'two-devices@scheduler.test' });
    const phone = await signInByMail(stack, 'two-devices@scheduler.test');
    const laptop = await signInByMail(stack, 'two-devices@scheduler.test');
    await me(phone).expect(200);
    await me(laptop).expect(200);

    const signOut = await stack
      .http()
      .post('/api/v1/auth/sign-out')
      .set('Authorization', `Bearer ${phone}`)
      .expect(204);
    // The session cookie is cleared in this browser, on the path it was set for.
    const cleared = sessionCookieIn(signOut).setCookie;
    expect(cleared).toMatch(/^session=;/);
    expect(cleared).toMatch(/Path=\/;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);

    for (const token of [phone, laptop]) {
      const refused = await me(token).expect(401);
      expect(refused.body.code).toBe('auth.session-ended');
    }
    // Signing in again gives a session that works.
    await me(await stack.tokenFor(user.id)).expect(200);
  });

  it("closes the queue dashboard to the signed-out admin's cookie", async () => {
    const admin = await factories.user([{ role: Role.Admin }]);
    const token = await stack.tokenFor(admin.id);
    const cookie = `session=${token}`;
    await stack.http().get('/admin/queues').set('Cookie', cookie).expect(200);

    await stack
      .http()
      .post('/api/v1/auth/sign-out')
      .set('Authorization', `Bearer ${token}`)
      .expect(204);
    await stack.http().get('/admin/queues').set('Cookie', cookie).expect(401);
    await stack.http().get('/admin/queues').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('refuses a sign-out without a valid session, and ends nothing', async () => {
    const user = await factories.user();
    const token = await stack.tokenFor(user.id);
    const before = await sessionVersion(user.id);

    await stack.http().post('/api/v1/auth/sign-out').expect(401);
    await stack
      .http()
      .post('/api/v1/auth/sign-out')
      .set('Authorization', 'Bearer forged')
      .expect(401);

    expect(await sessionVersion(user.id)).toBe(before);
    await me(token).expect(200);
  });

  it('refuses a token that carries no session version', async () => {
    const user = await factories.user();
    const now = Math.floor(stack.clock.nowMs() / 1000);
    const versionless = await stack.api
      .get(JwtService, { strict: false })
      .signAsync({ sub: user.id, iat: now, exp: now + 3600 });
    const refused = await me(versionless).expect(401);
    expect(refused.body.code).toBe('auth.session-ended');
  });
});
