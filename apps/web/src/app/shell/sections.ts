import { ROUTE_POLICIES, RoutePolicy } from '@camhs/contracts';
import { Role } from '@camhs/domain';

/** A part of the service with its own page and navigation link. */
export interface Section {
  /** Route path, without the leading '/'. */
  path: string;
  /** Navigation link text and page title. */
  text: string;
  /** Who may open it: the shared declarations the API enforces, never a per-role list kept here. */
  policy: RoutePolicy;
}

/** Open to whoever any of these policies admits (a section whose pages rest on different API calls). */
export function anyOf(...policies: RoutePolicy[]): RoutePolicy {
  const wider = policies.find((p) => p.access !== 'roles');
  if (wider) return wider;
  const roles = policies.flatMap((p): readonly Role[] => (p.access === 'roles' ? p.roles : []));
  return { access: 'roles', roles: [...new Set(roles)] };
}

/** In navigation order. The same entries guard the routes (app.routes.ts) and fill the header. */
export const SECTIONS: readonly Section[] = [
  { path: 'duty', text: 'Duty', policy: ROUTE_POLICIES['GET /api/duty/today'] },
  { path: 'referrals', text: 'Referrals', policy: ROUTE_POLICIES['GET /api/referrals'] },
  { path: 'letters', text: 'Letters', policy: ROUTE_POLICIES['GET /api/letters'] },
  // Coordinators work the panels; administrators configure the catalogue with them; managers read the report.
  {
    path: 'panels',
    text: 'Panels',
    policy: anyOf(ROUTE_POLICIES['GET /api/panel-cases'], ROUTE_POLICIES['GET /api/panel-catalogue'], ROUTE_POLICIES['GET /api/panels/{id}/report']),
  },
  { path: 'reports', text: 'Reports', policy: ROUTE_POLICIES['GET /api/reports/ptl'] },
  { path: 'audit', text: 'Audit', policy: ROUTE_POLICIES['GET /api/audit'] },
];

export function sectionByPath(path: string): Section {
  const section = SECTIONS.find((s) => s.path === path);
  if (!section) throw new Error(`No section is declared for '${path}'`);
  return section;
}
