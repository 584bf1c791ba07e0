import { Router, UrlTree } from '@angular/router';

export const SIGN_IN_PATH = '/sign-in';

/**
 * The `returnUrl` to honour after signing in, or null. Only paths inside this app are accepted
 * (one leading '/', no scheme, no `//host` or `/\host`, no whitespace), so a crafted sign-in link
 * cannot send someone to another site; the sign-in page itself is refused to avoid a loop.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (/\s/.test(value)) return null;
  const path = value.split(/[?#]/, 1)[0];
  if (path === SIGN_IN_PATH || path.startsWith(`${SIGN_IN_PATH}/`)) return null;
  return value;
}

/** `/sign-in?returnUrl=…` (the return address left out when it is just the home page). */
export function signInUrlTree(router: Router, returnUrl: string | null): UrlTree {
  const safe = safeReturnUrl(returnUrl);
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: safe && safe !== '/' ? { returnUrl: safe } : {} });
}

/** Where the user is, or is about to be when a navigation is under way. */
export function currentUrl(router: Router): string {
  const navigation = router.currentNavigation();
  const target = navigation?.finalUrl ?? navigation?.extractedUrl;
  return target ? router.serializeUrl(target) : router.url;
}
