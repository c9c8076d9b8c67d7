import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { AdoptionStatus, AdoptionSummary, AdoptionView } from '@app/core';
import { IsDateOnly } from '../http/dates';
import { byName, NamedDto } from '../http/named.dto';
import { PageDto } from '../http/page.dto';
import { ClosedPeriodDto } from '../organisations/organisation.dto';
import { toVisitDto, VisitDto } from './visit.dto';
import { MultiLine } from '../http/text';
import { IsHours } from '../http/hours';

export class CreateAdoptionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  classId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  companyId: string;

  @ApiProperty({ format: 'uuid', description: 'A contact person of the company.' })
  @IsUUID('all', { message: 'must be a UUID' })
  contactPersonId: string;

  @ApiProperty({ format: 'date', example: '2026-09-01' })
  @IsDateOnly()
  startsOn: string;

  @ApiPropertyOptional({ default: 7.4, description: "The contact person's hours per term." })
  @IsOptional()
  @IsHours()
  @Min(0.5)
  @Max(200)
  hoursBudgetPerTerm?: number;
}

/** What an admin may change of a running adoption; what is left out stays. */
export class UpdateAdoptionDto extends PickType(CreateAdoptionDto, ['hoursBudgetPerTerm']) {}

export class ContactPersonDto {
  @ApiProperty({ format: 'uuid', description: 'A contact person of the adopting company.' })
  @IsUUID('all', { message: 'must be a UUID' })
  contactPersonId: string;
}

export class EndAdoptionDto {
  @ApiProperty({ example: 'The company has closed its local branch.' })
  @MultiLine()
  @Length(1, 1000)
  reason: string;
}

export class TermDto {
  @ApiProperty({ example: '2026/27-autumn' }) name: string;
  @ApiProperty({ enum: ['autumn', 'spring'] }) kind: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: [VisitDto] }) visits: VisitDto[];
  @ApiProperty() hoursBudget: number;
  @ApiProperty() hoursLogged: number;
}

export class TermBoundsDto {
  @ApiProperty({ example: '2026/27-autumn' }) name: string;
  @ApiProperty({ enum: ['autumn', 'spring'] }) kind: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date', description: 'Its last day, included.' }) endsOn: string;
}

export class AdoptionClassDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2.A' }) label: string;
  @ApiProperty({ description: 'The grade it was registered with, in `schoolYear`.' }) grade: number;
  @ApiProperty({ example: '2026/27' }) schoolYear: string;
  @ApiProperty() pupils: number;
  @ApiProperty({ description: 'Its grade today.' }) currentGrade: number;
  @ApiProperty({ format: 'date', description: 'The last school day of its 9th-grade year.' })
  graduatesOn: string;
}

export class AdoptionSchoolDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: "IANA zone of the school's days, terms and visits." })
  timezone: string;
  @ApiProperty({ example: '08-01' }) schoolYearStart: string;
  @ApiProperty({ example: '06-30' }) lastSchoolDay: string;
  @ApiProperty({ type: [ClosedPeriodDto], description: 'No visits on these days.' })
  closedDates: ClosedPeriodDto[];
  @ApiProperty({
    type: [TermBoundsDto],
    description: "The school's terms over the adoption's life; a visit lies inside one.",
  })
  terms: TermBoundsDto[];
}

export class AdoptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) classId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ format: 'uuid' }) contactPersonId: string;
  @ApiProperty({ enum: AdoptionStatus }) status: AdoptionStatus;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date', description: "The class's graduation day." }) endsOn: string;
  @ApiProperty() hoursBudgetPerTerm: number;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiProperty({ type: AdoptionClassDto }) class: AdoptionClassDto;
  @ApiProperty({ type: AdoptionSchoolDto }) school: AdoptionSchoolDto;
  @ApiProperty({ type: NamedDto }) company: NamedDto;
  @ApiProperty({ type: NamedDto }) contactPerson: NamedDto;
  @ApiProperty({ type: [NamedDto], description: "The class's teachers, by name." })
  teachers: NamedDto[];
  @ApiPropertyOptional({ type: [TermDto], description: 'On a single adoption only.' })
  terms?: TermDto[];
}

export class AdoptionPageDto extends PageDto {
  @ApiProperty({ type: [AdoptionDto] }) items: AdoptionDto[];
}

export function toAdoptionDto(summary: AdoptionSummary): AdoptionDto {
  const { adoption, schoolClass, school, company, contactPerson, teachers } = summary.context;
  return {
    id: adoption.id,
    classId: adoption.classId,
    companyId: adoption.companyId,
    contactPersonId: adoption.contactPersonId,
    status: adoption.status,
    startsOn: adoption.startsOn,
    endsOn: adoption.endsOn,
    hoursBudgetPerTerm: adoption.hoursBudgetPerTerm,
    endReason: adoption.endReason,
    endedAt: adoption.endedAt?.toISOString() ?? null,
    class: {
      id: schoolClass.id,
      label: schoolClass.label,
      grade: schoolClass.grade,
      schoolYear: schoolClass.schoolYear,
      pupils: schoolClass.pupils,
      currentGrade: summary.currentGrade,
      graduatesOn: summary.graduatesOn,
    },
    school: {
      id: school.id,
      name: school.name,
      timezone: school.timezone,
      schoolYearStart: school.schoolYearStart,
      lastSchoolDay: school.lastSchoolDay,
      closedDates: [...school.closedDates]
        .sort((a, b) => a.from.localeCompare(b.from))
        .map(({ from, to, label }) => ({ from, to, label })),
      terms: summary.schoolTerms.map(({ name, kind, startsOn, endsOn }) => ({
        name,
        kind,
        startsOn,
        endsOn,
      })),
    },
    company: { id: company.id, name: company.name },
    contactPerson: { id: contactPerson.id, name: contactPerson.name },
    teachers: byName(teachers),
  };
}

export function toAdoptionViewDto(view: AdoptionView): AdoptionDto {
  return {
    ...toAdoptionDto(view),
    terms: view.terms.map(({ term, visits, hoursBudget, hoursLogged }) => ({
      name: term.name,
      kind: term.kind,
      startsOn: term.startsOn,
      endsOn: term.endsOn,
      visits: visits.map(toVisitDto),
      hoursBudget,
      hoursLogged,
    })),
  };
}
