import { CSRF_COOKIE, SESSION_COOKIE } from '@camhs/contracts';
import type { CookieOptions, Response } from 'express';

/**
 * The session cookie is httpOnly (scripts cannot read it) and SameSite=Strict; it has no expiry
 * date, so it goes when the browser closes, and the server ends it sooner (idle / absolute limits).
 * The CSRF cookie is readable so the web app can echo it in the X-XSRF-TOKEN header.
 */
function options(secure: boolean, httpOnly: boolean): CookieOptions {
  return { httpOnly, secure, sameSite: 'strict', path: '/' };
}

export function setSessionCookies(res: Response, token: string, csrfToken: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, options(secure, true));
  res.cookie(CSRF_COOKIE, csrfToken, options(secure, false));
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, options(secure, true));
  res.clearCookie(CSRF_COOKIE, options(secure, false));
}
