import { IncomingHttpHeaders } from 'node:http';
import { NextFunction, Request, Response } from 'express';
import { ForbiddenError } from '@app/core';

/** Methods that change nothing, which a page of another site may cause freely. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sec-Fetch-Site values of a request a page of our own caused, or the person themself. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Why a request that would change something is refused as coming from another site, or null
 * when it may pass. Browsers send Sec-Fetch-Site (every current one) or at least Origin with
 * every POST, and a page cannot forge either; a request with neither comes from a program,
 * which holds no victim's cookie, and passes.
 */
export function crossOriginRefusal(
  request: { method: string; headers: IncomingHttpHeaders },
  publicOrigin: string,
): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && !OWN_FETCH_SITES.has(String(fetchSite))) {
    return `This request came from another site (Sec-Fetch-Site: ${String(fetchSite)}); send it from ${publicOrigin}.`;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== publicOrigin) {
    return `This request came from another origin (${origin}); send it from ${publicOrigin}.`;
  }
  return null;
}

/** A refusal with the code a program reads and the sentence a person does. */
export interface Refusal {
  code: 'request.cross-origin' | 'request.not-json';
  message: string;
}

/** True when the request carries a body: a length above 0, or one sent in chunks. */
function hasBody(headers: IncomingHttpHeaders): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}

/**
 * Why a change signed in by the session cookie is refused, or null when it may pass. Stricter
 * than the sign-in form's rule, because the browser adds the cookie to any request: it must say
 * it comes from a page of ours (Origin, which every browser sends with such a request, and
 * Sec-Fetch-Site where sent), and a body must be JSON, which no form of another site can send
 * without the browser asking us first. Programs send a bearer token instead.
 */
export function cookieRequestRefusal(
  request: { method: string; headers: IncomingHttpHeaders },
  publicOrigin: string,
): Refusal | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const { headers } = request;
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    return {
      code: 'request.cross-origin',
      message: `This request came from another site (Sec-Fetch-Site: ${String(fetchSite)}); a change signed in by the session cookie must come from a page of ${publicOrigin}.`,
    };
  }
  if (headers.origin === undefined) {
    return {
      code: 'request.cross-origin',
      message: `This request does not say where it came from (no Origin header); a change signed in by the session cookie must come from a page of ${publicOrigin}. Programs send "Authorization: Bearer <token>" instead.`,
    };
  }
  if (headers.origin !== publicOrigin) {
    return {
      code: 'request.cross-origin',
      message: `This request came from another origin (${headers.origin}); a change signed in by the session cookie must come from a page of ${publicOrigin}.`,
    };
  }
  const mediaType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (hasBody(headers) && mediaType !== 'application/json') {
    return {
      code: 'request.not-json',
      message: `A change signed in by the session cookie must send its body as application/json, not ${mediaType || 'without a Content-Type'}.`,
    };
  }
  return null;
}

/**
 * The rule for the sign-in form, which a browser posts without our cookie: another site may
 * link to it, not sign a visitor in through it. 403 otherwise.
 */
export function sameOriginOnly(publicUrl: string) {
  const publicOrigin = new URL(publicUrl).origin;
  return (request: Request, _response: Response, next: NextFunction): void => {
    const refusal = crossOriginRefusal(request, publicOrigin);
    next(refusal ? new ForbiddenError('request.cross-origin', refusal) : undefined);
  };
}
