import type { Role } from './roles';

/** What the caller belongs to: their teams, and the areas those teams cover. */
export interface Membership {
  roles: readonly Role[];
  teamIds: readonly string[];
  /** Areas covered by the caller's teams. */
  areaIds: readonly string[];
}

/**
 * Which CAMHS records (referrals and everything hanging off them) a caller may see: those made to
 * one of `teamIds`, or made in one of `areaIds`. Empty lists mean nothing.
 */
export interface ClinicalScope {
  teamIds: readonly string[];
  areaIds: readonly string[];
}

/**
 * The service's scope rules for CAMHS records:
 * - clinicians (duty clinicians, lead professionals) see children with a referral to one of their teams;
 * - managers see everything in the areas their teams cover;
 * - panel coordinators see CAMHS records only for children in their own team's scope;
 * - admin holds no clinical scope of its own (it manages users and configuration and reads the audit trail).
 * A user holding several roles gets the union.
 */
export function clinicalScope(m: Membership): ClinicalScope {
  const teamScoped = m.roles.some((r) => r === 'duty-clinician' || r === 'lead-professional' || r === 'panel-coordinator' || r === 'manager');
  return {
    teamIds: teamScoped ? [...m.teamIds] : [],
    areaIds: m.roles.includes('manager') ? [...m.areaIds] : [],
  };
}

/** Is a record made to `teamId` in `areaId` inside the scope? */
export function inClinicalScope(scope: ClinicalScope, record: { teamId: string; areaId: string }): boolean {
  return scope.teamIds.includes(record.teamId) || scope.areaIds.includes(record.areaId);
}
