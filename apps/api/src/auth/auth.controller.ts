import {
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Inject,
  Post,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Response } from 'express';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Actor, AuthService } from '@app/core';
import { CurrentActor, Public, SignedIn } from './access.decorators';
import { LoginLinkRequestDto, SessionDto, SessionRequestDto } from './auth.dto';
import { SessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
@Throttle({ default: { limit: 10, ttl: 60_000 } })
export class AuthController {
  private readonly cookie: SessionCookie;

  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cookie = new SessionCookie(config.publicUrl);
  }

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

  /**
   * Ends every session of the caller, on every device, and clears the session cookie in this
   * browser. Only a signed-in caller gets here, so the per-address limit does not apply.
   */
  @Post('sign-out')
  @SignedIn()
  @SkipThrottle()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Every access token of the caller is refused from now on.' })
  async signOut(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.signOut(actor);
    this.cookie.clear(response);
  }
}
