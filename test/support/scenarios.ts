import type { Response } from 'supertest';
import { Locale, Role, UserEntity } from '@app/core';
import { CompanyEntity } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { Factories } from '@app/testing';
import { answerLinks } from './mail';
import { TestStack } from './test-stack';

export const bearer = async (stack: TestStack, user: { id: string }) =>
  `Bearer ${await stack.tokenFor(user.id)}`;

/** Calls the API as a user: `call(user, 'post', '/shifts/…/signups', body)`. */
export function apiCaller(stack: TestStack) {
  return async (
    user: { id: string },
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    body?: object,
  ): Promise<Response> => {
    const test = stack
      .http()
      [method](`/api/v1${path}`)
      .set('Authorization', await bearer(stack, user));
    return body ? test.send(body) : test;
  };
}

/** A partner organisation with a coordinator, and a company with volunteers. */
export interface VolunteeringWorld {
  partner: PartnerEntity;
  company: CompanyEntity;
  coordinator: UserEntity;
  volunteers: UserEntity[];
}

export async function volunteeringWorld(
  factories: Factories,
  volunteers = 2,
): Promise<VolunteeringWorld> {
  const partner = await factories.partner();
  const company = await factories.company();
  const coordinator = await factories.user([
    { role: Role.Coordinator, organisationId: partner.id },
  ]);
  const people: UserEntity[] = [];
  for (let i = 0; i < volunteers; i++) {
    people.push(await factories.user([{ role: Role.Volunteer, organisationId: company.id }]));
  }
  return { partner, company, coordinator, volunteers: people };
}

export interface AdoptionScenario {
  teacher: UserEntity;
  contact: UserEntity;
  admin: UserEntity;
  classId: string;
  adoptionId: string;
}

/**
 * A class registered by its teacher and adopted by a company, through the API: the starting
 * point of most stories about visits.
 */
export async function adoptClass(
  stack: TestStack,
  options: {
    label?: string;
    grade?: number;
    companyName?: string;
    schoolName?: string;
    contactLocale?: Locale;
  } = {},
): Promise<AdoptionScenario> {
  const factories = new Factories(stack.dataSource);
  const school = await factories.school(options.schoolName ? { name: options.schoolName } : {});
  const company = await factories.company(options.companyName ? { name: options.companyName } : {});
  const admin = await factories.user([{ role: Role.Admin }]);
  const teacher = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
  const contact = await factories.user([{ role: Role.Contact, organisationId: company.id }], {
    locale: options.contactLocale ?? Locale.Danish,
  });
  const schoolClass = await stack
    .http()
    .post(`/api/v1/schools/${school.id}/classes`)
    .set('Authorization', await bearer(stack, teacher))
    .send({
      label: options.label ?? '7.A',
      grade: options.grade ?? 7,
      schoolYear: '2026/27',
      pupils: 20,
      teacherIds: [teacher.id],
    })
    .expect(201);
  const adoption = await stack
    .http()
    .post('/api/v1/adoptions')
    .set('Authorization', await bearer(stack, admin))
    .send({
      classId: schoolClass.body.id,
      companyId: company.id,
      contactPersonId: contact.id,
      startsOn: '2026-09-01',
    })
    .expect(201);
  return {
    teacher,
    contact,
    admin,
    classId: schoolClass.body.id as string,
    adoptionId: adoption.body.id as string,
  };
}

/** A slot of a proposal, as local ISO times with their offset. */
export interface Slot {
  start: string;
  end: string;
}

/** What a proposal carries besides its slots; each has a plain default. */
export interface ProposalDetails {
  /** 'class-visit' (the default) or 'preparation'; anything else to see it refused. */
  kind?: string;
  location?: string;
  agenda?: string;
  hostIds?: string[];
}

/** The body of a proposal with these slots: a class visit at LEGO House unless told otherwise. */
export function proposal(slots: Slot[], details: ProposalDetails = {}): Record<string, unknown> {
  const {
    kind = 'class-visit',
    location = 'LEGO House, Billund',
    agenda = 'Rundvisning og byggeværksted',
    ...rest
  } = details;
  return { kind, location, agenda, ...rest, slots };
}

/** A visit as the API answers a proposal: its id, and whatever else the test looks at. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ProposedVisit = { id: string } & Record<string, any>;

/**
 * A visit the proposer (a teacher, or the contact person) proposes with these slots; answers the
 * visit as the API shows it, and fails the test unless the API took it as a request.
 */
export async function propose(
  stack: TestStack,
  proposer: { id: string },
  adoptionId: string,
  slots: Slot[],
  details: ProposalDetails = {},
): Promise<ProposedVisit> {
  const response = await stack
    .http()
    .post(`/api/v1/adoptions/${adoptionId}/visits`)
    .set('Authorization', await bearer(stack, proposer))
    .send(proposal(slots, details));
  expect({ status: response.status, body: response.body as unknown }).toMatchObject({
    status: 201,
    body: { status: 'requested' },
  });
  return response.body as ProposedVisit;
}

/**
 * Writes a copy of a visit straight into the database, as a live request, past every check of
 * the code: what is left to refuse it is PostgreSQL's own rules.
 */
export function copyVisitRow(stack: TestStack, visitId: string): Promise<unknown> {
  return stack.dataSource.query(
    `INSERT INTO visits (adoption_id, class_id, contact_person_id, kind, status, term,
       location, agenda, slots, proposed_by_side, proposed_by, revision, created_at, updated_at)
     SELECT adoption_id, class_id, contact_person_id, kind, 'requested', term, location,
       agenda, slots, proposed_by_side, proposed_by, revision, created_at, updated_at
     FROM visits WHERE id = $1`,
    [visitId],
  );
}

/**
 * A class visit the teacher proposes, and the request mail the contact person receives with a
 * one-click link for each slot and one to decline.
 */
export async function proposeClassVisit(
  stack: TestStack,
  options: {
    adoption?: Parameters<typeof adoptClass>[1];
    slots?: Slot[];
  } = {},
) {
  const adoption = await adoptClass(stack, options.adoption);
  const visit = await propose(
    stack,
    adoption.teacher,
    adoption.adoptionId,
    options.slots ?? [{ start: '2026-10-07T09:00:00+02:00', end: '2026-10-07T12:00:00+02:00' }],
    { location: 'LEGO House', agenda: '' },
  );
  const request = await stack.sink.waitFor(
    (mail) => mail.to.includes(adoption.contact.email) && mail.subject.startsWith('Forslag'),
  );
  return { ...adoption, visitId: visit.id, request, links: answerLinks(request) };
}

/** A weekly programme of a partner, set up by its coordinator through the API. */
export async function runProgramme(
  stack: TestStack,
  options: {
    partnerName?: string;
    title?: string;
    weekdays?: number[];
    startTime?: string;
    endTime?: string;
    startsOn: string;
    endsOn?: string;
    closedDates?: { from: string; to: string; label: string }[];
    capacity?: { min: number; max: number };
  },
): Promise<{
  coordinator: UserEntity;
  companyId: string;
  programmeId: string;
  volunteer: () => Promise<UserEntity>;
}> {
  const factories = new Factories(stack.dataSource);
  const partner = await factories.partner(options.partnerName ? { name: options.partnerName } : {});
  const company = await factories.company();
  const coordinator = await factories.user([
    { role: Role.Coordinator, organisationId: partner.id },
  ]);
  const programme = await stack
    .http()
    .post('/api/v1/programmes')
    .set('Authorization', await bearer(stack, coordinator))
    .send({
      partnerId: partner.id,
      title: options.title ?? 'Lektiehjælp',
      location: 'Klubhuset',
      timezone: 'Europe/Copenhagen',
      companyIds: [company.id],
      coordinatorIds: [coordinator.id],
      schedule: {
        weekdays: options.weekdays ?? [3],
        startTime: options.startTime ?? '16:00',
        endTime: options.endTime ?? '18:00',
        startsOn: options.startsOn,
        ...(options.endsOn ? { endsOn: options.endsOn } : {}),
      },
      ...(options.closedDates ? { closedDates: options.closedDates } : {}),
      capacity: options.capacity ?? { min: 1, max: 4 },
    })
    .expect(201);
  return {
    coordinator,
    companyId: company.id,
    programmeId: programme.body.id as string,
    volunteer: () => factories.user([{ role: Role.Volunteer, organisationId: company.id }]),
  };
}

/** A shift as the API shows it. */
export interface ShiftView {
  id: string;
  programmeId: string;
  date: string;
  start: string;
  end: string;
  status: string;
  signedUp: number;
  waitlisted: number;
  capacity: { min: number; max: number };
  short: boolean;
  cancelReason: string | null;
}

/** The programme's shifts as the API lists them to the viewer, in the range if one is given. */
export async function shiftsOf(
  stack: TestStack,
  programmeId: string,
  viewer: { id: string },
  range?: { from: string; to: string },
): Promise<ShiftView[]> {
  const query = range ? `?from=${range.from}&to=${range.to}` : '';
  const response = await stack
    .http()
    .get(`/api/v1/programmes/${programmeId}/shifts${query}`)
    .set('Authorization', await bearer(stack, viewer))
    .expect(200);
  return response.body.items as ShiftView[];
}

/** The volunteer asks for a place on the shift; the answer is the API's, whatever it is. */
export async function signUp(
  stack: TestStack,
  volunteer: { id: string },
  shiftId: string,
): Promise<Response> {
  return stack
    .http()
    .post(`/api/v1/shifts/${shiftId}/signups`)
    .set('Authorization', await bearer(stack, volunteer));
}
