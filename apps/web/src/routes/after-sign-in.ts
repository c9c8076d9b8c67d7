/**
 * Where to go after signing in. The mailed link may open in another tab, and the sign-in page
 * lands every browser on `/`; the screen a person asked for before signing in is remembered in
 * this browser for as long as a sign-in link lasts, and taken once.
 */
const KEY = 'after-sign-in';
const LINK_LIFETIME_MS = 15 * 60_000;

export function rememberNext(path: string): void {
  localStorage.setItem(KEY, JSON.stringify({ path, at: Date.now() }));
}

/** The remembered screen, if fresh; it is forgotten either way. */
export function takeNext(): string | null {
  const stored = localStorage.getItem(KEY);
  if (!stored) return null;
  localStorage.removeItem(KEY);
  try {
    const { path, at } = JSON.parse(stored) as { path?: unknown; at?: unknown };
    const fresh = typeof at === 'number' && Date.now() - at < LINK_LIFETIME_MS;
    // Only a path of this app: never another site.
    const ours = typeof path === 'string' && path.startsWith('/') && !path.startsWith('//');
    return fresh && ours ? path : null;
  } catch {
    return null;
  }
}
