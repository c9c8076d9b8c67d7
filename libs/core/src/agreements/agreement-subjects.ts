import { EntityManager } from 'typeorm';
import { SchoolCalendar, schoolCalendar } from '@app/calendar';
import { Actor, organisationIds } from '../accounts/actor';
import { Role } from '../accounts/role';
import { canSeeAdoption, sideOf } from '../adoptions/adoption-access';
import { loadAdoptionContext } from '../adoptions/adoption-context';
import { calendarOf } from '../adoptions/classes.service';
import { NotFoundError } from '../errors/domain-error';
import { DonationProgrammeEntity } from '../donations/donation-programme.entity';
import { canRunDonations } from '../donations/donation-rules';
import { findVisibleProgramme } from '../volunteering/programme-loader';
import { SubjectKind } from './agreement-terms';

/** The column that names each kind of partnership, in agreements and updates alike. */
export const SUBJECT_COLUMN = {
  adoption: 'adoptionId',
  programme: 'programmeId',
  'donation-programme': 'donationProgrammeId',
} as const satisfies Record<SubjectKind, string>;

/** The same, as the tables' column. */
export const SUBJECT_SQL_COLUMN = {
  adoption: 'adoption_id',
  programme: 'programme_id',
  'donation-programme': 'donation_programme_id',
} as const satisfies Record<SubjectKind, string>;

/** A partnership as its agreement sees it, for one reader. */
export interface AgreementSubject {
  kind: SubjectKind;
  id: string;
  /** How people name it: the class and company, the programme's or donation programme's title. */
  name: string;
  /** The calendar its terms and school years follow, and the zone of its days. */
  calendar: SchoolCalendar;
  /** The side the reader is on, or null (an admin, other than a donation's secretariat). */
  side: string | null;
}

/** The partnership the actor may see, with the side they are on; to anyone else it is not there. */
export async function loadSubject(
  manager: EntityManager,
  actor: Actor,
  kind: SubjectKind,
  id: string,
): Promise<AgreementSubject> {
  switch (kind) {
    case 'adoption': {
      // An adoption that is not there is NotFoundError('adoption') already.
      const context = await loadAdoptionContext(manager, id);
      if (!canSeeAdoption(actor, context.adoption, context.school.id)) {
        throw new NotFoundError('adoption');
      }
      return {
        kind,
        id,
        name: `${context.schoolClass.label}, ${context.school.name} – ${context.company.name}`,
        calendar: calendarOf(context.school),
        side: sideOf(
          actor,
          context.adoption,
          context.teachers.map((teacher) => teacher.id),
        ),
      };
    }
    case 'programme': {
      const programme = await findVisibleProgramme(manager, actor, id);
      const contactOf = organisationIds(actor, 'company', [Role.Contact]);
      const side = organisationIds(actor, 'partner', [Role.Coordinator]).includes(
        programme.partnerId,
      )
        ? 'partner'
        : programme.companies.some((company) => contactOf.includes(company.id))
          ? 'company'
          : null;
      return {
        kind,
        id,
        name: programme.title,
        calendar: schoolCalendar({ timezone: programme.timezone }),
        side,
      };
    }
    case 'donation-programme': {
      const programme = await manager.findOneBy(DonationProgrammeEntity, { id });
      // Between the company and the secretariat: projects do not see it.
      if (!programme || !canRunDonations(actor, programme.companyId)) {
        throw new NotFoundError('donation programme', 'donation-programme.not-found');
      }
      return {
        kind,
        id,
        name: programme.title,
        calendar: schoolCalendar({ timezone: programme.timezone }),
        side: actor.isAdmin
          ? 'secretariat'
          : organisationIds(actor, 'company', [Role.Contact]).includes(programme.companyId)
            ? 'company'
            : null,
      };
    }
  }
}
