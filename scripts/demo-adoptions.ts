import { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import {
  Actor,
  AdoptionEntity,
  AdoptionsService,
  ClassesService,
  Clock,
  CompanyEntity,
  HoursActivity,
  HoursService,
  SchoolClassEntity,
  SchoolEntity,
  VisitHostsService,
  VisitKind,
  VisitsService,
} from '@app/core';
import { withDemoContext } from './demo-context';

/** The demo's story starts before the school year, so every proposal was made in good time. */
const STORY_STARTS = new Date('2026-08-20T10:00:00+02:00');
const ZONE = 'Europe/Copenhagen';

interface DemoAdoption {
  school: string;
  label: string;
  grade: number;
  pupils: number;
  teacher: string;
  company: string;
  contact: string;
  location: string;
  preparation: { date: string; from: string; to: string };
  visit: { date: string; from: string; to: string; agenda: string };
  /** Colleagues the contact person brings to the class visit. */
  hosts?: string[];
  /** Proposed by this side and waiting for the other to answer. */
  springRequest: { by: 'teacher' | 'contact'; slots: { date: string; from: string; to: string }[] };
}

const ADOPTIONS: DemoAdoption[] = [
  {
    school: 'Kirkebakkeskolen',
    label: '7.A',
    grade: 7,
    pupils: 24,
    teacher: 'soeren.dahl@kirkebakkeskolen.example',
    company: 'LEGO',
    contact: 'jonas.kjaer@lego.example',
    location: 'LEGO Campus, Billund',
    preparation: { date: '2026-12-02', from: '14:00', to: '15:00' },
    visit: {
      date: '2026-12-09',
      from: '09:00',
      to: '12:00',
      agenda: 'Rundvisning, byggeværksted og spørgsmål til en ingeniør',
    },
    hosts: ['line.bech@lego.example'],
    springRequest: {
      by: 'contact',
      slots: [
        { date: '2027-03-03', from: '09:00', to: '12:00' },
        { date: '2027-03-10', from: '09:00', to: '13:00' },
      ],
    },
  },
  {
    school: 'Bakkeskolen',
    label: '2.A',
    grade: 2,
    pupils: 20,
    teacher: 'marianne.holm@bakkeskolen.example',
    company: 'JydskeVestkysten',
    contact: 'hanne.vestergaard@jv.example',
    location: 'JydskeVestkystens redaktion, Esbjerg',
    // Held already, and waiting for the teacher to mark it so.
    preparation: { date: '2026-11-11', from: '15:00', to: '16:00' },
    visit: {
      date: '2026-12-10',
      from: '09:00',
      to: '11:30',
      agenda: 'Sådan bliver en avis til: redaktionen og trykkeriet',
    },
    springRequest: { by: 'teacher', slots: [{ date: '2027-04-14', from: '09:00', to: '12:00' }] },
  },
];

function slot({ date, from, to }: { date: string; from: string; to: string }) {
  const at = (time: string) => DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toJSDate();
  return { start: at(from), end: at(to) };
}

/**
 * Each demo class's adoption with a confirmed autumn class visit, its preparation meeting and a
 * spring request waiting for an answer, made through the same services and rules as the API.
 * Skips a class that already has an adoption, so running it again changes nothing.
 */
export async function seedDemoAdoptions(config: AppConfig): Promise<void> {
  await withDemoContext(config, new Clock(STORY_STARTS), async (app, actor) => {
    for (const story of ADOPTIONS) await tell(app, actor, story);
  });
}

async function tell(
  app: INestApplicationContext,
  actor: (email: string) => Promise<Actor>,
  story: DemoAdoption,
): Promise<void> {
  const dataSource = app.get(DataSource);
  const school = await dataSource
    .getRepository(SchoolEntity)
    .findOneByOrFail({ name: story.school });
  const company = await dataSource
    .getRepository(CompanyEntity)
    .findOneByOrFail({ name: story.company });
  const teacher = await actor(story.teacher);
  const contact = await actor(story.contact);

  let schoolClass = await dataSource
    .getRepository(SchoolClassEntity)
    .findOneBy({ schoolId: school.id, label: story.label, schoolYear: '2026/27' });
  if (!schoolClass) {
    schoolClass = (
      await app.get(ClassesService).register(teacher, school.id, {
        label: story.label,
        grade: story.grade,
        schoolYear: '2026/27',
        pupils: story.pupils,
        teacherIds: [teacher.userId],
      })
    ).schoolClass;
  }
  if (await dataSource.getRepository(AdoptionEntity).findOneBy({ classId: schoolClass.id })) return;

  const adoption = await app.get(AdoptionsService).create({
    classId: schoolClass.id,
    companyId: company.id,
    contactPersonId: contact.userId,
    startsOn: '2026-08-17',
  });
  const adoptionId = adoption.context.adoption.id;
  // The first meeting between the two sides, so the company's report has hours from day one.
  await app.get(HoursService).log(contact, adoptionId, {
    date: '2026-08-18',
    hours: 1.5,
    activity: HoursActivity.Planning,
    note: 'Første møde om samarbejdet',
  });
  const visits = app.get(VisitsService);

  const preparation = await visits.propose(teacher, adoptionId, {
    kind: VisitKind.Preparation,
    location: school.name,
    agenda: 'Vi aftaler programmet for klassebesøget.',
    slots: [slot(story.preparation)],
  });
  await visits.confirm(contact, preparation.visit.id, 0);
  const visit = await visits.propose(teacher, adoptionId, {
    kind: VisitKind.ClassVisit,
    location: story.location,
    agenda: story.visit.agenda,
    slots: [slot(story.visit)],
  });
  await visits.confirm(contact, visit.visit.id, 0);
  if (story.hosts) {
    const hosts = await Promise.all(story.hosts.map(actor));
    await app.get(VisitHostsService).setHosts(
      contact,
      visit.visit.id,
      hosts.map((host) => host.userId),
    );
  }
  await visits.propose(story.springRequest.by === 'teacher' ? teacher : contact, adoptionId, {
    kind: VisitKind.ClassVisit,
    location: story.location,
    agenda: story.visit.agenda,
    slots: story.springRequest.slots.map(slot),
  });
}
