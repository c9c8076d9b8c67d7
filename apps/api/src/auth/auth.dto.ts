import { ApiProperty } from '@nestjs/swagger';
import { Length } from 'class-validator';
import { SingleLine } from '../http/text';
import { IsEmailAddress } from '../http/email';

export class LoginLinkRequestDto {
  @ApiProperty({ example: 'marianne@bakkeskolen.example' })
  @IsEmailAddress()
  email: string;
}

export class SessionRequestDto {
  @ApiProperty({ description: 'The token from the mailed sign-in link.' })
  @SingleLine()
  @Length(20, 200)
  token: string;
}

export class SessionDto {
  @ApiProperty()
  accessToken: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType: 'Bearer';

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}
