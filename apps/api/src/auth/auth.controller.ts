import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuthService } from '@app/core';
import { Public } from './access.decorators';
import { LoginLinkRequestDto, SessionDto, SessionRequestDto } from './auth.dto';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
@Throttle({ default: { limit: 10, ttl: 60_000 } })
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Mails a one-time sign-in link. Answers 202 whether or not the address is known. */
  @Post('login-links')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'A link is on its way if the address is known.' })
  async requestLoginLink(@Body() body: LoginLinkRequestDto): Promise<void> {
    await this.auth.requestLoginLink(body.email);
  }

  /** Exchanges the token of a sign-in link, once, for a bearer token. */
  @Post('sessions')
  @Public()
  @HttpCode(HttpStatus.CREATED)
  @ApiOkResponse({ type: SessionDto })
  createSession(@Body() body: SessionRequestDto): Promise<SessionDto> {
    return this.auth.createSession(body.token);
  }
}
