import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import {
  Actor,
  AdoptionEntity,
  AgreementsService,
  AllocationStatus,
  Clock,
  CompanyEntity,
  DonationAllocationsService,
  DonationProgrammeEntity,
  DonationProgrammesService,
  PartnerEntity,
  ProgrammeEntity,
  SchoolClassEntity,
} from '@app/core';
import { withDemoContext } from './demo-context';

/** The partnerships' agreements and donations are written in the autumn, before the demo's today. */
const WRITTEN = new Date('2026-11-09T10:00:00+01:00');

const COMPUTERS = 'Brugte computere til boligområdets projekter';

/**
 * BRFkredit's used computers, as in the catalogue, moved to the demo's years: the year before,
 * 153 computers to 7 projects, recorded by hand; this year's target 200, of which the net café
 * has had 40, the homework club has 20 approved and ready, and the net café asks for 10 more. And
 * the agreements of the two adoptions and the boys' club, each agreed by both sides.
 */
export async function seedDemoPartnerships(config: AppConfig): Promise<void> {
  await withDemoContext(config, new Clock(WRITTEN), async (app, actor) => {
    await donations(app, actor);
    await agreements(app, actor);
  });
}

async function donations(
  app: INestApplicationContext,
  actor: (email: string) => Promise<Actor>,
): Promise<void> {
  const dataSource = app.get(DataSource);
  if (await dataSource.getRepository(DonationProgrammeEntity).findOneBy({ title: COMPUTERS })) {
    return;
  }
  const bank = await actor('peter.bang@brfkredit.example');
  const netCafe = await actor('yasmin.ali@netcafe.example');
  const homework = await actor('kasper.juhl@lektiecafe.example');
  const company = await dataSource
    .getRepository(CompanyEntity)
    .findOneByOrFail({ name: 'BRFkredit' });
  const partner = (name: string) =>
    dataSource.getRepository(PartnerEntity).findOneByOrFail({ name });
  const programmes = app.get(DonationProgrammesService);
  const { programme } = await programmes.create(bank, {
    companyId: company.id,
    title: COMPUTERS,
    description:
      'Computere, som banken udskifter, renses og klargøres og gives til projekter i Vejle Øst.',
    unit: 'computer',
    unitValue: { amount: 1500, currency: 'DKK' },
    timezone: 'Europe/Copenhagen',
  });
  await programmes.setYear(bank, programme.id, 2025, {
    target: null,
    recordedUnits: 153,
    recordedProjects: 7,
  });
  await programmes.setYear(bank, programme.id, 2026, {
    target: 200,
    recordedUnits: null,
    recordedProjects: null,
  });
  await programmes.addSupporter(bank, programme.id, {
    name: 'Microsoft',
    part: 'Giver styresystem og kontorprogrammer',
  });
  await programmes.addSupporter(bank, programme.id, {
    name: 'IT-Genbrug Vejle',
    part: 'Renser og klargør maskinerne',
  });

  const allocations = app.get(DonationAllocationsService);
  const cafe = (await partner('Netcaféen i Nørremarken')).id;
  const club = (await partner('Lektiecaféen Vejle Øst')).id;
  const delivered = await allocations.request(netCafe, programme.id, {
    partnerId: cafe,
    units: 40,
    purpose: 'Nye maskiner til netcaféen, så flere beboere kan søge job og skrive ansøgninger.',
  });
  await allocations.step(bank, delivered.allocation.id, AllocationStatus.Pledged, { units: 40 });
  await allocations.step(bank, delivered.allocation.id, AllocationStatus.Prepared);
  await allocations.step(bank, delivered.allocation.id, AllocationStatus.Delivered, {
    units: 40,
    deliveredOn: '2026-10-05',
  });
  const ready = await allocations.request(homework, programme.id, {
    partnerId: club,
    units: 25,
    purpose: 'Computere til lektiecaféens skrivestuer.',
  });
  await allocations.step(bank, ready.allocation.id, AllocationStatus.Pledged, { units: 20 });
  await allocations.step(bank, ready.allocation.id, AllocationStatus.Prepared);
  await allocations.request(netCafe, programme.id, {
    partnerId: cafe,
    units: 10,
    purpose: 'Ti bærbare til kurserne for ældre.',
  });
}

/** One per agreement: who writes, who accepts, and what they agree. */
interface DemoAgreement {
  kind: 'adoption' | 'programme';
  find: (dataSource: DataSource) => Promise<string | null>;
  writer: string;
  accepter: string;
  sides: [string, string];
  deciders: [string, string];
  goals: string;
  activities: string;
  criteria: { metric: string; target: number; period: string }[];
}

const adoptionOf = (label: string) => async (dataSource: DataSource) => {
  const schoolClass = await dataSource
    .getRepository(SchoolClassEntity)
    .findOneBy({ label, schoolYear: '2026/27' });
  if (!schoolClass) return null;
  const adoption = await dataSource
    .getRepository(AdoptionEntity)
    .findOneBy({ classId: schoolClass.id });
  return adoption?.id ?? null;
};

const AGREEMENTS: DemoAgreement[] = [
  {
    kind: 'adoption',
    find: adoptionOf('7.A'),
    writer: 'soeren.dahl@kirkebakkeskolen.example',
    accepter: 'jonas.kjaer@lego.example',
    sides: ['school', 'company'],
    deciders: ['Lise Thomsen, skoleleder', 'Jonas Kjær, besøgsansvarlig'],
    goals: 'Eleverne oplever en arbejdsplads indefra og ser, hvad de kan bruge skolen til.',
    activities: 'Et klassebesøg hvert halvår med et forberedende møde før hvert besøg.',
    criteria: [
      // Behind in November: the class visits are in December and in the spring.
      { metric: 'class-visits', target: 2, period: 'school-year' },
      // On track: the first meeting's 1.5 hours, and the preparation meeting's hour in December.
      { metric: 'contact-hours', target: 2, period: 'term' },
    ],
  },
  {
    kind: 'adoption',
    find: adoptionOf('2.A'),
    writer: 'hanne.vestergaard@jv.example',
    accepter: 'marianne.holm@bakkeskolen.example',
    sides: ['company', 'school'],
    deciders: ['Hanne Vestergaard, redaktør', 'Marianne Holm, klasselærer'],
    goals: 'Klassen lærer, hvordan en avis bliver til, og skriver sin egen forside.',
    activities: 'To besøg om året på redaktionen og i trykkeriet.',
    criteria: [
      // On track once the November meeting is marked held; the pupils come in December.
      { metric: 'preparation-meetings', target: 2, period: 'school-year' },
      { metric: 'pupils-reached', target: 40, period: 'school-year' },
    ],
  },
  {
    kind: 'programme',
    find: async (dataSource) =>
      (
        await dataSource
          .getRepository(ProgrammeEntity)
          .findOneBy({ title: 'Lektiehjælp og fodbold i drengeklubben' })
      )?.id ?? null,
    writer: 'mette.lund@drc.example',
    accepter: 'camilla.krogh@skandia.example',
    sides: ['partner', 'company'],
    deciders: ['Mette Lund, klubleder', 'Camilla Krogh, CSR-ansvarlig'],
    goals: 'Drengene får hjælp til lektierne og voksne at spejle sig i hver onsdag.',
    activities: 'Lektiehjælp og fodbold onsdag 16–18, undtagen i skoleferierne.',
    criteria: [
      // Behind until attendance is marked and a second volunteer joins Amir.
      { metric: 'share-of-shifts-not-short', target: 75, period: 'term' },
      { metric: 'volunteer-hours', target: 60, period: 'term' },
    ],
  },
];

async function agreements(
  app: INestApplicationContext,
  actor: (email: string) => Promise<Actor>,
): Promise<void> {
  const dataSource = app.get(DataSource);
  const service = app.get(AgreementsService);
  for (const story of AGREEMENTS) {
    const subjectId = await story.find(dataSource);
    if (!subjectId) continue;
    const existing = await service
      .forSubject(await actor(story.writer), story.kind, subjectId)
      .catch(() => null);
    if (existing) continue;
    const written = await service.write(await actor(story.writer), story.kind, subjectId, {
      goals: story.goals,
      activities: story.activities,
      startsOn: '2026-08-17',
      endsOn: '2027-06-30',
      budget: null,
      deciders: story.sides.map((side, index) => ({ side, name: story.deciders[index] })),
      criteria: story.criteria as never,
    });
    await service.accept(await actor(story.accepter), written.agreement.id, 1);
  }
}
