import { Test, TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { DbModule } from '@app/db';
import { createTestDatabase, Factories, TestDatabase } from '@app/testing';
import { Actor } from '../accounts/actor';
import { ORGANISATION_OF_ROLE, Role } from '../accounts/role';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { ClockModule } from '../clock/clock.module';
import { ProgrammesService } from './programmes.service';
import { ShiftMaterialiser } from './shift-materialiser.service';
import { CommitmentsService } from './commitments.service';
import { VolunteeringModule } from './volunteering.module';

// Two workers materialising the same programmes at once, round after round: each shift is created
// once, and a volunteer with a standing commitment gets one place on each.

const NOW = new Date('2026-10-01T08:00:00+02:00');
const ROUNDS = 5;
/** The Wednesdays of the default 12-week horizon from Thursday 1 October 2026. */
const WEDNESDAYS = [
  '2026-10-07',
  '2026-10-14',
  '2026-10-21',
  '2026-10-28',
  '2026-11-04',
  '2026-11-11',
  '2026-11-18',
  '2026-11-25',
  '2026-12-02',
  '2026-12-09',
  '2026-12-16',
  '2026-12-23',
];
/** The Mondays of the same horizon. */
const MONDAYS = [
  '2026-10-05',
  '2026-10-12',
  '2026-10-19',
  '2026-10-26',
  '2026-11-02',
  '2026-11-09',
  '2026-11-16',
  '2026-11-23',
  '2026-11-30',
  '2026-12-07',
  '2026-12-14',
  '2026-12-21',
];

interface Committed {
  programmeId: string;
  commitmentId: string;
}

function actorOf(user: UserEntity, role: Role, organisationId: string | null): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isAdmin: role === Role.Admin,
    memberships: [{ role, organisationKind: ORGANISATION_OF_ROLE[role], organisationId }],
  };
}

describe('materialising shifts on two workers at once', () => {
  let database: TestDatabase;
  const modules: TestingModule[] = [];
  let dataSource: DataSource;
  let factories: Factories;
  let programmes: ProgrammesService;
  let commitments: CommitmentsService;
  let workerA: ShiftMaterialiser;
  let workerB: ShiftMaterialiser;
  let admin: Actor;

  async function worker(config: AppConfig): Promise<TestingModule> {
    // compile() runs no lifecycle hooks: nothing polls or ticks on its own.
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(new Clock(NOW)),
        DbModule.forRoot(),
        VolunteeringModule,
      ],
    }).compile();
    modules.push(module);
    return module;
  }

  /**
   * A programme of a fresh partner and company, and a volunteer of the company with a standing
   * commitment to it. The programme's shifts are then deleted (and the commitment's places with
   * them), so that the workers have everything to create.
   */
  async function committedProgramme(
    weekdays: number[],
  ): Promise<Committed & { volunteerId: string }> {
    const partner = await factories.partner();
    const company = await factories.company();
    const coordinator = await factories.user([
      { role: Role.Coordinator, organisationId: partner.id },
    ]);
    const person = await factories.user([{ role: Role.Volunteer, organisationId: company.id }]);
    const programme = await programmes.create(admin, {
      partnerId: partner.id,
      title: 'Lektiehjælp og fodbold i drengeklubben',
      location: 'Klubhuset, Vejle Øst',
      timezone: 'Europe/Copenhagen',
      companyIds: [company.id],
      coordinatorIds: [coordinator.id],
      schedule: { weekdays, startTime: '16:00', endTime: '18:00', startsOn: '2026-10-01' },
      capacity: { min: 2, max: 4 },
      closedDates: [],
      horizonWeeks: 12,
    });
    const { commitment, confirmed } = await commitments.commit(
      actorOf(person, Role.Volunteer, company.id),
      programme.id,
    );
    expect(confirmed).toBe(weekdays.length * 12);
    return { programmeId: programme.id, commitmentId: commitment.id, volunteerId: person.id };
  }

  async function deleteShifts(programmeIds: string[]): Promise<void> {
    await dataSource.query('DELETE FROM shifts WHERE programme_id = ANY($1)', [programmeIds]);
  }

  /** How many shifts each local date of the programme has, by date. */
  async function shiftsPerDate(programmeId: string): Promise<Record<string, number>> {
    const rows = await dataSource.query<{ date: string; count: number }[]>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, count(*)::int AS count FROM shifts
       WHERE programme_id = $1 GROUP BY date`,
      [programmeId],
    );
    return Object.fromEntries(rows.map((row) => [row.date, row.count]));
  }

  /** The committed volunteer's places on the programme's shifts, by the shift's local date. */
  async function placesPerDate(
    { programmeId, commitmentId }: Committed,
    volunteerId: string,
  ): Promise<Record<string, string[]>> {
    const rows = await dataSource.query<
      { date: string; status: string; commitment_id: string | null }[]
    >(
      `SELECT to_char(shifts.date, 'YYYY-MM-DD') AS date, signups.status, signups.commitment_id
       FROM signups JOIN shifts ON shifts.id = signups.shift_id
       WHERE shifts.programme_id = $1 AND signups.user_id = $2`,
      [programmeId, volunteerId],
    );
    const places: Record<string, string[]> = {};
    for (const row of rows) {
      const label = `${row.status}${row.commitment_id === commitmentId ? '' : ' (not committed)'}`;
      (places[row.date] ??= []).push(label);
    }
    return places;
  }

  function once<T>(dates: string[], value: T): Record<string, T> {
    return Object.fromEntries(dates.map((date) => [date, value]));
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
    programmes = first.get(ProgrammesService);
    commitments = first.get(CommitmentsService);
    workerA = first.get(ShiftMaterialiser);
    workerB = second.get(ShiftMaterialiser);
    const adminUser = await factories.user([{ role: Role.Admin }]);
    admin = actorOf(adminUser, Role.Admin, null);
  });

  afterAll(async () => {
    for (const module of modules) await module.close();
    await database?.drop();
  });

  it('creates each shift once when both workers materialise a programme at once', async () => {
    const world = await committedProgramme([3]);
    // The programme as created: its shifts, and the commitment's place on each.
    expect(await shiftsPerDate(world.programmeId)).toEqual(once(WEDNESDAYS, 1));

    for (let round = 0; round < ROUNDS; round++) {
      await deleteShifts([world.programmeId]);

      const created = await Promise.all([
        workerA.materialise(world.programmeId),
        workerB.materialise(world.programmeId),
        workerA.materialise(world.programmeId),
        workerB.materialise(world.programmeId),
      ]);

      expect(created.reduce((sum, count) => sum + count, 0)).toBe(WEDNESDAYS.length);
      expect(await shiftsPerDate(world.programmeId)).toEqual(once(WEDNESDAYS, 1));
      expect(await placesPerDate(world, world.volunteerId)).toEqual(
        once(WEDNESDAYS, ['confirmed']),
      );
    }
  });

  it('creates every shift once when both workers materialise all programmes at once', async () => {
    const wednesday = await committedProgramme([3]);
    const monday = await committedProgramme([1]);

    for (let round = 0; round < ROUNDS; round++) {
      await deleteShifts([wednesday.programmeId, monday.programmeId]);

      const created = await Promise.all([
        workerA.materialiseAll(),
        workerB.materialiseAll(),
        workerB.materialiseAll(),
      ]);

      // Only these two programmes had shifts to create; the others in the database are complete.
      expect(created.reduce((sum, count) => sum + count, 0)).toBe(
        WEDNESDAYS.length + MONDAYS.length,
      );
      expect(await shiftsPerDate(wednesday.programmeId)).toEqual(once(WEDNESDAYS, 1));
      expect(await shiftsPerDate(monday.programmeId)).toEqual(once(MONDAYS, 1));
      expect(await placesPerDate(wednesday, wednesday.volunteerId)).toEqual(
        once(WEDNESDAYS, ['confirmed']),
      );
      expect(await placesPerDate(monday, monday.volunteerId)).toEqual(once(MONDAYS, ['confirmed']));
    }
  });

  it('creates nothing more when both workers materialise a complete programme', async () => {
    const world = await committedProgramme([3]);

    const created = await Promise.all([
      workerA.materialise(world.programmeId),
      workerB.materialise(world.programmeId),
    ]);

    expect(created).toEqual([0, 0]);
    expect(await shiftsPerDate(world.programmeId)).toEqual(once(WEDNESDAYS, 1));
    expect(await placesPerDate(world, world.volunteerId)).toEqual(once(WEDNESDAYS, ['confirmed']));
  });

  it('refuses a second shift at the same start in PostgreSQL itself', async () => {
    const world = await committedProgramme([3]);

    await expect(
      dataSource.query(
        `INSERT INTO shifts (programme_id, date, start_at, end_at, status, revision, created_at)
         SELECT programme_id, date, start_at, end_at, status, 1, now() FROM shifts
         WHERE programme_id = $1 AND date = $2`,
        [world.programmeId, WEDNESDAYS[0]],
      ),
    ).rejects.toMatchObject({
      driverError: { code: '23505', constraint: 'shifts_programme_start_key' },
    });
    expect(await shiftsPerDate(world.programmeId)).toEqual(once(WEDNESDAYS, 1));
  });
});
