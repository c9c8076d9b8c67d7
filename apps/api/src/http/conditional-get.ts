import { IncomingHttpHeaders } from 'node:http';

/** What the server knows of the representation it would send. */
export interface Validators {
  etag: string;
  lastModified?: Date;
}

/** An entity-tag without its weakness indicator: If-None-Match compares weakly. */
const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');

/**
 * Whether a GET may answer 304 Not Modified (RFC 9110 §13.1.2 and §13.2.2): with If-None-Match,
 * when one of its tags matches (or it is `*`), and If-Modified-Since is then ignored; without it,
 * when the representation has not changed since If-Modified-Since. Unlike Express's
 * `request.fresh`, a client's `Cache-Control: no-cache` does not turn a match into a 200 (the
 * RFC makes the answer depend on the validators alone); Node's fetch sends that header with
 * every conditional request.
 */
export function isNotModified(headers: IncomingHttpHeaders, validators: Validators): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    const current = opaque(validators.etag);
    return ifNoneMatch.split(',').some((tag) => opaque(tag) === current);
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined || !validators.lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return (
    !Number.isNaN(since) && Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= since
  );
}
