/** Addresses are kept trimmed and in lower case, so that one address is one person. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
