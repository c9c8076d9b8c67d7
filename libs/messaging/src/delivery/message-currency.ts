import { MessageEntity } from '../outbox/message.entity';

/**
 * Tells the renderer whether a message written earlier still says something true when it is
 * sent: a reminder for a visit that has since moved or been cancelled is skipped. Provided by
 * the domain, which knows what its messages are about.
 */
export interface MessageCurrency {
  isCurrent(message: MessageEntity): Promise<boolean>;
}

export const MESSAGE_CURRENCY = Symbol('MESSAGE_CURRENCY');
