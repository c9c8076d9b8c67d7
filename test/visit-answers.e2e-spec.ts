import { bearer, proposeClassVisit } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

describe('answering a visit request from the mail', () => {
  let stack: TestStack;
  const as = (user: { id: string }) => bearer(stack, user);

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
  });
  afterAll(() => stack.stop());

  const requested = () =>
    proposeClassVisit(stack, {
      adoption: { label: '4.A', grade: 4, companyName: 'LEGO' },
      slots: [
        { start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' },
        { start: '2026-10-21T09:00:00+02:00', end: '2026-10-21T12:00:00+02:00' },
      ],
    });

  const status = async (visitId: string, user: { id: string }) =>
    (
      await stack
        .http()
        .get(`/api/v1/visits/${visitId}`)
        .set('Authorization', await as(user))
        .expect(200)
    ).body as { status: string; start: string | null };

  it('confirms the chosen slot with the button the link opens; opening it changes nothing', async () => {
    const { contact, visitId, links } = await requested();
    expect(links).toHaveLength(3);
    const [, second] = links;

    // A mail scanner opens every link: nothing happens.
    for (const link of links) await stack.http().get(link).expect(200);
    expect((await status(visitId, contact)).status).toBe('requested');

    const page = await stack.http().get(second).expect(200);
    expect(page.text).toContain('onsdag 21. oktober kl. 9.00');
    const token = /name="token" value="([^"]+)"/.exec(page.text)![1];
    await stack.http().post('/visit-answers').type('form').send({ token }).expect(200);
    expect(await status(visitId, contact)).toMatchObject({
      status: 'confirmed',
      start: '2026-10-21T07:00:00.000Z',
    });

    // Used once: the visit has moved on, and the links with it.
    const again = await stack
      .http()
      .post('/visit-answers')
      .type('form')
      .send({ token })
      .expect(409);
    expect(again.text).toContain('no longer work');
  });

  it('declines with a reason from the decline link', async () => {
    const { contact, visitId, links } = await requested();
    const decline = links[links.length - 1];
    const page = await stack.http().get(decline).expect(200);
    const token = /name="token" value="([^"]+)"/.exec(page.text)![1];
    await stack
      .http()
      .post('/visit-answers')
      .type('form')
      .send({ token, reason: 'Vi har travlt i oktober' })
      .expect(200);
    expect(await status(visitId, contact)).toMatchObject({ status: 'declined' });
  });

  it('refuses a forged or expired link and changes nothing', async () => {
    const { contact, visitId, links } = await requested();
    const token = new URL(`http://x${links[0]}`).searchParams.get('token')!;
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    await stack.http().post('/visit-answers').type('form').send({ token: forged }).expect(401);
    // Past the first slot's start, the links have expired.
    stack.clock.travelTo(new Date('2026-10-08T08:00:00+02:00'));
    await stack.http().post('/visit-answers').type('form').send({ token }).expect(401);
    expect((await status(visitId, contact)).status).toBe('requested');
  });
});
