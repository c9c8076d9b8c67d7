import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, OrganisationsService, Role, SchoolChangesService } from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { pageOf, PageQueryDto } from '../http/page.dto';
import { UuidParam } from '../http/uuid-param.pipe';
import {
  CompanyDirectoryPageDto,
  CompanyDto,
  CompanyPageDto,
  CreateCompanyDto,
  CreatePartnerDto,
  CreateSchoolDto,
  PartnerDto,
  PartnerPageDto,
  SchoolDto,
  SchoolPageDto,
  toCompanyDto,
  toPartnerDto,
  toSchoolDto,
  UpdateCompanyDto,
  UpdatePartnerDto,
  UpdateSchoolDto,
} from './organisation.dto';

// Lists show admins everything and everyone else only their own organisations; an
// organisation that is not the caller's answers 404, as if it did not exist.

@ApiTags('schools')
@ApiBearerAuth()
@Controller('schools')
export class SchoolsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly schoolChanges: SchoolChangesService,
  ) {}

  @Post()
  @Allow(Role.Admin)
  @ApiCreatedResponse({ type: SchoolDto })
  async createSchool(@Body() body: CreateSchoolDto): Promise<SchoolDto> {
    return toSchoolDto(await this.organisations.createSchool(body));
  }

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: SchoolPageDto })
  async listSchools(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<SchoolPageDto> {
    return pageOf(await this.organisations.listSchools(actor, query), toSchoolDto);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: SchoolDto })
  async getSchool(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<SchoolDto> {
    return toSchoolDto(await this.organisations.getSchool(actor, id));
  }

  /**
   * Corrects a school. Closing a day that holds a confirmed visit still to come, or a time zone
   * on whose clocks such a visit would break a rule, answers 409: cancel or move the visit first.
   */
  @Patch(':id')
  @Allow(Role.Admin)
  @ApiOkResponse({ type: SchoolDto })
  async updateSchool(
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateSchoolDto,
  ): Promise<SchoolDto> {
    return toSchoolDto(await this.schoolChanges.update(id, body));
  }
}

@ApiTags('companies')
@ApiBearerAuth()
@Controller('companies')
export class CompaniesController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @Allow(Role.Admin)
  @ApiCreatedResponse({ type: CompanyDto })
  async createCompany(@Body() body: CreateCompanyDto): Promise<CompanyDto> {
    return toCompanyDto(await this.organisations.createCompany(body));
  }

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: CompanyPageDto })
  async listCompanies(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<CompanyPageDto> {
    return pageOf(await this.organisations.listCompanies(actor, query), toCompanyDto);
  }

  /**
   * Every company's id and name, by name: what a coordinator needs to name the companies on a
   * programme. Other details of a company stay with its own people (`GET /companies`).
   */
  @Get('directory')
  @Allow(Role.Coordinator)
  @ApiOkResponse({ type: CompanyDirectoryPageDto })
  async listCompanyDirectory(@Query() query: PageQueryDto): Promise<CompanyDirectoryPageDto> {
    return pageOf(await this.organisations.companyDirectory(query), ({ id, name }) => ({
      id,
      name,
    }));
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: CompanyDto })
  async getCompany(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<CompanyDto> {
    return toCompanyDto(await this.organisations.getCompany(actor, id));
  }

  @Patch(':id')
  @Allow(Role.Admin)
  @ApiOkResponse({ type: CompanyDto })
  async updateCompany(
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateCompanyDto,
  ): Promise<CompanyDto> {
    return toCompanyDto(await this.organisations.updateCompany(id, body));
  }
}

@ApiTags('partners')
@ApiBearerAuth()
@Controller('partners')
export class PartnersController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @Allow(Role.Admin)
  @ApiCreatedResponse({ type: PartnerDto })
  async createPartner(@Body() body: CreatePartnerDto): Promise<PartnerDto> {
    return toPartnerDto(await this.organisations.createPartner(body));
  }

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: PartnerPageDto })
  async listPartners(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<PartnerPageDto> {
    return pageOf(await this.organisations.listPartners(actor, query), toPartnerDto);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: PartnerDto })
  async getPartner(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<PartnerDto> {
    return toPartnerDto(await this.organisations.getPartner(actor, id));
  }

  @Patch(':id')
  @Allow(Role.Admin)
  @ApiOkResponse({ type: PartnerDto })
  async updatePartner(
    @Param('id', UuidParam) id: string,
    @Body() body: UpdatePartnerDto,
  ): Promise<PartnerDto> {
    return toPartnerDto(await this.organisations.updatePartner(id, body));
  }
}
