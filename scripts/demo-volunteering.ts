import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import {
  Clock,
  CommitmentEntity,
  CompanyEntity,
  PartnerEntity,
  ProgrammeEntity,
  ProgrammesService,
  ShiftMaterialiser,
  CommitmentsService,
} from '@app/core';
import { withDemoContext } from './demo-context';
import { HOLIDAYS_2026_27 } from './demo-data';

const TITLE = 'Lektiehjælp og fodbold i drengeklubben';

/**
 * The boys' club's Wednesday homework help and football, 16:00–18:00, closed in the school
 * holidays, where Skandia's staff volunteer; Amir keeps a standing weekly commitment. Its shifts
 * are materialised from today on the application clock, so the demo always has coming shifts.
 */
export async function seedDemoVolunteering(config: AppConfig): Promise<void> {
  await withDemoContext(config, new Clock(config.clockStart), async (app, actor) => {
    const dataSource = app.get(DataSource);
    const coordinator = await actor('mette.lund@drc.example');
    const volunteer = await actor('amir.haddad@skandia.example');
    let programme = await dataSource.getRepository(ProgrammeEntity).findOneBy({ title: TITLE });
    if (!programme) {
      const partner = await dataSource
        .getRepository(PartnerEntity)
        .findOneByOrFail({ name: 'Dansk Flygtningehjælp' });
      const company = await dataSource
        .getRepository(CompanyEntity)
        .findOneByOrFail({ name: 'Skandia' });
      programme = await app.get(ProgrammesService).create(coordinator, {
        partnerId: partner.id,
        title: TITLE,
        location: 'Klubhuset, Vejle Øst',
        timezone: 'Europe/Copenhagen',
        companyIds: [company.id],
        coordinatorIds: [coordinator.userId],
        schedule: { weekdays: [3], startTime: '16:00', endTime: '18:00', startsOn: '2026-08-19' },
        capacity: { min: 2, max: 4 },
        closedDates: [
          ...HOLIDAYS_2026_27,
          { from: '2027-06-26', to: '2027-08-08', label: 'Sommerferie' },
        ],
        horizonWeeks: 12,
      });
    }
    const committed = await dataSource
      .getRepository(CommitmentEntity)
      .findOneBy({ programmeId: programme.id, userId: volunteer.userId });
    if (!committed) await app.get(CommitmentsService).commit(volunteer, programme.id);
    // Later runs of the demo fill the horizon from their own today.
    await app.get(ShiftMaterialiser).materialise(programme.id);
  });
}
