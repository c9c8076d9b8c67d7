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

/**
 * The one rule for every route a browser reaches with our cookie or a sign-in form: another
 * site may show it, not change anything through it. 403 otherwise.
 */
export function sameOriginOnly(publicUrl: string) {
  const publicOrigin = new URL(publicUrl).origin;
  return (request: Request, _response: Response, next: NextFunction): void => {
    const refusal = crossOriginRefusal(request, publicOrigin);
    next(refusal ? new ForbiddenError('request.cross-origin', refusal) : undefined);
  };
}
