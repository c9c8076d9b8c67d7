import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { DonationsModule } from '../donations/donations.module';
import { CompanyReportService } from './company-report.service';
import { ProgrammeReportService } from './programme-report.service';

@Module({
  imports: [AgreementsModule, DonationsModule],
  providers: [CompanyReportService, ProgrammeReportService],
  exports: [CompanyReportService, ProgrammeReportService],
})
export class ReportsModule {}
