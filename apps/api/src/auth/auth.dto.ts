import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';

export class LoginLinkRequestDto {
  @ApiProperty({ example: 'marianne@bakkeskolen.example' })
  @IsEmail({}, { message: 'must be an email address' })
  email: string;
}

export class SessionRequestDto {
  @ApiProperty({ description: 'The token from the mailed sign-in link.' })
  @IsString()
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
