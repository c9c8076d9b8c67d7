import ICAL from 'ical.js';
import { Role, UserEntity } from '@app/core';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { DeliveryEntity } from '@app/messaging';
import { Factories, ReceivedMail } from '@app/testing';
import { invalid, ok } from './support/responses';
import { adoptClass, apiCaller } from './support/scenarios';
import { startTestStack, TestStack } from './support/test-stack';

// Names and other text reach iCalendar files, mail headers and CSV, where a line break is
// structure. The API refuses control characters in text; what was stored before still goes out
// as one line.

/** A name that, written raw, would add an attendee of its own to an invitation. */
const HOSTILE_NAME = 'Eve\r\nATTENDEE:mailto:x@evil.test ":MAILTO:x@evil.test;X-A="';

/** A mail's text/calendar part, as received. */
function calendarOf(mail: ReceivedMail): string {
  const part = mail.parsed.attachments.find((attachment) =>
    attachment.contentType.startsWith('text/calendar'),
  );
  if (!part) throw new Error(`No text/calendar part in "${mail.subject}"`);
  return part.content.toString('utf8');
}

describe('control characters in text', () => {
  let stack: TestStack;
  let factories: Factories;
  let call: ReturnType<typeof apiCaller>;
  let admin: UserEntity;

  beforeAll(async () => {
    stack = await startTestStack({ clockStart: new Date('2026-09-01T08:00:00+02:00') });
    factories = new Factories(stack.dataSource);
    call = apiCaller(stack);
    admin = await factories.user([{ role: Role.Admin }]);
  });
  afterAll(() => stack.stop());

  it('refuses a name with CR LF when a person is invited, naming the field, and adds no one', async () => {
    const company = await factories.company();
    const people = await stack.dataSource.getRepository(UserEntity).count();
    const response = await call(admin, 'post', '/users', {
      email: 'eve@scheduler.test',
      name: 'Eve\r\nATTENDEE:mailto:x@evil.test',
      role: 'contact',
      organisationId: company.id,
    });
    invalid(response, 'name');
    expect(response.body.code).toBe('request.invalid');
    expect(await stack.dataSource.getRepository(UserEntity).count()).toBe(people);
  });

  it('refuses a NUL in a school name, naming the field, where the database would have failed', async () => {
    invalid(
      await call(admin, 'post', '/schools', { name: 'Bakke\u0000skolen', city: 'Esbjerg' }),
      'name',
    );
  });

  it("keeps the line breaks of a visit's agenda and refuses other controls in it", async () => {
    const { teacher, adoptionId } = await adoptClass(stack);
    const slots = [{ start: '2026-10-21T09:00:00+02:00', end: '2026-10-21T12:00:00+02:00' }];
    invalid(
      await call(teacher, 'post', `/adoptions/${adoptionId}/visits`, {
        kind: 'class-visit',
        location: 'LEGO House',
        agenda: 'Rundvisning\u001b[2J',
        slots,
      }),
      'agenda',
    );
    invalid(
      await call(teacher, 'post', `/adoptions/${adoptionId}/visits`, {
        kind: 'class-visit',
        location: 'LEGO House\r\nBillund',
        agenda: '',
        slots,
      }),
      'location',
    );
    const visit = ok(
      await call(teacher, 'post', `/adoptions/${adoptionId}/visits`, {
        kind: 'class-visit',
        location: 'LEGO House',
        agenda: 'Rundvisning\r\nFrokost\n\tByggeværksted',
        slots,
      }),
      201,
    );
    expect(visit.agenda).toBe('Rundvisning\r\nFrokost\n\tByggeværksted');
  });

  it('refuses control characters in the form of an answer link, naming the field', async () => {
    const response = await stack
      .http()
      .post('/visit-answers')
      .type('form')
      .send({ token: 'not-a-token', reason: 'Nej tak\u0000' });
    invalid(response, 'reason');
  });

  it('refuses a sign-in token with a line break on the sign-in page, naming the field', async () => {
    const response = await stack
      .http()
      .post('/sign-in')
      .type('form')
      .send({ token: 'abcdefghijklmnopqrstuvwxyz\r\nX-Injected: 1' });
    invalid(response, 'token');
  });

  it('sends names stored before the rule as one line: one attendee each, one address, one-line subject', async () => {
    const scenario = await adoptClass(stack, { companyName: 'LEGO' });
    const { teacher, contact, adoptionId } = scenario;
    // Written straight into the database, as data from before the rule might be.
    await stack.dataSource.getRepository(UserEntity).update(contact.id, { name: HOSTILE_NAME });
    const adoption = ok(await call(admin, 'get', `/adoptions/${adoptionId}`), 200);
    await stack.dataSource
      .getRepository(CompanyEntity)
      .update(adoption.companyId, { name: 'LEGO\r\nBcc: x@evil.test' });

    const visit = ok(
      await call(teacher, 'post', `/adoptions/${adoptionId}/visits`, {
        kind: 'class-visit',
        location: 'LEGO House',
        agenda: 'Rundvisning',
        slots: [{ start: '2026-10-28T09:00:00+01:00', end: '2026-10-28T12:00:00+01:00' }],
      }),
      201,
    );
    ok(await call(contact, 'post', `/visits/${visit.id}/confirm`, { slot: 0 }), 200);

    const toContact = await stack.sink.waitFor(
      (mail) =>
        mail.to.includes(contact.email) &&
        mail.parsed.attachments.some((part) => part.contentType.startsWith('text/calendar')),
    );
    // The mail goes to the contact person alone, under a one-line name.
    expect(toContact.to).toEqual([contact.email]);
    expect(toContact.parsed.headers.get('bcc')).toBeUndefined();
    expect(toContact.subject).not.toMatch(/\p{Cc}/u);

    const ics = calendarOf(toContact);
    expect(ics.split('\r\n').filter((line) => /\p{Cc}/u.test(line))).toEqual([]);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const attendees = event
      .getAllProperties('attendee')
      .map((attendee) => String(attendee.getFirstValue()).replace(/^mailto:/i, ''));
    expect(attendees.sort()).toEqual([teacher.email, contact.email].sort());

    // What admins see of the delivery holds no control character either.
    const deliveries = await stack.dataSource.getRepository(DeliveryEntity).find();
    const stored = deliveries.filter((delivery) => delivery.to.includes(contact.email));
    expect(stored.length).toBeGreaterThan(0);
    expect(
      stored
        .flatMap((delivery) => [delivery.to, delivery.subject])
        .filter((text) => /\p{Cc}/u.test(text)),
    ).toEqual([]);
  });
});
