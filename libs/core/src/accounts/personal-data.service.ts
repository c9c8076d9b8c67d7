import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { NotFoundError } from '../errors/domain-error';

/** Everything the product holds about one person, section by section, as plain JSON. */
export interface PersonalDataExport {
  exportedAt: string;
  person: Record<string, unknown>;
  /** Each section is a list of rows; an empty list means nothing of that kind is held. */
  sections: Record<(typeof SECTIONS)[number]['name'], Record<string, unknown>[]>;
}

/**
 * One statement per section, each reading the rows that name the person ($1). Secrets are left
 * out on purpose: a sign-in's hash, the feed's generation and mail bodies' links are not the
 * person's data but keys to their account.
 */
const SECTIONS = [
  {
    name: 'memberships',
    sql: `SELECT m.id, m.role, m.created_at AS "createdAt",
                 CASE WHEN m.school_id IS NOT NULL THEN 'school'
                      WHEN m.company_id IS NOT NULL THEN 'company'
                      WHEN m.partner_id IS NOT NULL THEN 'partner' END AS "organisationType",
                 coalesce(m.school_id, m.company_id, m.partner_id) AS "organisationId",
                 coalesce(s.name, c.name, p.name) AS "organisationName"
          FROM memberships m
          LEFT JOIN schools s ON s.id = m.school_id
          LEFT JOIN companies c ON c.id = m.company_id
          LEFT JOIN partners p ON p.id = m.partner_id
          WHERE m.user_id = $1 ORDER BY m.created_at`,
  },
  {
    name: 'classesTaught',
    sql: `SELECT classes.id AS "classId", classes.label, classes.school_year AS "schoolYear",
                 schools.name AS school
          FROM class_teachers JOIN classes ON classes.id = class_teachers.class_id
          JOIN schools ON schools.id = classes.school_id
          WHERE class_teachers.user_id = $1 ORDER BY classes.school_year, classes.label`,
  },
  {
    name: 'adoptionsAsContactPerson',
    sql: `SELECT adoptions.id, classes.label AS class, companies.name AS company, adoptions.status,
                 adoptions.starts_on::text AS "startsOn", adoptions.ends_on::text AS "endsOn"
          FROM adoptions JOIN classes ON classes.id = adoptions.class_id
          JOIN companies ON companies.id = adoptions.company_id
          WHERE adoptions.contact_person_id = $1 ORDER BY adoptions.starts_on`,
  },
  {
    name: 'visits',
    sql: `SELECT visits.id, visits.kind, visits.status, visits.slots, visits.start_at AS start,
                 visits.end_at AS end,
                 visits.location, visits.agenda, visits.notes,
                 array_remove(ARRAY[
                   CASE WHEN visits.contact_person_id = $1 THEN 'contact-person' END,
                   CASE WHEN EXISTS (SELECT 1 FROM class_teachers t
                                     WHERE t.class_id = visits.class_id AND t.user_id = $1) THEN 'teacher' END,
                   CASE WHEN visits.proposed_by = $1 THEN 'proposed' END,
                   CASE WHEN EXISTS (SELECT 1 FROM visit_hosts h
                                     WHERE h.visit_id = visits.id AND h.user_id = $1) THEN 'host' END
                 ], NULL) AS roles
          FROM visits
          WHERE visits.contact_person_id = $1 OR visits.proposed_by = $1
             OR EXISTS (SELECT 1 FROM class_teachers t
                        WHERE t.class_id = visits.class_id AND t.user_id = $1)
             OR EXISTS (SELECT 1 FROM visit_hosts h WHERE h.visit_id = visits.id AND h.user_id = $1)
          ORDER BY visits.created_at`,
  },
  {
    name: 'visitHistory',
    sql: `SELECT visit_id AS "visitId", action, revision, details, at
          FROM visit_events WHERE actor_id = $1 ORDER BY at`,
  },
  {
    name: 'hours',
    sql: `SELECT adoption_id AS "adoptionId", date::text AS date, term, hours::float AS hours, activity, note,
                 visit_id AS "visitId", created_at AS "createdAt"
          FROM hours_entries WHERE user_id = $1 ORDER BY date, created_at`,
  },
  {
    name: 'commitments',
    sql: `SELECT commitments.id, programmes.title AS programme, commitments.created_at AS "createdAt",
                 commitments.ended_at AS "endedAt"
          FROM commitments JOIN programmes ON programmes.id = commitments.programme_id
          WHERE commitments.user_id = $1 ORDER BY commitments.created_at`,
  },
  {
    name: 'shiftPlaces',
    sql: `SELECT signups.id, programmes.title AS programme, shifts.start_at AS start,
                 shifts.end_at AS end, signups.status, signups.attended, signups.hours::float AS hours,
                 signups.created_at AS "createdAt", signups.cancelled_at AS "cancelledAt"
          FROM signups JOIN shifts ON shifts.id = signups.shift_id
          JOIN programmes ON programmes.id = shifts.programme_id
          WHERE signups.user_id = $1 ORDER BY shifts.start_at`,
  },
  {
    name: 'programmesCoordinated',
    sql: `SELECT programmes.id, programmes.title
          FROM programme_coordinators JOIN programmes ON programmes.id = programme_coordinators.programme_id
          WHERE programme_coordinators.user_id = $1 ORDER BY programmes.title`,
  },
  {
    name: 'partnershipUpdates',
    sql: `SELECT id, side, text, created_at AS "createdAt",
                 coalesce(adoption_id, programme_id, donation_programme_id) AS "partnershipId"
          FROM partnership_updates WHERE author_id = $1 ORDER BY created_at`,
  },
  {
    name: 'agreementVersionsWritten',
    sql: `SELECT agreement_id AS "agreementId", version, written_at AS "writtenAt"
          FROM agreement_versions WHERE written_by = $1 ORDER BY written_at`,
  },
  {
    name: 'donationRequests',
    sql: `SELECT a.id, p.title AS programme, a.requested_units AS "requestedUnits", a.purpose,
                 a.status, a.created_at AS "createdAt"
          FROM donation_allocations a JOIN donation_programmes p ON p.id = a.programme_id
          WHERE a.requested_by = $1 ORDER BY a.created_at`,
  },
  {
    name: 'donationSteps',
    sql: `SELECT allocation_id AS "allocationId", status, units, note, at
          FROM donation_allocation_steps WHERE actor_id = $1 ORDER BY at`,
  },
  {
    name: 'signIns',
    sql: `SELECT created_at AS "requestedAt", expires_at AS "expiresAt", used_at AS "usedAt"
          FROM login_tokens WHERE user_id = $1 ORDER BY created_at`,
  },
  {
    name: 'mails',
    sql: `SELECT messages.template, messages.created_at AS "writtenAt", deliveries.subject,
                 deliveries.status, deliveries.sent_at AS "sentAt"
          FROM messages LEFT JOIN deliveries ON deliveries.message_id = messages.id
          WHERE messages.recipient_user_id = $1 ORDER BY messages.created_at`,
  },
] as const;

/** What a person may ask to see of themselves (GDPR article 15), read by an admin for them. */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async export(userId: string): Promise<PersonalDataExport> {
    // One snapshot: every section as of the same moment.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [person] = await manager.query<Record<string, unknown>[]>(
        `SELECT id, email, name, locale, timezone, created_at AS "createdAt",
                deactivated_at AS "deactivatedAt", erased_at AS "erasedAt"
         FROM users WHERE id = $1`,
        [userId],
      );
      if (!person) throw new NotFoundError('user');
      const sections = {} as PersonalDataExport['sections'];
      for (const section of SECTIONS) {
        sections[section.name] = await manager.query(section.sql, [userId]);
      }
      return { exportedAt: this.clock.now().toISOString(), person, sections };
    });
  }
}
