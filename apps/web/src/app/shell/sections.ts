import { ROUTE_POLICIES, RoutePolicy } from '@camhs/contracts';
import { PANEL_ROLES, Role } from '@camhs/domain';

/** A part of the service with its own page and navigation link. */
export interface Section {
  /** Route path, without the leading '/'. */
  path: string;
  /** Navigation link text and page title. */
  text: string;
  /** Who may open it: the shared declarations the API enforces, never a per-role list kept here. */
  policy: RoutePolicy;
}

const rolesIn = (roles: readonly Role[]): RoutePolicy => ({ access: 'roles', roles });

/** In navigation order. The same entries guard the routes (app.routes.ts) and fill the header. */
export const SECTIONS: readonly Section[] = [
  { path: 'duty', text: 'Duty', policy: ROUTE_POLICIES['GET /api/duty/today'] },
  { path: 'referrals', text: 'Referrals', policy: ROUTE_POLICIES['GET /api/referrals'] },
  { path: 'letters', text: 'Letters', policy: ROUTE_POLICIES['GET /api/letters'] },
  { path: 'panels', text: 'Panels', policy: rolesIn(PANEL_ROLES) },
  { path: 'reports', text: 'Reports', policy: ROUTE_POLICIES['GET /api/reports/ptl'] },
  { path: 'audit', text: 'Audit', policy: ROUTE_POLICIES['GET /api/audit'] },
];

export function sectionByPath(path: string): Section {
  const section = SECTIONS.find((s) => s.path === path);
  if (!section) throw new Error(`No section is declared for '${path}'`);
  return section;
}
