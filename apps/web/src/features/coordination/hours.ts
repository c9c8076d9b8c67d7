/**
 * Hours as a person types them, "1,5" or "1.5", or null when they are not a number of hours
 * the API takes: more than 0, at most 24, with at most two decimals.
 */
export function parseHours(text: string): number | null {
  const normal = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(normal)) return null;
  const hours = Number(normal);
  return hours > 0 && hours <= 24 ? hours : null;
}
