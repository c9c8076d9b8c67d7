import { Role, UserEntity } from '@app/core';
import { Factories } from '@app/testing';
import { adoptClass, AdoptionScenario, apiCaller } from './support/scenarios';
import { settled } from './support/settled';
import { startTestStack, TestStack } from './support/test-stack';

// Keeping each other informed: updates from either side, a nudge when a partnership has been quiet
// for eight weeks, and a mail when a criterion of the agreement is met. "Now" starts on Tuesday
// 1 September 2026 in Copenhagen.

describe('partnership news', () => {
  let stack: TestStack;
  let factories: Factories;
  let admin: UserEntity;
  let adoption: AdoptionScenario;

  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(stack)(...args);

  async function sweep(): Promise<number> {
    const response = await call(admin, 'post', '/admin/sweeps/send-nudges');
    expect(response.status).toBe(200);
    return response.body.processed as number;
  }

  const mailsTo = (user: UserEntity, prefix: string) =>
    stack.sink.to(user.email).filter((mail) => mail.subject.startsWith(prefix));

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    factories = new Factories(stack.dataSource);
    admin = await factories.user([{ role: Role.Admin }]);
    adoption = await adoptClass(stack, { label: '6.C', grade: 6 });
  });
  afterAll(() => stack.stop());

  describe('updates', () => {
    it('are written by either side and read by both, oldest first', async () => {
      const written = await call(
        adoption.teacher,
        'post',
        `/adoptions/${adoption.adoptionId}/updates`,
        {
          text: 'Klassen glæder sig til besøget.',
        },
      );
      expect(written.status).toBe(201);
      expect(written.body).toMatchObject({
        side: 'school',
        authorId: adoption.teacher.id,
        authorName: adoption.teacher.name,
      });
      await call(adoption.contact, 'post', `/adoptions/${adoption.adoptionId}/updates`, {
        text: 'Vi har booket bussen.',
      });
      const list = await call(adoption.contact, 'get', `/adoptions/${adoption.adoptionId}/updates`);
      expect(
        list.body.items.map((item: { text: string; side: string }) => [item.side, item.text]),
      ).toEqual([
        ['school', 'Klassen glæder sig til besøget.'],
        ['company', 'Vi har booket bussen.'],
      ]);
    });

    it('are refused when empty, naming the field, and hidden from others', async () => {
      const empty = await call(
        adoption.teacher,
        'post',
        `/adoptions/${adoption.adoptionId}/updates`,
        {
          text: '',
        },
      );
      expect(empty.status).toBe(400);
      expect(empty.body.details).toEqual([{ field: 'text', messages: expect.any(Array) }]);
      const other = await adoptClass(stack, { label: '6.D', grade: 6 });
      expect(
        (await call(other.teacher, 'get', `/adoptions/${adoption.adoptionId}/updates`)).status,
      ).toBe(404);
      const write = await call(other.contact, 'post', `/adoptions/${adoption.adoptionId}/updates`, {
        text: 'Hej',
      });
      expect(write.status).toBe(404);
    });
  });

  it('nudges both sides after eight quiet weeks, once, and again after the next quiet eight', async () => {
    const quiet = await adoptClass(stack, { label: '5.A', grade: 5 });
    // 1 September + 8 weeks and a day: 28 October.
    stack.clock.travelTo(new Date('2026-10-28T09:00:00+01:00'));
    await sweep();
    await sweep();
    await settled(stack, { ignoreFutureReminders: true });
    for (const user of [quiet.teacher, quiet.contact]) {
      const nudges = mailsTo(user, 'Intet nyt i 8 uger');
      expect(nudges).toHaveLength(1);
      expect(nudges[0].text).toContain('siden 1. september 2026');
    }

    // An update starts a new silence; eight weeks after it, a new nudge quoting it.
    await call(quiet.contact, 'post', `/adoptions/${quiet.adoptionId}/updates`, {
      text: 'Vi vender tilbage efter jul.',
    });
    stack.clock.travelTo(new Date('2026-12-20T09:00:00+01:00'));
    await sweep();
    await settled(stack, { ignoreFutureReminders: true });
    expect(mailsTo(quiet.teacher, 'Intet nyt i 8 uger')).toHaveLength(1);
    stack.clock.travelTo(new Date('2026-12-24T09:00:00+01:00'));
    await sweep();
    await settled(stack, { ignoreFutureReminders: true });
    const again = mailsTo(quiet.teacher, 'Intet nyt i 8 uger');
    expect(again).toHaveLength(2);
    expect(again[1].text).toContain('siden 28. oktober 2026');
    expect(again[1].text).toContain('Den seneste opdatering lød: Vi vender tilbage efter jul.');
  });

  it('tells both sides and the admins, once, when an agreed criterion is met', async () => {
    const met = await adoptClass(stack, { label: '4.B', grade: 4 });
    const written = await call(met.teacher, 'put', `/adoptions/${met.adoptionId}/agreement`, {
      goals: 'Eleverne møder en arbejdsplads.',
      startsOn: '2026-12-24',
      endsOn: '2029-06-30',
      deciders: [
        { side: 'school', name: 'Skolelederen' },
        { side: 'company', name: 'Direktøren' },
      ],
      criteria: [{ metric: 'contact-hours', target: 3, period: 'term' }],
    });
    await call(met.contact, 'post', `/agreements/${written.body.id}/accept`, { version: 1 });
    await call(met.contact, 'post', `/adoptions/${met.adoptionId}/hours`, {
      date: '2026-12-23',
      hours: 2,
      activity: 'planning',
    });
    await sweep();
    await settled(stack, { ignoreFutureReminders: true });
    expect(mailsTo(met.teacher, 'Mål nået')).toHaveLength(0);

    await call(met.contact, 'post', `/adoptions/${met.adoptionId}/hours`, {
      date: '2026-12-24',
      hours: 1.5,
      activity: 'meeting',
    });
    await sweep();
    await sweep();
    await settled(stack, { ignoreFutureReminders: true });
    for (const user of [met.teacher, met.contact, admin]) {
      const mails = mailsTo(user, 'Mål nået');
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toMatch(/^Mål nået: timer brugt af kontaktpersonen i 4\.B, /);
      expect(mails[0].text).toContain('3 timer brugt af kontaktpersonen i efteråret 2026/27');
      expect(mails[0].text).toContain('Nået: 3,5');
    }
  });
});
