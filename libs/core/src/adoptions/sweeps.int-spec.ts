import { Test, TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@app/config';
import { DbModule } from '@app/db';
import { createTestDatabase, Factories, TestDatabase } from '@app/testing';
import { Actor } from '../accounts/actor';
import { ORGANISATION_OF_ROLE, Role } from '../accounts/role';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { ClockModule } from '../clock/clock.module';
import { SchoolEntity } from '../organisations/school.entity';
import { AdoptionEntity, AdoptionStatus } from './adoption.entity';
import { AdoptionsModule } from './adoptions.module';
import { AdoptionsService } from './adoptions.service';
import { ClassesService } from './classes.service';
import { SweepsService } from './sweeps.service';
import { VisitKind, VisitSlot, VisitStatus } from './visit.entity';
import { VisitsService } from './visits.service';

// Two workers sweeping the same database at once: each visit and adoption is changed once.

const SETUP_TIME = new Date('2026-09-01T08:00:00+02:00');

interface Adopted {
  adoptionId: string;
  teachers: Actor[];
  contact: Actor;
}

function actorOf(user: UserEntity, role: Role, organisationId: string): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isAdmin: false,
    memberships: [{ role, organisationKind: ORGANISATION_OF_ROLE[role], organisationId }],
  };
}

function slot(start: string, end: string): VisitSlot {
  return { start: new Date(start), end: new Date(end) };
}

describe('the lifecycle sweeps on two workers', () => {
  let database: TestDatabase;
  let now = SETUP_TIME.getTime();
  // Both workers read one clock, which stands still until a test moves it.
  const clock = new Clock(null, () => now);
  const modules: TestingModule[] = [];
  let dataSource: DataSource;
  let factories: Factories;
  let classes: ClassesService;
  let adoptions: AdoptionsService;
  let visits: VisitsService;
  let sweepsA: SweepsService;
  let sweepsB: SweepsService;

  function travelTo(instant: string): void {
    now = new Date(instant).getTime();
  }

  async function worker(config: ReturnType<typeof loadConfig>): Promise<TestingModule> {
    // compile() runs no lifecycle hooks: nothing polls or ticks on its own.
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        DbModule.forRoot(),
        AdoptionsModule,
      ],
    }).compile();
    modules.push(module);
    return module;
  }

  /** A class registered by its teachers and adopted from 1 September 2026. */
  async function adopted(
    grade: number,
    options: { school?: SchoolEntity; teachers?: number } = {},
  ): Promise<Adopted> {
    travelTo(SETUP_TIME.toISOString());
    const school = options.school ?? (await factories.school());
    const company = await factories.company();
    const teachers: Actor[] = [];
    for (let i = 0; i < (options.teachers ?? 1); i++) {
      const user = await factories.user([{ role: Role.Teacher, organisationId: school.id }]);
      teachers.push(actorOf(user, Role.Teacher, school.id));
    }
    const contactUser = await factories.user([{ role: Role.Contact, organisationId: company.id }]);
    const registered = await classes.register(teachers[0], school.id, {
      label: `${grade}.${randomBytes(3).toString('hex')}`,
      grade,
      schoolYear: '2026/27',
      pupils: 22,
      teacherIds: teachers.map((teacher) => teacher.userId),
    });
    const adoption = await adoptions.create({
      classId: registered.schoolClass.id,
      companyId: company.id,
      contactPersonId: contactUser.id,
      startsOn: '2026-09-01',
    });
    return {
      adoptionId: adoption.context.adoption.id,
      teachers,
      contact: actorOf(contactUser, Role.Contact, company.id),
    };
  }

  /** The teacher proposes, the contact person confirms; the clock is set before the slot. */
  async function confirmedVisit(world: Adopted, kind: VisitKind, at: VisitSlot): Promise<string> {
    const proposed = await requestedVisit(world, kind, at);
    await visits.confirm(world.contact, proposed, 0);
    return proposed;
  }

  async function requestedVisit(world: Adopted, kind: VisitKind, at: VisitSlot): Promise<string> {
    travelTo(SETUP_TIME.toISOString());
    const { visit } = await visits.propose(world.teachers[0], world.adoptionId, {
      kind,
      location: 'LEGO House, Billund',
      agenda: 'Rundvisning',
      slots: [at],
    });
    return visit.id;
  }

  async function countPerVisit(sql: string, ids: string[]): Promise<number[]> {
    const rows = await dataSource.query<{ id: string; count: number }[]>(sql, [ids]);
    return ids.map((id) => rows.find((row) => row.id === id)?.count ?? 0);
  }

  async function visitRows(
    ids: string[],
  ): Promise<{ id: string; status: string; revision: number }[]> {
    const rows = await dataSource.query<{ id: string; status: string; revision: number }[]>(
      'SELECT id, status, revision FROM visits WHERE id = ANY($1)',
      [ids],
    );
    return ids.map((id) => rows.find((row) => row.id === id)!);
  }

  async function adoptionRow(id: string): Promise<AdoptionEntity> {
    return dataSource.getRepository(AdoptionEntity).findOneByOrFail({ id });
  }

  async function endedMessages(adoptionId: string): Promise<string[]> {
    const rows = await dataSource.query<{ recipient_user_id: string }[]>(
      `SELECT recipient_user_id FROM messages
       WHERE template = 'adoption.ended' AND params->>'adoptionId' = $1`,
      [adoptionId],
    );
    return rows.map((row) => row.recipient_user_id).sort();
  }

  function participantIds(world: Adopted): string[] {
    return [...world.teachers.map((teacher) => teacher.userId), world.contact.userId].sort();
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      PUBLIC_URL: 'http://scheduler.test',
      JWT_SECRET: randomBytes(32).toString('hex'),
      QUEUE_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    });
    const first = await worker(config);
    const second = await worker(config);
    dataSource = first.get(DataSource);
    factories = new Factories(dataSource);
    classes = first.get(ClassesService);
    adoptions = first.get(AdoptionsService);
    visits = first.get(VisitsService);
    sweepsA = first.get(SweepsService);
    sweepsB = second.get(SweepsService);
  });

  afterAll(async () => {
    for (const module of modules) await module.close();
    await database?.drop();
  });

  describe('completing visits', () => {
    it('completes each visit that has ended once and logs its hours once', async () => {
      for (let round = 0; round < 3; round++) {
        // Each round a week later: a preparation meeting on Tuesday, the class visit on Wednesday.
        const tuesday = 15 + 7 * round;
        const due: { id: string; hours: number; contactId: string }[] = [];
        for (let i = 0; i < 4; i++) {
          const world = await adopted(3);
          const preparation = await confirmedVisit(
            world,
            VisitKind.Preparation,
            slot(`2026-09-${tuesday}T14:00:00+02:00`, `2026-09-${tuesday}T15:30:00+02:00`),
          );
          const classVisit = await confirmedVisit(
            world,
            VisitKind.ClassVisit,
            slot(`2026-09-${tuesday + 1}T09:00:00+02:00`, `2026-09-${tuesday + 1}T12:00:00+02:00`),
          );
          due.push({ id: preparation, hours: 1.5, contactId: world.contact.userId });
          due.push({ id: classVisit, hours: 3, contactId: world.contact.userId });
        }
        const ids = due.map((visit) => visit.id);
        travelTo(`2026-09-${tuesday + 1}T12:30:00+02:00`);

        const [a, b] = await Promise.all([sweepsA.completeVisits(), sweepsB.completeVisits()]);

        expect(a + b).toBe(due.length);
        expect(await visitRows(ids)).toEqual(
          ids.map((id) => ({ id, status: VisitStatus.Completed, revision: 3 })),
        );
        expect(
          await countPerVisit(
            `SELECT visit_id AS id, count(*)::int AS count FROM visit_events
             WHERE visit_id = ANY($1) AND action = 'completed' AND actor_id IS NULL
             GROUP BY visit_id`,
            ids,
          ),
        ).toEqual(ids.map(() => 1));
        const hours = await dataSource.query<
          { visit_id: string; user_id: string; hours: string; activity: string; term: string }[]
        >('SELECT * FROM hours_entries WHERE visit_id = ANY($1)', [ids]);
        expect(hours).toHaveLength(due.length);
        for (const visit of due) {
          expect(hours.find((entry) => entry.visit_id === visit.id)).toMatchObject({
            user_id: visit.contactId,
            hours: visit.hours.toFixed(2),
            activity: 'visit',
            term: '2026/27-autumn',
          });
        }
        // A "held" mail to the teacher and to the contact person, once each.
        expect(
          await countPerVisit(
            `SELECT params->>'visitId' AS id, count(*)::int AS count FROM messages
             WHERE template = 'visit.completed' AND params->>'visitId' = ANY($1)
             GROUP BY params->>'visitId'`,
            ids,
          ),
        ).toEqual(ids.map(() => 2));
        // Swept again, by either worker, nothing is left to do.
        await expect(sweepsA.completeVisits()).resolves.toBe(0);
        await expect(sweepsB.completeVisits()).resolves.toBe(0);
      }
    });

    it('leaves a visit that has not ended yet, and completes it once it has', async () => {
      const world = await adopted(3);
      const visitId = await confirmedVisit(
        world,
        VisitKind.ClassVisit,
        slot('2026-11-04T10:00:00+01:00', '2026-11-04T13:00:00+01:00'),
      );
      // Under way: started, not ended.
      travelTo('2026-11-04T12:59:00+01:00');

      await expect(
        Promise.all([sweepsA.completeVisits(), sweepsB.completeVisits()]),
      ).resolves.toEqual([0, 0]);
      expect(await visitRows([visitId])).toMatchObject([{ status: VisitStatus.Confirmed }]);
      const [{ count }] = await dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM hours_entries WHERE visit_id = $1',
        [visitId],
      );
      expect(count).toBe(0);

      travelTo('2026-11-04T13:01:00+01:00');
      const [a, b] = await Promise.all([sweepsA.completeVisits(), sweepsB.completeVisits()]);
      expect(a + b).toBe(1);
      expect(await visitRows([visitId])).toMatchObject([{ status: VisitStatus.Completed }]);
    });

    it('ends a visit in one state when it is cancelled while the sweep completes it', async () => {
      for (let round = 0; round < 5; round++) {
        const world = await adopted(3);
        const day = 14 + round;
        const visitId = await confirmedVisit(
          world,
          VisitKind.Preparation,
          slot(`2026-12-${day}T14:00:00+01:00`, `2026-12-${day}T15:00:00+01:00`),
        );
        travelTo(`2026-12-${day}T16:00:00+01:00`);

        const [swept, cancelled] = await Promise.allSettled([
          sweepsA.completeVisits(),
          visits.cancel(world.teachers[0], visitId, 'Bussen kom ikke'),
        ]);

        expect(swept.status).toBe('fulfilled');
        const [row] = await visitRows([visitId]);
        const [{ count: hours }] = await dataSource.query<{ count: number }[]>(
          'SELECT count(*)::int AS count FROM hours_entries WHERE visit_id = $1',
          [visitId],
        );
        const events = await dataSource.query<{ action: string; revision: number }[]>(
          'SELECT action, revision FROM visit_events WHERE visit_id = $1 ORDER BY revision',
          [visitId],
        );
        if (cancelled.status === 'fulfilled') {
          expect({ status: row.status, hours, swept: swept }).toEqual({
            status: VisitStatus.Cancelled,
            hours: 0,
            swept: { status: 'fulfilled', value: 0 },
          });
        } else {
          expect(cancelled.reason).toMatchObject({ code: 'visit.status' });
          expect({ status: row.status, hours }).toEqual({
            status: VisitStatus.Completed,
            hours: 1,
          });
        }
        // One last word on the visit, each change with its own revision.
        expect(events.map((event) => event.revision)).toEqual([1, 2, 3]);
        expect(row.revision).toBe(3);
      }
    });

    it('leaves a visit that was never confirmed, though its slots have passed', async () => {
      const world = await adopted(3);
      const visitId = await requestedVisit(
        world,
        VisitKind.Preparation,
        slot('2026-11-10T14:00:00+01:00', '2026-11-10T15:00:00+01:00'),
      );
      travelTo('2026-11-11T08:00:00+01:00');

      await expect(
        Promise.all([sweepsA.completeVisits(), sweepsB.completeVisits()]),
      ).resolves.toEqual([0, 0]);
      expect(await visitRows([visitId])).toMatchObject([
        { status: VisitStatus.Requested, revision: 1 },
      ]);
    });
  });

  describe('ending adoptions', () => {
    it('ends each adoption past its end date once, with one closing summary each', async () => {
      // Grade 9 in 2026/27: they graduate on 30 June 2027.
      const worlds: Adopted[] = [];
      for (let i = 0; i < 6; i++) worlds.push(await adopted(9, { teachers: 1 + (i % 2) }));
      const open = await requestedVisit(
        worlds[0],
        VisitKind.ClassVisit,
        slot('2027-06-15T09:00:00+02:00', '2027-06-15T12:00:00+02:00'),
      );
      travelTo('2027-07-01T00:01:00+02:00');

      const [a, b] = await Promise.all([sweepsA.endAdoptions(), sweepsB.endAdoptions()]);

      expect(a + b).toBe(worlds.length);
      for (const world of worlds) {
        const adoption = await adoptionRow(world.adoptionId);
        expect(adoption).toMatchObject({
          status: AdoptionStatus.Completed,
          endsOn: '2027-06-30',
          endedAt: new Date('2027-07-01T00:01:00+02:00'),
          endedBy: null,
          endReason: null,
        });
        expect(await endedMessages(world.adoptionId)).toEqual(participantIds(world));
      }
      // The request nobody answered is cancelled, once, by no one in particular.
      expect(await visitRows([open])).toMatchObject([
        { status: VisitStatus.Cancelled, revision: 2 },
      ]);
      const cancellations = await dataSource.query<{ actor_id: string | null }[]>(
        `SELECT actor_id FROM visit_events WHERE visit_id = $1 AND action = 'cancelled'`,
        [open],
      );
      expect(cancellations).toEqual([{ actor_id: null }]);
      const [{ count }] = await dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM messages
         WHERE template = 'visit.cancelled' AND params->>'visitId' = $1`,
        [open],
      );
      expect(count).toBe(participantIds(worlds[0]).length);

      await expect(sweepsA.endAdoptions()).resolves.toBe(0);
      await expect(sweepsB.endAdoptions()).resolves.toBe(0);
      expect(await endedMessages(worlds[0].adoptionId)).toHaveLength(2);
    });

    it('ends an adoption after its end date in the school’s zone, not on it', async () => {
      // Grade 8 in 2026/27: they graduate on 30 June 2028.
      const copenhagen = await adopted(8);
      const newYork = await adopted(8, {
        school: await factories.school({ timezone: 'America/New_York' }),
      });
      const sweepBoth = async () => {
        const [a, b] = await Promise.all([sweepsA.endAdoptions(), sweepsB.endAdoptions()]);
        return a + b;
      };

      // The graduation day itself, late in the evening in Copenhagen.
      travelTo('2028-06-30T23:30:00+02:00');
      await expect(sweepBoth()).resolves.toBe(0);
      expect((await adoptionRow(copenhagen.adoptionId)).status).toBe(AdoptionStatus.Active);

      // One minute after midnight in Copenhagen; still the afternoon of 30 June in New York.
      travelTo('2028-07-01T00:01:00+02:00');
      await expect(sweepBoth()).resolves.toBe(1);
      expect((await adoptionRow(copenhagen.adoptionId)).status).toBe(AdoptionStatus.Completed);
      expect((await adoptionRow(newYork.adoptionId)).status).toBe(AdoptionStatus.Active);

      // One minute after midnight in New York.
      travelTo('2028-07-01T00:01:00-04:00');
      await expect(sweepBoth()).resolves.toBe(1);
      expect((await adoptionRow(newYork.adoptionId)).status).toBe(AdoptionStatus.Completed);
      expect(await endedMessages(newYork.adoptionId)).toEqual(participantIds(newYork));
    });

    it('completes, rather than cancels, a visit held before the end when it ends', async () => {
      // Grade 7 in 2026/27: they graduate on 30 June 2029. The visit sweep has not run since the
      // visit was held (a worker was down, or an admin ran end-adoptions first).
      const world = await adopted(7);
      const held = await confirmedVisit(
        world,
        VisitKind.ClassVisit,
        slot('2029-06-27T09:00:00+02:00', '2029-06-27T12:00:00+02:00'),
      );
      travelTo('2029-07-01T00:01:00+02:00');

      await expect(sweepsA.endAdoptions()).resolves.toBe(1);

      expect(await visitRows([held])).toMatchObject([{ status: VisitStatus.Completed }]);
      const hours = await dataSource.query<{ hours: string }[]>(
        'SELECT hours FROM hours_entries WHERE visit_id = $1',
        [held],
      );
      expect(hours).toEqual([{ hours: '3.00' }]);
    });
  });
});
