import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { NotFoundError, Role, SweepName, SweepRunner } from '@app/core';
import { Allow } from '../auth/access.decorators';

class SweepResultDto {
  @ApiProperty({ enum: SweepName }) name: SweepName;
  @ApiProperty({ description: 'How many visits, adoptions, shifts or mails it changed.' })
  processed: number;
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/sweeps')
export class SweepsController {
  constructor(private readonly sweeps: SweepRunner) {}

  /** Runs a lifecycle sweep now instead of at the worker's next tick. */
  @Post(':name')
  @Allow(Role.Admin)
  @HttpCode(200)
  @ApiParam({ name: 'name', enum: SweepName })
  @ApiOkResponse({ type: SweepResultDto })
  async runSweep(@Param('name') name: string): Promise<SweepResultDto> {
    if (!Object.values<string>(SweepName).includes(name)) throw new NotFoundError('sweep');
    return { name: name as SweepName, processed: await this.sweeps.run(name as SweepName) };
  }
}
