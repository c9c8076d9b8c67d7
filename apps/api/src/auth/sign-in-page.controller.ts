import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Response } from 'express';
import { AuthService, DomainError } from '@app/core';
import { escapeHtml } from '@app/messaging/templates/html';
import { APP_CONFIG, AppConfig } from '@app/config';
import { QUEUE_DASHBOARD_PATH, SESSION_COOKIE } from '../admin/queue-dashboard';
import { Public } from './access.decorators';
import { SingleLine } from '../http/text';

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

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36em; margin: 3em auto; line-height: 1.5">
<h1>${escapeHtml(title)}</h1>
${body}
</body></html>`;
}

/**
 * The page a mailed sign-in link opens. Opening it changes nothing (mail scanners open links);
 * its button posts the token, which spends it.
 */
@ApiExcludeController()
@Controller('sign-in')
@UseGuards(ThrottlerGuard)
@Throttle({ default: { limit: 10, ttl: 60_000 } })
export class SignInPageController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  // Keeps the token in the address from other sites, and lets the form say it comes from us:
  // under no-referrer a browser sends `Origin: null`, which the same-origin rule refuses.
  @Header('Referrer-Policy', 'same-origin')
  showSignInPage(@Query() query: SignInQueryDto): string {
    if (!query.token) {
      return page('Sign in', '<p>Open the link from your sign-in mail to sign in.</p>');
    }
    return page(
      'Sign in · Log ind',
      `<form method="post" action="/sign-in">
<input type="hidden" name="token" value="${escapeHtml(query.token)}">
<p><button type="submit" style="font-size: 1.1em; padding: 0.5em 1.5em">Sign in · Log ind</button></p>
</form>`,
    );
  }

  @Post()
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async signIn(@Body() form: SignInFormDto, @Res() response: Response): Promise<void> {
    response.type('html');
    try {
      const session = await this.auth.createSession(form.token);
      // Lets an admin's browser open the queue dashboard; nothing else reads the cookie.
      response.cookie(SESSION_COOKIE, session.accessToken, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.publicUrl.startsWith('https:'),
        path: QUEUE_DASHBOARD_PATH,
        expires: new Date(session.expiresAt),
      });
      response.send(
        page(
          'Signed in',
          `<p>Use this access token with the API until ${escapeHtml(session.expiresAt)}:</p>
<pre style="white-space: pre-wrap; word-break: break-all; background: #f3f4f6; padding: 1em">Authorization: Bearer <span id="access-token">${escapeHtml(session.accessToken)}</span></pre>
<p>The API is described at <a href="/docs">/docs</a>.</p>`,
        ),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response
        .status(401)
        .send(page('Sign-in link not valid', `<p>${escapeHtml(error.message)}</p>`));
    }
  }
}
