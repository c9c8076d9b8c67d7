import { Controller, Get, Injectable, Param, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { Request, Response } from 'express';
import { CalendarFeedService, NotFoundError } from '@app/core';
import { Public } from '../auth/access.decorators';
import { isNotModified } from '../http/conditional-get';

/** Counts feed requests per secret, so one leaked URL cannot be hammered from many addresses. */
@Injectable()
export class FeedThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const params = request.params as Record<string, string> | undefined;
    return Promise.resolve(
      createHash('sha256')
        .update(params?.file ?? '')
        .digest('hex'),
    );
  }
}

/**
 * The personal calendar feeds, at a secret URL and with no other sign-in. Calendar apps poll:
 * an unchanged feed answers 304 without being built.
 */
@ApiExcludeController()
@Controller('feeds')
@UseGuards(FeedThrottlerGuard)
@Throttle({ default: { limit: 60, ttl: 60_000 } })
export class FeedsController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @Public()
  async getFeed(
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!file.endsWith('.ics')) throw new NotFoundError('feed');
    const feed = await this.feeds.feed(file.slice(0, -'.ics'.length));
    // The gzipped feed is another representation, with a validator of its own; a client may
    // hold either.
    const gzip = request.acceptsEncodings('gzip', 'identity') === 'gzip';
    const gzipTag = feed.etag.replace(/"$/, '-gzip"');
    response.setHeader('ETag', gzip ? gzipTag : feed.etag);
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Cache-Control', 'private, max-age=0, must-revalidate');
    const notModified = (lastModified?: Date) =>
      isNotModified(request.headers, { etag: feed.etag, lastModified }) ||
      isNotModified(request.headers, { etag: gzipTag, lastModified });
    if (notModified()) {
      response.status(304).end();
      return;
    }
    const body = await feed.body();
    response.setHeader('Last-Modified', body.lastModified.toUTCString());
    if (notModified(body.lastModified)) {
      response.status(304).end();
      return;
    }
    response.type('text/calendar; charset=utf-8');
    if (gzip) {
      response.setHeader('Content-Encoding', 'gzip');
      response.send(body.gzipped);
    } else {
      response.send(gunzipSync(body.gzipped));
    }
  }
}
