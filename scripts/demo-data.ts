import { DataSource, EntityManager } from 'typeorm';
import { MembershipEntity } from '@app/core/accounts/membership.entity';
import { Locale, Role } from '@app/core/accounts/role';
import { UserEntity } from '@app/core/accounts/user.entity';
import { CompanyEntity, CsrModel } from '@app/core/organisations/company.entity';
import { PartnerEntity } from '@app/core/organisations/partner.entity';
import { SchoolClosedDateEntity } from '@app/core/organisations/school-closed-date.entity';
import { SchoolEntity } from '@app/core/organisations/school.entity';

// The catalogue's situations with invented people: LEGO adopts a 7th grade in Vejle, the local
// newspaper a 2nd grade in Esbjerg, an insurance company's staff volunteer in a refugee-aid
// NGO's boys' club, and a mortgage bank gives used computers to the area's net café and
// homework club.

/** The Danish school holidays of 2026/27, as most municipalities set them. */
export const HOLIDAYS_2026_27 = [
  { from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' },
  { from: '2026-12-21', to: '2027-01-01', label: 'Juleferie' },
  { from: '2027-02-15', to: '2027-02-19', label: 'Vinterferie' },
  { from: '2027-03-22', to: '2027-03-29', label: 'Påskeferie' },
  { from: '2027-05-06', to: '2027-05-07', label: 'Kristi himmelfart' },
  { from: '2027-05-17', to: '2027-05-17', label: '2. pinsedag' },
];

export interface DemoUser {
  role: Role;
  name: string;
  email: string;
  locale: Locale;
  organisation: string | null;
  what: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    role: Role.Admin,
    name: 'Områdesekretariatet Vejle Øst',
    email: 'sekretariat@vejle-oest.example',
    locale: Locale.Danish,
    organisation: null,
    what: 'registers schools, companies and people; creates adoptions',
  },
  {
    role: Role.Teacher,
    name: 'Marianne Holm',
    email: 'marianne.holm@bakkeskolen.example',
    locale: Locale.Danish,
    organisation: 'Bakkeskolen',
    what: 'teaches 2.A in Esbjerg, adopted by JydskeVestkysten',
  },
  {
    role: Role.Teacher,
    name: 'Søren Dahl',
    email: 'soeren.dahl@kirkebakkeskolen.example',
    locale: Locale.Danish,
    organisation: 'Kirkebakkeskolen',
    what: 'teaches 7.A in Vejle, adopted by LEGO',
  },
  {
    role: Role.Contact,
    name: 'Jonas Kjær',
    email: 'jonas.kjaer@lego.example',
    locale: Locale.Danish,
    organisation: 'LEGO',
    what: "LEGO's visit leader for 7.A",
  },
  {
    role: Role.Volunteer,
    name: 'Line Bech',
    email: 'line.bech@lego.example',
    locale: Locale.Danish,
    organisation: 'LEGO',
    what: "LEGO engineer, also at 7.A's December visit to answer the class's questions",
  },
  {
    role: Role.Contact,
    name: 'Hanne Vestergaard',
    email: 'hanne.vestergaard@jv.example',
    locale: Locale.Danish,
    organisation: 'JydskeVestkysten',
    what: "the newspaper's editor, contact person for 2.A",
  },
  {
    role: Role.Volunteer,
    name: 'Amir Haddad',
    email: 'amir.haddad@skandia.example',
    locale: Locale.English,
    organisation: 'Skandia',
    what: 'volunteers in the boys’ club on Wednesdays (mail in English)',
  },
  {
    role: Role.Coordinator,
    name: 'Mette Lund',
    email: 'mette.lund@drc.example',
    locale: Locale.Danish,
    organisation: 'Dansk Flygtningehjælp',
    what: "leads the boys' club: homework help and football",
  },
  {
    role: Role.Contact,
    name: 'Camilla Krogh',
    email: 'camilla.krogh@skandia.example',
    locale: Locale.Danish,
    organisation: 'Skandia',
    what: "Skandia's CSR contact for the boys' club",
  },
  {
    role: Role.Contact,
    name: 'Peter Bang',
    email: 'peter.bang@brfkredit.example',
    locale: Locale.Danish,
    organisation: 'BRFkredit',
    what: "runs BRFkredit's programme of used computers for the area's projects",
  },
  {
    role: Role.Coordinator,
    name: 'Yasmin Ali',
    email: 'yasmin.ali@netcafe.example',
    locale: Locale.Danish,
    organisation: 'Netcaféen i Nørremarken',
    what: 'runs the net café; asks BRFkredit for computers',
  },
  {
    role: Role.Coordinator,
    name: 'Kasper Juhl',
    email: 'kasper.juhl@lektiecafe.example',
    locale: Locale.English,
    organisation: 'Lektiecaféen Vejle Øst',
    what: 'runs the homework club; asks BRFkredit for computers (mail in English)',
  },
];

/** The partner organisations, and what each does. */
const PARTNERS = [
  {
    name: 'Dansk Flygtningehjælp',
    description: 'Drengeklubben i Vejle Øst: lektiehjælp og fodbold om onsdagen.',
  },
  { name: 'Netcaféen i Nørremarken', description: 'Åben netcafé for boligområdets beboere.' },
  { name: 'Lektiecaféen Vejle Øst', description: 'Lektiehjælp for skolebørn tre dage om ugen.' },
];

/** Loads the demo data; running it again changes nothing. */
export async function seedDemoData(dataSource: DataSource, now: Date): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const organisations = new Map<string, { kind: 'school' | 'company' | 'partner'; id: string }>();

    for (const school of [
      { name: 'Bakkeskolen', city: 'Esbjerg' },
      { name: 'Kirkebakkeskolen', city: 'Vejle' },
    ]) {
      const row = await findOrCreate(manager, SchoolEntity, { name: school.name }, () => ({
        ...school,
        timezone: 'Europe/Copenhagen',
        schoolYearStart: '08-01',
        lastSchoolDay: '06-30',
        createdAt: now,
      }));
      for (const holiday of HOLIDAYS_2026_27) {
        await findOrCreate(
          manager,
          SchoolClosedDateEntity,
          { schoolId: row.id, from: holiday.from },
          () => ({ ...holiday, schoolId: row.id }),
        );
      }
      organisations.set(school.name, { kind: 'school', id: row.id });
    }

    for (const company of [
      { name: 'LEGO', city: 'Billund', csrModel: CsrModel.Integrated },
      { name: 'JydskeVestkysten', city: 'Esbjerg', csrModel: CsrModel.AddOn },
      { name: 'Skandia', city: 'København', csrModel: CsrModel.Integrated },
      { name: 'BRFkredit', city: 'Kongens Lyngby', csrModel: CsrModel.AddOn },
    ]) {
      const row = await findOrCreate(manager, CompanyEntity, { name: company.name }, () => ({
        ...company,
        createdAt: now,
      }));
      organisations.set(company.name, { kind: 'company', id: row.id });
    }

    for (const partner of PARTNERS) {
      const row = await findOrCreate(manager, PartnerEntity, { name: partner.name }, () => ({
        ...partner,
        city: 'Vejle',
        createdAt: now,
      }));
      organisations.set(partner.name, { kind: 'partner', id: row.id });
    }

    for (const person of DEMO_USERS) {
      const user = await findOrCreate(manager, UserEntity, { email: person.email }, () => ({
        email: person.email,
        name: person.name,
        locale: person.locale,
        createdAt: now,
      }));
      const organisation = person.organisation ? organisations.get(person.organisation) : null;
      const column = organisation ? `${organisation.kind}Id` : null;
      await findOrCreate(
        manager,
        MembershipEntity,
        { userId: user.id, role: person.role, ...(column ? { [column]: organisation!.id } : {}) },
        () => ({
          userId: user.id,
          role: person.role,
          ...(column ? { [column]: organisation!.id } : {}),
          createdAt: now,
        }),
      );
    }
  });
}

async function findOrCreate<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  where: Partial<T>,
  create: () => Partial<T>,
): Promise<T> {
  const found = await manager.findOneBy(entity, where as never);
  if (found) return found;
  return manager.save(entity, manager.create(entity, create() as never));
}
