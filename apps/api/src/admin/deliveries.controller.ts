import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { Role } from '@app/core';
import { DeliveriesAdmin, DeliveryEntity, DeliveryStatus } from '@app/messaging';
import { Allow } from '../auth/access.decorators';
import { pageOf, PageDto, PageQueryDto } from '../http/page.dto';
import { UuidParam } from '../http/uuid-param.pipe';

class DeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DeliveryStatus })
  @IsOptional()
  @IsEnum(DeliveryStatus, {
    message: `must be one of: ${Object.values(DeliveryStatus).join(', ')}`,
  })
  status?: DeliveryStatus;
}

class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) messageId: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: DeliveryStatus }) status: DeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['REQUEST', 'CANCEL'] })
  calendarMethod: string | null;
  @ApiProperty({ format: 'date-time' }) renderedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the body was blanked, the retention period (MAIL_RETENTION_DAYS) over.',
  })
  purgedAt: string | null;
}

class DeliveryDetailDto extends DeliveryDto {
  @ApiProperty({
    description:
      'The plain-text body as stored: sign-in and answer links show as `{{secret-link:…}}`, made only as the mail is sent. Empty once purged.',
  })
  text: string;
  @ApiProperty({ description: 'The HTML body as stored, placeholders alike.' }) html: string;
}

class DeliveryPageDto extends PageDto {
  @ApiProperty({ type: [DeliveryDto] }) items: DeliveryDto[];
}

function toDeliveryDto(delivery: DeliveryEntity): DeliveryDto {
  return {
    id: delivery.id,
    messageId: delivery.messageId,
    to: delivery.to,
    subject: delivery.subject,
    status: delivery.status,
    attempts: delivery.attempts,
    lastError: delivery.lastError,
    calendarMethod: delivery.calendarMethod,
    renderedAt: delivery.renderedAt.toISOString(),
    sentAt: delivery.sentAt?.toISOString() ?? null,
    purgedAt: delivery.purgedAt?.toISOString() ?? null,
  };
}

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesAdmin) {}

  /** The mail the product has rendered, oldest first; `status=failed` shows what needs a look. */
  @Get()
  @Allow(Role.Admin)
  @ApiOkResponse({ type: DeliveryPageDto })
  async listDeliveries(@Query() query: DeliveryQueryDto): Promise<DeliveryPageDto> {
    const { status, ...page } = query;
    return pageOf(await this.deliveries.list({ status }, page), toDeliveryDto);
  }

  /** One delivery with what it said, as stored. */
  @Get(':id')
  @Allow(Role.Admin)
  @ApiOkResponse({ type: DeliveryDetailDto })
  async getDelivery(@Param('id', UuidParam) id: string): Promise<DeliveryDetailDto> {
    const delivery = await this.deliveries.get(id);
    return { ...toDeliveryDto(delivery), text: delivery.text, html: delivery.html };
  }

  /** Sends a failed delivery again. */
  @Post(':id/retry')
  @Allow(Role.Admin)
  @HttpCode(200)
  @ApiOkResponse({ type: DeliveryDto })
  async retryDelivery(@Param('id', UuidParam) id: string): Promise<DeliveryDto> {
    return toDeliveryDto(await this.deliveries.retry(id));
  }
}
