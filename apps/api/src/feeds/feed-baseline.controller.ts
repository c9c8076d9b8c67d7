import { Controller, Get, Param, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { FeedThrottlerGuard } from './feeds.controller';

const CONSTANT = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

/**
 * What a feed request costs when the feed costs nothing: the same guards, limits and logging as
 * the feeds, and a constant answer. Only with BENCHMARK_ROUTES, for `npm run bench` to measure
 * the feeds against.
 */
@ApiExcludeController()
@Controller('feeds/baseline')
@UseGuards(FeedThrottlerGuard)
@Throttle({ default: { limit: 60, ttl: 60_000 } })
export class FeedBaselineController {
  @Get(':file')
  @Public()
  getConstant(@Param('file') file: string, @Res() response: Response): void {
    response.setHeader('ETag', `"${file.length}"`);
    response.setHeader('Cache-Control', 'private, max-age=0, must-revalidate');
    response.type('text/calendar; charset=utf-8').send(CONSTANT);
  }
}
