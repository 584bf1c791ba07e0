import type { ClinicalScope } from '@camhs/domain';

/**
 * SQL condition keeping only referrals (alias `r`) inside the caller's clinical scope. Pushes its
 * two parameters onto `params`. An empty scope matches nothing.
 */
export function referralInScope(scope: ClinicalScope, params: unknown[], alias = 'r'): string {
  const teams = params.push([...scope.teamIds]);
  const areas = params.push([...scope.areaIds]);
  return `(${alias}.team_id = ANY($${teams}::uuid[]) OR ${alias}.area_id = ANY($${areas}::uuid[]))`;
}

/** SQL condition: the child (column `childColumn`) has at least one referral inside the scope. */
export function childInScope(scope: ClinicalScope, params: unknown[], childColumn: string): string {
  return `EXISTS (SELECT 1 FROM referral sr WHERE sr.child_id = ${childColumn} AND ${referralInScope(scope, params, 'sr')})`;
}
