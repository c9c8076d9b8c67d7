import { Module } from '@nestjs/common';
import { CompanyReportService } from './company-report.service';
import { ProgrammeReportService } from './programme-report.service';

@Module({
  providers: [CompanyReportService, ProgrammeReportService],
  exports: [CompanyReportService, ProgrammeReportService],
})
export class ReportsModule {}
