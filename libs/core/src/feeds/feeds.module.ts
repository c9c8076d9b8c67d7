import { Module } from '@nestjs/common';
import { CalendarFeedService } from './calendar-feed.service';

@Module({ providers: [CalendarFeedService], exports: [CalendarFeedService] })
export class FeedsModule {}
