import { AUDIT_ROLES, CLINICAL_ROLES, REPORT_ROLES, Role, roleUsed } from '@camhs/domain';

/**
 * The letter queue: administrators post the letters (domain.md), clinicians see their own referrals'.
 * Record scope: the clinical scope, and for administrators the referrals of their own teams.
 */
const LETTER_ROLES: readonly Role[] = ['admin', ...CLINICAL_ROLES];
const LETTER_SCOPE =
  'admin holds no clinical scope (record-scope.ts), yet sends the letters: for letters alone it sees the referrals made to its own teams; clinical roles keep their clinical scope';

/** The panel's work is the coordinators' (domain.md); managers read its report; administrators configure the catalogue with them. */
const COORDINATOR: readonly Role[] = ['panel-coordinator'];
const PANEL_CATALOGUE_ROLES: readonly Role[] = ['panel-coordinator', 'admin'];
const PANEL_REPORT_ROLES: readonly Role[] = ['panel-coordinator', 'manager'];
const PANEL_REPORT_SCOPE = 'coordinators read their own teams’ panels; managers the panels whose team covers one of their areas (panel-scope.ts)';

/**
 * Who may call each API operation — the one place this is declared. The API refuses to start if a
 * route has no entry here (or an entry names no route), the access-matrix test checks every
 * operation in the OpenAPI document against it, and the web app derives its navigation from it.
 *
 * Record scope (which children a permitted caller sees) is applied on top, in the application
 * layer: a record outside the caller's scope answers 404.
 */
export type RoutePolicy =
  | { readonly access: 'public'; readonly reason: string }
  | { readonly access: 'signed-in' }
  | { readonly access: 'roles'; readonly roles: readonly Role[]; readonly reason?: string };

/** `METHOD /api/path`, with path parameters written as in OpenAPI (`{id}`). */
export type RouteKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /api/${string}`;

export const ROUTE_POLICIES = {
  'GET /api/health': { access: 'public', reason: 'load balancers and monitoring probe it; it reveals no records' },
  'POST /api/auth/sign-in': { access: 'public', reason: 'the way in' },
  'POST /api/auth/sign-out': { access: 'signed-in' },
  'GET /api/auth/session': { access: 'signed-in' },
  'GET /api/reference-data': { access: 'signed-in' },
  'POST /api/referrals': { access: 'roles', roles: CLINICAL_ROLES },
  'GET /api/referrals': { access: 'roles', roles: CLINICAL_ROLES },
  'GET /api/referrals/{id}': { access: 'roles', roles: CLINICAL_ROLES },
  'GET /api/referrals/{id}/timeline': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/referrals/{id}/access': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/referrals/{id}/assessment': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/referrals/{id}/discharge': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/referrals/{id}/waits': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/waits/{id}/start-treatment': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/waits/{id}/remove': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/referrals/{id}/appointments': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/appointments/{id}/outcome': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/referrals/{id}/risk-assessments': { access: 'roles', roles: CLINICAL_ROLES },
  'GET /api/referrals/{id}/risk-assessments': { access: 'roles', roles: CLINICAL_ROLES },
  // Lead professionals are allocated at the team meeting, by a lead professional or a manager.
  'POST /api/referrals/{id}/lead-professional': { access: 'roles', roles: ['lead-professional', 'manager'] },
  'GET /api/teams/{team}/meeting-agenda': { access: 'roles', roles: CLINICAL_ROLES },
  'GET /api/teams/{team}/lead-professionals': { access: 'roles', roles: CLINICAL_ROLES },
  'GET /api/duty/today': { access: 'roles', roles: CLINICAL_ROLES },
  'GET /api/duty/caseload': { access: 'roles', roles: ['lead-professional'], reason: 'a caseload is the children a lead professional holds' },
  'POST /api/duty/tasks/{id}/claim': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/duty/tasks/{id}/release': { access: 'roles', roles: CLINICAL_ROLES, reason: 'the holder, or a manager, releases a claim (checked by the use case)' },
  'POST /api/duty/tasks/{id}/review': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/referrals/{id}/contacts': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/referrals/{id}/no-response': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/duty/contacts/{id}/respond': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/duty/safeguarding/{id}/decide': { access: 'roles', roles: CLINICAL_ROLES, reason: 'Duty decides for AMBER/GREEN; for RED, the named lead professional or a manager (checked by the use case)' },
  'POST /api/referrals/{id}/screening': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/duty/crisis-clocks/{id}/contact': { access: 'roles', roles: CLINICAL_ROLES },
  'POST /api/duty/crisis-clocks/{id}/assessment': { access: 'roles', roles: CLINICAL_ROLES },
  'GET /api/reports/ptl': { access: 'roles', roles: REPORT_ROLES },
  'GET /api/reports/ptl/drill': { access: 'roles', roles: REPORT_ROLES },
  'GET /api/reports/ptl/export': { access: 'roles', roles: REPORT_ROLES },
  'GET /api/reports/ptl/weeks-waited': { access: 'roles', roles: REPORT_ROLES },
  'GET /api/reports/ptl/snapshots': { access: 'roles', roles: REPORT_ROLES },
  'GET /api/reports/ptl/snapshots/{id}': { access: 'roles', roles: REPORT_ROLES },
  'POST /api/imports/ptl': { access: 'roles', roles: ['admin'] },
  'GET /api/letters': { access: 'roles', roles: LETTER_ROLES, reason: LETTER_SCOPE },
  'GET /api/letters/{id}/pdf': { access: 'roles', roles: LETTER_ROLES, reason: LETTER_SCOPE },
  'POST /api/letters/{id}/sent': { access: 'roles', roles: LETTER_ROLES, reason: LETTER_SCOPE },
  // The intervention panel (issue 6): coordinators work their own teams' panels (checked by the use cases: other panels are 404);
  // administrators and coordinators configure the catalogue; managers read the report of a panel covering their areas.
  'GET /api/panel-catalogue': { access: 'roles', roles: PANEL_CATALOGUE_ROLES },
  'POST /api/panel-catalogue/types': { access: 'roles', roles: PANEL_CATALOGUE_ROLES },
  'PUT /api/panel-catalogue/types/{id}': { access: 'roles', roles: PANEL_CATALOGUE_ROLES },
  'POST /api/panel-catalogue/providers': { access: 'roles', roles: PANEL_CATALOGUE_ROLES },
  'PUT /api/panel-catalogue/providers/{id}': { access: 'roles', roles: PANEL_CATALOGUE_ROLES },
  'POST /api/panel-catalogue/entries': { access: 'roles', roles: PANEL_CATALOGUE_ROLES },
  'PUT /api/panel-catalogue/entries/{id}': { access: 'roles', roles: PANEL_CATALOGUE_ROLES },
  'PUT /api/panel-catalogue/settings': { access: 'roles', roles: PANEL_CATALOGUE_ROLES },
  'GET /api/panels': { access: 'roles', roles: PANEL_REPORT_ROLES, reason: 'a manager lists the panels whose report they may read' },
  'POST /api/panels': { access: 'roles', roles: COORDINATOR },
  'GET /api/panels/{id}': { access: 'roles', roles: COORDINATOR },
  'PUT /api/panels/{id}': { access: 'roles', roles: COORDINATOR },
  'POST /api/panels/{id}/members': { access: 'roles', roles: COORDINATOR },
  'PUT /api/panels/{id}/members/{memberId}': { access: 'roles', roles: COORDINATOR },
  'PUT /api/panels/{id}/budgets/{financialYear}': { access: 'roles', roles: COORDINATOR },
  'POST /api/panels/{id}/sittings': { access: 'roles', roles: COORDINATOR },
  'POST /api/panels/{id}/allocation-quote': { access: 'roles', roles: COORDINATOR },
  'GET /api/panels/{id}/report': { access: 'roles', roles: PANEL_REPORT_ROLES, reason: PANEL_REPORT_SCOPE },
  'GET /api/panels/{id}/report/export': { access: 'roles', roles: PANEL_REPORT_ROLES, reason: PANEL_REPORT_SCOPE },
  'GET /api/panel-cases': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-cases': { access: 'roles', roles: COORDINATOR },
  'GET /api/panel-cases/{id}': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-cases/{id}/consent': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-cases/{id}/risk': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-cases/{id}/withdraw': { access: 'roles', roles: COORDINATOR },
  'GET /api/panel-sittings/{id}': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-sittings/{id}/agenda': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-sittings/{id}/agenda/remove': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-sittings/{id}/issue': { access: 'roles', roles: COORDINATOR },
  'GET /api/panel-sittings/{id}/pack': { access: 'roles', roles: COORDINATOR },
  'PUT /api/panel-sittings/{id}/attendance': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-sittings/{id}/items/{itemId}/decision': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-sittings/{id}/close': { access: 'roles', roles: COORDINATOR },
  'GET /api/panel-reviews': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-reviews/{id}/outcome': { access: 'roles', roles: COORDINATOR },
  'GET /api/panel-actions': { access: 'roles', roles: COORDINATOR },
  'POST /api/panel-actions/{id}/done': { access: 'roles', roles: COORDINATOR },
  'GET /api/audit': { access: 'roles', roles: AUDIT_ROLES },
  'GET /api/audit/export': { access: 'roles', roles: AUDIT_ROLES },
} as const satisfies Record<RouteKey, RoutePolicy>;

export type DeclaredRoute = keyof typeof ROUTE_POLICIES;

export function policyFor(key: string): RoutePolicy | undefined {
  return (ROUTE_POLICIES as Record<string, RoutePolicy>)[key];
}

/**
 * May a caller holding `roles` (null: not signed in) call an operation with this policy?
 * Returns the role the call acts under ('signed-in' when any signed-in user may call it).
 */
export function permits(policy: RoutePolicy, roles: readonly Role[] | null): { allowed: boolean; roleUsed: Role | null } {
  if (policy.access === 'public') return { allowed: true, roleUsed: roles?.[0] ?? null };
  if (roles === null) return { allowed: false, roleUsed: null };
  if (policy.access === 'signed-in') return { allowed: true, roleUsed: roles[0] ?? null };
  const used = roleUsed(policy.roles, roles);
  return { allowed: used !== undefined, roleUsed: used ?? null };
}
