import { Body, Controller, Get, Header, Inject, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Response } from 'express';
import { AuthService, Clock, DomainError } from '@app/core';
import { escapeHtml } from '@app/messaging/templates/html';
import { APP_CONFIG, AppConfig } from '@app/config';
import { bilingual, englishParagraph, htmlPage, submitButton } from '../http/html-page';
import { SingleLine } from '../http/text';
import { Public } from './access.decorators';
import { SessionCookie } from './session-cookie';

// Sign-in tokens are base64url: anything else cannot be one, and is refused before it is shown.
const TOKEN_SHAPE = /^[\w-]+$/;
const NOT_A_TOKEN = { message: '$property must be the token from a sign-in link' };

class SignInQueryDto {
  @IsOptional()
  @SingleLine()
  @MaxLength(200)
  @Matches(TOKEN_SHAPE, NOT_A_TOKEN)
  token?: string;
}

class SignInFormDto {
  @SingleLine()
  @MaxLength(200)
  @Matches(TOKEN_SHAPE, NOT_A_TOKEN)
  token: string;
}

/**
 * The page a mailed sign-in link opens. Opening it changes nothing (mail scanners open links);
 * its button posts the token, which spends it, sets the session cookie and opens the web app.
 */
@ApiExcludeController()
@Controller('sign-in')
@UseGuards(ThrottlerGuard)
@Throttle({ default: { limit: 10, ttl: 60_000 } })
export class SignInPageController {
  private readonly cookie: SessionCookie;

  constructor(
    private readonly auth: AuthService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cookie = new SessionCookie(config.publicUrl);
  }

  @Get()
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  // Keeps the token in the address from other sites, and lets the form say it comes from us:
  // under no-referrer a browser sends `Origin: null`, which the same-origin rule refuses.
  @Header('Referrer-Policy', 'same-origin')
  showSignInPage(@Query() query: SignInQueryDto): string {
    if (!query.token) {
      return htmlPage(
        { da: 'Log ind', en: 'Sign in' },
        `<p>Åbn linket i din mail for at logge ind.</p>
<p lang="en">Open the link from your sign-in mail to sign in.</p>`,
      );
    }
    return htmlPage(
      { da: 'Log ind', en: 'Sign in' },
      `<form method="post" action="/sign-in">
<input type="hidden" name="token" value="${escapeHtml(query.token)}">
${submitButton({ da: 'Log ind', en: 'Sign in' })}
</form>`,
    );
  }

  /** Spends the token; the browser then holds the session cookie and opens the web app. */
  @Post()
  @Public()
  @Header('Cache-Control', 'no-store')
  async signIn(@Body() form: SignInFormDto, @Res() response: Response): Promise<void> {
    try {
      const session = await this.auth.createSession(form.token);
      this.cookie.set(
        response,
        session.accessToken,
        Date.parse(session.expiresAt) - this.clock.nowMs(),
      );
      // 303: the browser follows with a GET, so a reload does not post the spent token again.
      response.redirect(303, '/');
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response
        .status(401)
        .type('html')
        .send(
          htmlPage(
            { da: 'Linket virker ikke', en: 'Sign-in link not valid' },
            `${englishParagraph(error.message)}
<p><a href="/">${bilingual({ da: 'Bed om et nyt link', en: 'Ask for a new link' })}</a></p>`,
          ),
        );
    }
  }
}
