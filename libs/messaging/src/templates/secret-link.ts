/**
 * A link that signs someone in or answers for them is a secret, and no row keeps one: a template
 * writes a placeholder where such a link goes, the stored delivery keeps the placeholder, and the
 * link is made and put in its place only as the mail is handed to the mail server.
 */
const OPENING = '{{secret-link:';
const PLACEHOLDER = /\{\{secret-link:([a-z0-9-]+)\}\}/g;

/** The secret links a mail can carry, by the name its placeholder gives. */
export const SecretLinkName = {
  signIn: 'sign-in',
  /** Confirms the slot with this index (from 0) of a request. */
  confirmSlot: (slot: number) => `answer-confirm-${slot}`,
  decline: 'answer-decline',
} as const;

/** Where the secret link of this name goes, as the stored body shows it. */
export function secretLink(name: string): string {
  return `${OPENING}${name}}}`;
}

/** The names of the secret links a body holds, each once. */
export function secretLinksIn(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/**
 * The body with every placeholder replaced by its link, written by `encode` (as is for text,
 * escaped for HTML). A placeholder without a link is a fault: better no mail than a dead button.
 */
export function fillSecretLinks(
  body: string,
  links: Readonly<Record<string, string>>,
  encode: (link: string) => string,
): string {
  return body.replace(PLACEHOLDER, (_placeholder, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(links, name)) {
      throw new Error(`The mail holds a secret link that cannot be made: ${name}`);
    }
    return encode(links[name]);
  });
}

/**
 * The parameters with no text that passes for a placeholder: a name or an agenda typed as
 * `{{secret-link:…}}` stays text, so every placeholder in a body is one its template wrote.
 */
export function withoutPlaceholders<Value>(value: Value): Value {
  if (typeof value === 'string') {
    return value.split(OPENING).join('{ {secret-link:') as Value;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => withoutPlaceholders(item)) as Value;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutPlaceholders(item)]),
    ) as Value;
  }
  return value;
}
