import { ApiProperty, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { SchoolClassView } from '@app/core';
import { PageDto } from '../http/page.dto';
import { SingleLine } from '../http/text';

export class RegisterClassDto {
  @ApiProperty({ example: '2.A' })
  @SingleLine()
  @Length(1, 20)
  label: string;

  @ApiProperty({
    minimum: 0,
    maximum: 10,
    description: 'Grade in `schoolYear`; 0 is børnehaveklasse.',
  })
  @IsInt()
  @Min(0)
  @Max(10)
  grade: number;

  @ApiProperty({ example: '2026/27' })
  @Matches(/^\d{4}\/\d{2}$/, { message: 'must name a school year such as 2026/27' })
  schoolYear: string;

  @ApiProperty({ minimum: 1, maximum: 100, example: 22 })
  @IsInt()
  @Min(1)
  @Max(100)
  pupils: number;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Teachers of the school who teach the class.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be a list of user ids' })
  teacherIds: string[];
}

/**
 * Any of a class's fields; what is left out stays. `teacherIds` replaces the list. The grade and
 * school year change only while the class has no adoption: they fix its graduation day.
 */
export class UpdateClassDto extends PartialType(RegisterClassDto) {}

export class ClassDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) schoolId: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'The grade it was registered with, in `schoolYear`.' }) grade: number;
  @ApiProperty() schoolYear: string;
  @ApiProperty() pupils: number;
  @ApiProperty({ description: 'Its grade today.' }) currentGrade: number;
  @ApiProperty({ format: 'date', description: 'The last school day of its 9th-grade year.' })
  graduatesOn: string;
  @ApiProperty({ type: [String], format: 'uuid' }) teacherIds: string[];
}

export class ClassPageDto extends PageDto {
  @ApiProperty({ type: [ClassDto] }) items: ClassDto[];
}

export function toClassDto(view: SchoolClassView): ClassDto {
  const { schoolClass } = view;
  return {
    id: schoolClass.id,
    schoolId: schoolClass.schoolId,
    label: schoolClass.label,
    grade: schoolClass.grade,
    schoolYear: schoolClass.schoolYear,
    pupils: schoolClass.pupils,
    currentGrade: view.currentGrade,
    graduatesOn: view.graduatesOn,
    teacherIds: (schoolClass.teachers ?? []).map((teacher) => teacher.id).sort(),
  };
}
