import { Type, inject } from '@angular/core';
import { Route } from '@angular/router';
import { ROUTE_POLICIES } from '@camhs/contracts';
import { NO_SECTION_PATH } from '../auth/auth.guards';
import { NoAccessPage } from '../auth/no-access.page';
import { SessionService } from '../auth/session.service';
import { panelsNavFor } from './panels-nav-links';

const NO_ACCESS: Omit<Route, 'path'> = { pathMatch: 'full', title: 'You do not have access to this page', component: NoAccessPage };

/**
 * One page of the Panels section, matched only for the roles of the API call it is built on (the
 * section admits coordinators, managers and administrators, who each use different pages), then
 * `otherwise` at the same address for everyone else: the no-access page unless told.
 */
export function panelsPage(
  path: string,
  title: string,
  policy: keyof typeof ROUTE_POLICIES,
  load: () => Promise<Type<unknown>>,
  otherwise: Omit<Route, 'path'> = NO_ACCESS,
): Route[] {
  return [
    { path, pathMatch: 'full', title, canMatch: [() => inject(SessionService).allows(ROUTE_POLICIES[policy])], loadComponent: load },
    { ...otherwise, path },
  ];
}

/** Where `/panels` leads a role with no board: the first page of the section it may open (a manager: the report; an administrator: the catalogue). */
export function panelsHomeRedirect(): string {
  const [first] = panelsNavFor(inject(SessionService).roles());
  return first?.path ?? `/${NO_SECTION_PATH}`;
}
