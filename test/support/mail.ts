import { ReceivedMail } from '@app/testing';

/** The one-click links of a request mail, as paths, in the order they appear. */
export function answerLinks(mail: ReceivedMail): string[] {
  return [...mail.text.matchAll(/http:\/\/scheduler\.test(\/visit-answers\?token=[\w.-]+)/g)].map(
    (match) => match[1],
  );
}
