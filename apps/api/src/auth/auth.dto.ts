import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, Length } from 'class-validator';
import { SingleLine } from '../http/text';

export class LoginLinkRequestDto {
  @ApiProperty({ example: 'marianne@bakkeskolen.example' })
  @IsEmail({}, { message: 'must be an email address' })
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
