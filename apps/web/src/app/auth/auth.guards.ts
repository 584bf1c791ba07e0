import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { SECTIONS, Section } from '../shell/sections';
import { currentUrl, safeReturnUrl, signInUrlTree } from './return-url';
import { SessionService } from './session.service';

/** Everything but the sign-in page: signed-out visitors go to sign in, then come back. */
export const signedInGuard: CanMatchFn = () => {
  if (inject(SessionService).signedIn()) return true;
  const router = inject(Router);
  return signInUrlTree(router, currentUrl(router));
};

/** The sign-in page is for signed-out visitors; a signed-in one goes where they were heading. */
export const signedOutGuard: CanMatchFn = () => {
  if (!inject(SessionService).signedIn()) return true;
  const router = inject(Router);
  const target = router.currentNavigation()?.extractedUrl.queryParamMap.get('returnUrl');
  return router.parseUrl(safeReturnUrl(target) ?? '/');
};

/**
 * A section's route matches only for roles its policy allows. When it does not match, the router
 * falls through to the no-access route declared after it, so the address stays as typed.
 */
export function sectionGuard(section: Section): CanMatchFn {
  return () => inject(SessionService).allows(section.policy);
}

/** The sections the signed-in user may open, in navigation order. */
export function allowedSections(session: SessionService): Section[] {
  return SECTIONS.filter((s) => session.allows(s.policy));
}

/** Home for a user whose roles open no section: the no-access page. */
export const NO_SECTION_PATH = 'no-access';

/** The home page is the first section the user may open (a redirect function: runs in injection context). */
export function homeRedirect(): string {
  const [first] = allowedSections(inject(SessionService));
  return `/${first?.path ?? NO_SECTION_PATH}`;
}
