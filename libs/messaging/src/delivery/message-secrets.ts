import { MessageEntity } from '../outbox/message.entity';

/**
 * Makes the secret links of a message (sign-in, one-click answers) as its mail is sent, from what
 * the message keeps, which opens nothing by itself (a sign-in token's row id, an answer's
 * claims). The same message makes the same links, so a retried send sends what the first did.
 * Provided by the domain, which knows how its links are made; keyed by placeholder name.
 */
export interface MessageSecrets {
  links(message: MessageEntity): Record<string, string>;
}

export const MESSAGE_SECRETS = Symbol('MESSAGE_SECRETS');
