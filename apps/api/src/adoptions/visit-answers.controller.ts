import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { Response } from 'express';
import { DateTime } from 'luxon';
import {
  ActorLoader,
  ConflictError,
  DomainError,
  requireUnchangedSince,
  VisitAnswer,
  VisitAnswerTokens,
  VisitsService,
} from '@app/core';
import { escapeHtml } from '@app/messaging/templates/html';
import { Public } from '../auth/access.decorators';
import { Bilingual, bilingual, englishParagraph, htmlPage, submitButton } from '../http/html-page';
import { MultiLine, SingleLine } from '../http/text';

class AnswerQueryDto {
  @SingleLine()
  @MaxLength(1000)
  token: string;
}

class AnswerFormDto {
  @SingleLine()
  @MaxLength(1000)
  token: string;

  @IsOptional()
  @MultiLine()
  @Length(0, 1000)
  reason?: string;
}

/**
 * The pages the one-click links of a visit request open. Opening a link shows what it will do
 * and changes nothing (mail scanners open links); its button does it.
 */
@ApiExcludeController()
@Controller('visit-answers')
@UseGuards(ThrottlerGuard)
@Throttle({ default: { limit: 30, ttl: 60_000 } })
export class VisitAnswersController {
  constructor(
    private readonly tokens: VisitAnswerTokens,
    private readonly visits: VisitsService,
    private readonly actors: ActorLoader,
  ) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async showAnswer(@Query() query: AnswerQueryDto, @Res() response: Response): Promise<void> {
    await this.answer(response, query.token, async (answer, actor) => {
      const { visit, timezone } = await this.visits.get(actor, answer.visitId);
      requireUnchangedSince(answer, visit.revision);
      const form = (label: Bilingual, extra = '') =>
        `<form method="post" action="/visit-answers">
<input type="hidden" name="token" value="${escapeHtml(query.token)}">${extra}
${submitButton(label)}
</form>`;
      if (answer.slot === null) {
        return htmlPage(
          { da: 'Afslå forslaget', en: 'Decline the proposal' },
          form(
            { da: 'Afslå', en: 'Decline' },
            `<p><label>${bilingual({ da: 'Begrundelse', en: 'Reason' })}<br><textarea name="reason" rows="3" cols="40" required></textarea></label></p>`,
          ),
        );
      }
      const slot = visit.slots[answer.slot];
      const when = DateTime.fromJSDate(slot.start, { zone: timezone })
        .setLocale('da')
        .toFormat("cccc d. MMMM 'kl.' H.mm");
      return htmlPage(
        { da: 'Bekræft tidspunktet', en: 'Confirm the time' },
        `<p>${escapeHtml(visit.location)}: ${escapeHtml(when)}</p>${form({ da: 'Bekræft', en: 'Confirm' })}`,
      );
    });
  }

  @Post()
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async giveAnswer(@Body() form: AnswerFormDto, @Res() response: Response): Promise<void> {
    await this.answer(response, form.token, async (answer, actor) => {
      if (answer.slot === null) {
        await this.visits.decline(actor, answer.visitId, form.reason?.trim() || '—', answer);
        return htmlPage(
          { da: 'Afslået', en: 'Declined' },
          `<p>${bilingual({ da: 'Tak. Forslaget er afslået.', en: 'The proposal is declined.' })}</p>`,
        );
      }
      await this.visits.confirm(actor, answer.visitId, answer.slot, answer);
      return htmlPage(
        { da: 'Bekræftet', en: 'Confirmed' },
        `<p>${bilingual({ da: 'Tak. Besøget er bekræftet.', en: 'The visit is confirmed.' })}</p>`,
      );
    });
  }

  private async answer(
    response: Response,
    token: string,
    render: (
      answer: VisitAnswer,
      actor: NonNullable<Awaited<ReturnType<ActorLoader['load']>>>,
    ) => Promise<string>,
  ): Promise<void> {
    response.type('html');
    try {
      const answer = this.tokens.read(token);
      const actor = await this.actors.load(answer.userId);
      if (!actor) throw new ConflictError('visit-answer.invalid-link', 'This link is not valid.');
      response.send(await render(answer, actor));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = {
        invalid: 400,
        unauthorised: 401,
        forbidden: 403,
        'not-found': 404,
        conflict: 409,
      };
      response
        .status(status[error.kind])
        .send(
          htmlPage(
            { da: 'Linket virker ikke', en: 'The link does not work' },
            englishParagraph(error.message),
          ),
        );
    }
  }
}
