import { DAY_MS, DEFAULT_SCHOOL_CALENDAR } from '@app/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { buildFeed, FeedEvent } from '@app/messaging/calendar/feed';
import { weeklyEvent } from '@app/messaging/calendar/weekly-series';
import {
  commitmentEventUid,
  shiftEventSummary,
  shiftEventUid,
  visitEventSummary,
  visitEventUid,
} from '@app/messaging/calendar/event-identity';
import { Actor } from '../accounts/actor';
import { Locale } from '../accounts/role';
import { UserEntity } from '../accounts/user.entity';
import { Clock } from '../clock/clock';
import { NotFoundError } from '../errors/domain-error';
import { appLinks } from '../links/app-links';
import { commitmentSeries, loadSeriesFacts, SeriesFacts } from '../volunteering/commitment-series';

export interface FeedUrls {
  feedUrl: string;
  webcalUrl: string;
}

/** A feed's text, built once per version of the person's calendar and kept. */
export interface FeedBody {
  /**
   * The calendar as UTF-8, gzipped: kept so, a feed of 100 events takes about 5 KB instead of
   * 75 KB as a string, and goes out as it is to every client that accepts gzip (calendar apps
   * do).
   */
  gzipped: Buffer;
  lastModified: Date;
}

/**
 * The feed as served. Its validator comes from one indexed lookup; the calendar is read and
 * built only when the client does not have it and no built copy of that version is kept.
 */
export interface Feed {
  etag: string;
  body(): Promise<FeedBody>;
}

/** The person behind a feed secret, with their calendar's version. */
interface FeedOwner {
  id: string;
  name: string;
  locale: Locale;
  createdAt: Date;
  feedGeneration: number;
  calendarVersion: string;
  /** The zone the person reads times in: their own, their school's, or Copenhagen's. */
  timezone: string;
}

/** Built feeds kept in memory, by validator: some 6,000 feeds of 100 events. */
const KEPT_FEED_BYTES = 32 * 1024 * 1024;

/** Times arrive as ISO 8601 text, inside the JSON the one query returns. */
interface VisitRow {
  id: string;
  status: string;
  kind: 'class-visit' | 'preparation';
  start: string;
  end: string;
  location: string;
  agenda: string;
  revision: number;
  changed: string;
  label: string;
  school: string;
  timezone: string;
  company: string;
}

interface ShiftRow {
  id: string;
  start: string;
  end: string;
  cancelled: boolean;
  sequence: number;
  changed: string;
  title: string;
  location: string;
  partner: string;
  timezone: string;
}

/**
 * Each person's secret calendar feed: every visit they take part in (as a side or a host) and
 * every shift they have a place on, from 90 days back to a year ahead. The secret is derived from
 * the server's secret and a generation kept per person, so the database alone reveals no working
 * URL, and rotating (a new generation) stops the old URL at once.
 */
@Injectable()
export class CalendarFeedService {
  private readonly built = new LRUCache<string, FeedBody>({
    maxSize: KEPT_FEED_BYTES,
    sizeCalculation: (body) => body.gzipped.length + 64,
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async urls(actor: Actor): Promise<FeedUrls> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ id: actor.userId });
    return this.urlsFor(user);
  }

  async rotate(actor: Actor): Promise<FeedUrls> {
    await this.dataSource
      .getRepository(UserEntity)
      .increment({ id: actor.userId }, 'feedGeneration', 1);
    return this.urls(actor);
  }

  /**
   * The feed behind a secret; an unknown or rotated one does not exist. Its validator names the
   * calendar's version (bumped by the database with every change a feed shows, see the
   * calendar-versions migration), the person's name, language and zone, and the day: the feed's
   * window moves a day at a time.
   */
  async feed(token: string): Promise<Feed> {
    const owner = await this.ownerOf(token);
    const day = Math.floor(this.clock.nowMs() / DAY_MS) * DAY_MS;
    const etag = `"${createHash('sha256')
      .update(
        JSON.stringify([
          owner.id,
          owner.feedGeneration,
          owner.calendarVersion,
          day,
          owner.locale,
          owner.name,
          owner.timezone,
        ]),
      )
      .digest('base64url')
      .slice(0, 32)}"`;
    return {
      etag,
      body: async () => {
        const kept = this.built.get(etag);
        if (kept) return kept;
        const body = await this.read(owner, day);
        this.built.set(etag, body);
        return body;
      },
    };
  }

  /** Everything in the person's feed, from 90 days before the day to a year after it. */
  private async read(owner: FeedOwner, day: number): Promise<FeedBody> {
    const from = new Date(day - 90 * DAY_MS);
    const to = new Date(day + 366 * DAY_MS);
    const cancelledSince = new Date(day - 30 * DAY_MS);
    // One statement for both lists: the visits a person takes part in (as contact person, as a
    // teacher of the class, or as a host; one taken off a visit sees it cancelled, like a
    // cancelled visit, for 30 days) and the shifts they have or had a place on.
    const [{ visits, shifts }] = await this.dataSource.query<
      { visits: VisitRow[]; shifts: ShiftRow[] }[]
    >(
      `SELECT
         (SELECT coalesce(json_agg(v ORDER BY v.start, v.id), '[]'::json) FROM (
            WITH mine AS (
              SELECT id AS visit_id, NULL::timestamptz AS added_at, NULL::timestamptz AS removed_at
              FROM visits WHERE contact_person_id = $1
              UNION ALL
              SELECT visits.id, NULL, NULL
              FROM class_teachers JOIN visits ON visits.class_id = class_teachers.class_id
              WHERE class_teachers.user_id = $1
              UNION ALL
              SELECT visit_id, added_at, removed_at FROM visit_hosts WHERE user_id = $1
            ), taking_part AS (
              SELECT visit_id, max(added_at) AS added_at,
                     CASE WHEN bool_and(removed_at IS NOT NULL) THEN max(removed_at) END AS released_at
              FROM mine GROUP BY visit_id
            )
            SELECT visits.id, visits.kind, visits.location, visits.agenda, visits.revision,
                   CASE WHEN taking_part.released_at IS NULL THEN visits.status ELSE 'cancelled' END AS status,
                   coalesce(visits.start_at, (visits.slots -> 0 ->> 'start')::timestamptz) AS start,
                   coalesce(visits.end_at, (visits.slots -> 0 ->> 'end')::timestamptz) AS end,
                   greatest(visits.updated_at, taking_part.added_at, taking_part.released_at) AS changed,
                   classes.label, schools.name AS school, schools.timezone, companies.name AS company
            FROM taking_part
            JOIN visits ON visits.id = taking_part.visit_id
            JOIN classes ON classes.id = visits.class_id
            JOIN schools ON schools.id = classes.school_id
            JOIN adoptions ON adoptions.id = visits.adoption_id
            JOIN companies ON companies.id = adoptions.company_id
            WHERE visits.status <> 'declined'
              AND (visits.status <> 'cancelled' OR visits.updated_at >= $4)
              AND (taking_part.released_at IS NULL OR taking_part.released_at >= $4)
              AND coalesce(visits.start_at, (visits.slots -> 0 ->> 'start')::timestamptz) BETWEEN $2 AND $3
          ) AS v) AS visits,
         (SELECT coalesce(json_agg(s ORDER BY s.start, s.id), '[]'::json) FROM (
            SELECT DISTINCT ON (shifts.id) shifts.id, shifts.start_at AS start, shifts.end_at AS end,
                   (signups.status = 'cancelled' OR shifts.status = 'cancelled') AS cancelled,
                   shifts.revision + (SELECT sum(mine.revision)::int FROM signups mine
                                      WHERE mine.shift_id = shifts.id AND mine.user_id = $1) AS sequence,
                   greatest(signups.created_at, signups.cancelled_at, shifts.created_at) AS changed,
                   programmes.title, programmes.location, programmes.timezone, partners.name AS partner
            FROM signups
            JOIN shifts ON shifts.id = signups.shift_id
            JOIN programmes ON programmes.id = shifts.programme_id
            JOIN partners ON partners.id = programmes.partner_id
            LEFT JOIN commitments ON commitments.id = signups.commitment_id
            WHERE signups.user_id = $1
              -- A standing commitment's days are its series', below.
              AND (commitments.id IS NULL OR shifts.date < commitments.series_from)
              AND (signups.status = 'confirmed'
                   OR (signups.status = 'cancelled' AND signups.cancelled_at >= $4))
              AND shifts.start_at BETWEEN $2 AND $3
            ORDER BY shifts.id, (signups.status = 'confirmed') DESC, signups.created_at DESC
          ) AS s) AS shifts`,
      [owner.id, from, to, cancelledSince],
    );
    const series = await loadSeriesFacts(this.dataSource.manager, {
      userId: owner.id,
      endedSince: from,
    });
    // Changes that show are at most as old as the day the window last moved.
    const lastModified = new Date(
      Math.max(
        owner.createdAt.getTime(),
        day,
        ...visits.map((visit) => new Date(visit.changed).getTime()),
        ...shifts.map((shift) => new Date(shift.changed).getTime()),
        ...series.map((facts) => facts.changed.getTime()),
      ),
    );
    return { gzipped: gzipSync(this.build(owner, visits, shifts, series)), lastModified };
  }

  private build(
    user: FeedOwner,
    visits: VisitRow[],
    shifts: ShiftRow[],
    series: SeriesFacts[],
  ): string {
    const locale = user.locale === Locale.English ? 'en' : 'da';
    const links = appLinks(this.config.publicUrl);
    const events: FeedEvent[] = [
      ...visits.map((visit) => ({
        uid: visitEventUid(visit.id, this.config.publicUrl),
        sequence: visit.revision,
        start: new Date(visit.start),
        end: new Date(visit.end),
        timezone: visit.timezone,
        status:
          visit.status === 'cancelled'
            ? ('CANCELLED' as const)
            : visit.status === 'requested'
              ? ('TENTATIVE' as const)
              : ('CONFIRMED' as const),
        summary: visitEventSummary(
          {
            kind: visit.kind,
            companyName: visit.company,
            className: visit.label,
            schoolName: visit.school,
          },
          locale,
        ),
        description: visit.agenda,
        location: visit.location,
        url: links.visit(visit.id),
      })),
      ...shifts.map((shift) => ({
        uid: shiftEventUid(shift.id, this.config.publicUrl),
        sequence: shift.sequence,
        start: new Date(shift.start),
        end: new Date(shift.end),
        timezone: shift.timezone,
        status: shift.cancelled ? ('CANCELLED' as const) : ('CONFIRMED' as const),
        summary: shiftEventSummary(
          { partnerName: shift.partner, programmeTitle: shift.title },
          locale,
        ),
        description: shift.title,
        location: shift.location,
        url: links.shift(shift.id),
      })),
      ...series.flatMap((facts) => this.seriesEvent(facts, locale)),
    ];
    const name = locale === 'da' ? `Partnerskaber: ${user.name}` : `Partnerships: ${user.name}`;
    return buildFeed(name, user.timezone, events, this.clock.now());
  }

  /** A standing commitment as the same recurring event its invitations carry. */
  private seriesEvent(facts: SeriesFacts, locale: 'da' | 'en'): FeedEvent[] {
    const { series, withdrawn } = commitmentSeries(facts);
    if (withdrawn) return [];
    const first = weeklyEvent(series, facts.timezone);
    return [
      {
        uid: commitmentEventUid(facts.commitmentId, this.config.publicUrl),
        sequence: facts.revision,
        start: first.start.toJSDate(),
        end: first.end.toJSDate(),
        timezone: facts.timezone,
        status: 'CONFIRMED',
        summary: shiftEventSummary(facts, locale),
        description: facts.programmeTitle,
        location: facts.location,
        url: appLinks(this.config.publicUrl).programme(facts.programmeId),
        recurrence: series,
      },
    ];
  }

  private urlsFor(user: UserEntity): FeedUrls {
    const token = `${user.id.replace(/-/g, '')}${this.sign(user.id, user.feedGeneration)}`;
    const feedUrl = `${this.config.publicUrl}/feeds/${token}.ics`;
    return { feedUrl, webcalUrl: feedUrl.replace(/^https?:/, 'webcal:') };
  }

  private async ownerOf(token: string): Promise<FeedOwner> {
    const hex = token.slice(0, 32);
    const signature = token.slice(32);
    // ASCII only, so that both sides of the comparison are 43 bytes and not just 43 characters.
    if (!/^[0-9a-f]{32}$/.test(hex) || !/^[\w-]{43}$/.test(signature)) {
      throw new NotFoundError('feed');
    }
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const [owner] = await this.dataSource.query<FeedOwner[]>(
      `SELECT users.id, users.name, users.locale, users.created_at AS "createdAt",
              users.feed_generation AS "feedGeneration",
              coalesce(calendar_versions.version, 0)::text AS "calendarVersion",
              reading_timezone(users.id, $2) AS timezone
       FROM users LEFT JOIN calendar_versions ON calendar_versions.user_id = users.id
       WHERE users.id = $1`,
      [id, DEFAULT_SCHOOL_CALENDAR.timezone],
    );
    const expected = owner ? this.sign(owner.id, owner.feedGeneration) : 'x'.repeat(43);
    if (!owner || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      throw new NotFoundError('feed');
    }
    return owner;
  }

  /** 256 bits that only the server can make: the person and the feed's generation, signed. */
  private sign(userId: string, generation: number): string {
    return createHmac('sha256', `feeds:${this.config.auth.jwtSecret}`)
      .update(`${userId}:${generation}`)
      .digest('base64url');
  }
}
