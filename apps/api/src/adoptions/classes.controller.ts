import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ClassesService, Role } from '@app/core';
import { Allow, CurrentActor, SignedIn } from '../auth/access.decorators';
import { UuidParam } from '../http/uuid-param.pipe';
import { ClassDto, ClassPageDto, RegisterClassDto, toClassDto, UpdateClassDto } from './class.dto';

@ApiTags('classes')
@ApiBearerAuth()
@Controller()
export class ClassesController {
  constructor(private readonly classes: ClassesService) {}

  /** Registers a class with its grade in a school year; the school's teachers or an admin. */
  @Post('schools/:id/classes')
  @Allow(Role.Teacher)
  @ApiCreatedResponse({ type: ClassDto })
  async registerClass(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) schoolId: string,
    @Body() body: RegisterClassDto,
  ): Promise<ClassDto> {
    return toClassDto(await this.classes.register(actor, schoolId, body));
  }

  @Get('schools/:id/classes')
  @SignedIn()
  @ApiOkResponse({ type: ClassPageDto })
  async listClasses(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) schoolId: string,
  ): Promise<ClassPageDto> {
    return {
      items: (await this.classes.listForSchool(actor, schoolId)).map(toClassDto),
      next: null,
    };
  }

  @Get('classes/:id')
  @SignedIn()
  @ApiOkResponse({ type: ClassDto })
  async getClass(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
  ): Promise<ClassDto> {
    return toClassDto(await this.classes.get(actor, id));
  }

  /** Corrects a class; the school's teachers or an admin, as for registering it. */
  @Patch('classes/:id')
  @Allow(Role.Teacher)
  @ApiOkResponse({ type: ClassDto })
  async updateClass(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() body: UpdateClassDto,
  ): Promise<ClassDto> {
    return toClassDto(await this.classes.update(actor, id, body));
  }
}
