import { Injectable } from '@nestjs/common';
import { MessageSecrets } from '@app/messaging/delivery/message-secrets';
import { MessageEntity } from '@app/messaging/outbox/message.entity';
import { TemplateParams } from '@app/messaging/templates';
import { SecretLinkName } from '@app/messaging/templates/secret-link';
import { SignInLinks } from '../accounts/sign-in-links';
import { VisitAnswerTokens } from '../adoptions/visit-answer-tokens';

/**
 * Makes the secret links of a mail as it is sent, from what its message keeps: a sign-in token's
 * row id, or an answer's claims. Both are signed with the server's secret, so the database alone
 * makes no working link. What it cannot make it leaves out, and the send fails: better no mail
 * than one with a dead button.
 */
@Injectable()
export class SecretLinks implements MessageSecrets {
  constructor(
    private readonly signIn: SignInLinks,
    private readonly answers: VisitAnswerTokens,
  ) {}

  links(message: MessageEntity): Record<string, string> {
    switch (message.template) {
      case 'auth.login-link':
      case 'auth.invitation': {
        const { loginTokenId } = message.params as Partial<TemplateParams['auth.login-link']>;
        // A message written before links were made at send time has none to make.
        if (typeof loginTokenId !== 'string') return {};
        return { [SecretLinkName.signIn]: this.signIn.link(loginTokenId) };
      }
      case 'visit.requested':
      case 'visit.rescheduled': {
        const { visitId, slots, answerLinks } = message.params as TemplateParams['visit.requested'];
        const expires = new Date(answerLinks?.expiresAt ?? NaN);
        if (!answerLinks || Number.isNaN(expires.getTime())) return {};
        const link = (slot: number | null) =>
          this.answers.link(
            { visitId, revision: answerLinks.revision, userId: answerLinks.userId, slot },
            expires,
          );
        const links: Record<string, string> = { [SecretLinkName.decline]: link(null) };
        for (let index = 0; index < slots.length; index++) {
          links[SecretLinkName.confirmSlot(index)] = link(index);
        }
        return links;
      }
      default:
        return {};
    }
  }
}
