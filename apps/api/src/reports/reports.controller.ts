import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { Request, Response } from 'express';
import { Actor, CompanyReportService, ProgrammeReportService, ReportPeriod, Role } from '@app/core';
import { Allow, CurrentActor } from '../auth/access.decorators';
import { REPORT_LIMIT, TighterPersonLimit } from '../http/person-limit.guard';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  CompanyReportDto,
  companyReportCsv,
  ProgrammeReportDto,
  programmeReportCsv,
  ReportQueryDto,
  toProgrammeReportDto,
} from './report.dto';

/** JSON by default; CSV, one row per line item, with `format=csv` or `Accept: text/csv`. */
function jsonOrCsv(model: new () => object) {
  return ApiOkResponse({
    description: 'JSON, or CSV (one row per line item) with `format=csv` or `Accept: text/csv`.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(model) } },
      'text/csv': { schema: { type: 'string' } },
    },
  });
}

/** Impact reports over a period, as JSON for programs or CSV for spreadsheets. */
@ApiTags('reports')
@ApiExtraModels(CompanyReportDto, ProgrammeReportDto)
@ApiBearerAuth()
@Controller('reports')
@TighterPersonLimit(REPORT_LIMIT)
@ApiTooManyRequestsResponse({
  description: `More than ${REPORT_LIMIT.limit} reports a minute by one person; \`Retry-After\` says when to ask again.`,
})
export class ReportsController {
  constructor(
    private readonly companies: CompanyReportService,
    private readonly programmes: ProgrammeReportService,
  ) {}

  /**
   * What a company gave: its adoptions' visits, pupils and contact hours, and its people's
   * volunteer hours. For admins and the company's contact persons.
   */
  @Get('companies/:id')
  @Allow(Role.Contact)
  @jsonOrCsv(CompanyReportDto)
  async companyReport(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: ReportQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CompanyReportDto | string> {
    const report = await this.companies.report(actor, id, query, query.groupBy);
    if (!wantsCsv(query, request, response)) return report;
    sendAsCsv(response, 'company', report.period);
    return companyReportCsv(report);
  }

  /** How a programme ran: its shifts, places taken, attendance and hours, by company too. */
  @Get('programmes/:id')
  @Allow(Role.Coordinator)
  @jsonOrCsv(ProgrammeReportDto)
  async programmeReport(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: ReportQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProgrammeReportDto | string> {
    const report = await this.programmes.report(actor, id, query, query.groupBy);
    if (!wantsCsv(query, request, response)) return toProgrammeReportDto(report);
    sendAsCsv(response, 'programme', report.period);
    return programmeReportCsv(report);
  }
}

/** CSV when asked for by name or by the Accept header; JSON otherwise. */
function wantsCsv(query: ReportQueryDto, request: Request, response: Response): boolean {
  response.vary('Accept');
  if (query.format) return query.format === 'csv';
  return request.accepts(['application/json', 'text/csv']) === 'text/csv';
}

function sendAsCsv(response: Response, what: string, period: ReportPeriod): void {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${what}-report-${period.from}-${period.to}.csv"`,
  );
}
