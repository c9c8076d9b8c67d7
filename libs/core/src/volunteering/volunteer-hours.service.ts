import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../accounts/actor';

export interface MonthHours {
  month: string;
  programmeId: string;
  programmeTitle: string;
  hours: number;
  shiftsAttended: number;
  noShows: number;
}

export interface VolunteerHours {
  totalHours: number;
  shiftsAttended: number;
  noShows: number;
  months: MonthHours[];
}

/** A volunteer's own hours from attendance, by month (in the programme's zone) and programme. */
@Injectable()
export class VolunteerHoursService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mine(actor: Actor): Promise<VolunteerHours> {
    const rows = await this.dataSource.query<
      {
        month: string;
        programme_id: string;
        title: string;
        hours: string | null;
        attended: number;
        absent: number;
      }[]
    >(
      `SELECT to_char(shifts.date, 'YYYY-MM') AS month, programmes.id AS programme_id,
              programmes.title,
              sum(signups.hours) FILTER (WHERE signups.attended) AS hours,
              count(*) FILTER (WHERE signups.attended)::int AS attended,
              count(*) FILTER (WHERE signups.attended = false)::int AS absent
       FROM signups
       JOIN shifts ON shifts.id = signups.shift_id
       JOIN programmes ON programmes.id = shifts.programme_id
       WHERE signups.user_id = $1 AND signups.attended IS NOT NULL
       GROUP BY 1, 2, 3
       ORDER BY 1, 3`,
      [actor.userId],
    );
    const months = rows.map((row) => ({
      month: row.month,
      programmeId: row.programme_id,
      programmeTitle: row.title,
      hours: Number(row.hours ?? 0),
      shiftsAttended: row.attended,
      noShows: row.absent,
    }));
    const sum = (pick: (month: MonthHours) => number) =>
      Math.round(months.reduce((total, month) => total + pick(month), 0) * 100) / 100;
    return {
      totalHours: sum((month) => month.hours),
      shiftsAttended: sum((month) => month.shiftsAttended),
      noShows: sum((month) => month.noShows),
      months,
    };
  }
}
