import { ROUTE_POLICIES, RoutePolicy, permits } from '@camhs/contracts';
import { Role } from '@camhs/domain';

/** A page of the Panels section, shown in its sub-navigation to the roles the page's own API call admits. */
export interface PanelsNavLink {
  /** Router path, absolute. */
  path: string;
  text: string;
  policy: RoutePolicy;
}

/** In the order a coordinator works: cases, sittings, the catalogue, outcome reviews, the report. */
export const PANELS_NAV_LINKS: readonly PanelsNavLink[] = [
  { path: '/panels', text: 'Cases', policy: ROUTE_POLICIES['GET /api/panel-cases'] },
  { path: '/panels/sittings', text: 'Sittings', policy: ROUTE_POLICIES['GET /api/panels/{id}'] },
  { path: '/panels/catalogue', text: 'Catalogue', policy: ROUTE_POLICIES['GET /api/panel-catalogue'] },
  { path: '/panels/reviews', text: 'Reviews', policy: ROUTE_POLICIES['GET /api/panel-reviews'] },
  { path: '/panels/report', text: 'Report', policy: ROUTE_POLICIES['GET /api/panels/{id}/report'] },
];

/** The section's pages these roles may open. */
export function panelsNavFor(roles: readonly Role[]): PanelsNavLink[] {
  return PANELS_NAV_LINKS.filter((link) => permits(link.policy, roles).allowed);
}

/** The link of the page at `url` (a sitting, `/panels/sittings/…`, belongs to Sittings): the longest path it starts with. */
export function activeNavPath(url: string, links: readonly PanelsNavLink[]): string | null {
  const path = url.split(/[?#]/)[0].replace(/\/+$/, '');
  const matches = links.filter((l) => path === l.path || path.startsWith(`${l.path}/`));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? null;
}
