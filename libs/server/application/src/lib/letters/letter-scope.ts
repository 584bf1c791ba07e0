import type { ClinicalScope, Role } from '@camhs/domain';
import type { Sql } from '../audit/audit-log';
import type { Actor } from '../identity/actor';

/**
 * Which referrals' letters a caller may see. Administrators send the letters (domain.md) but hold no
 * clinical scope of their own (record-scope.ts); for letters alone they get the referrals made to
 * their own teams. Everyone else sees the letters of the referrals in their clinical scope.
 */
export function letterScope(roles: readonly Role[], clinical: ClinicalScope, ownTeamIds: readonly string[]): ClinicalScope {
  if (!roles.includes('admin')) return clinical;
  return { teamIds: [...new Set([...clinical.teamIds, ...ownTeamIds])], areaIds: [...clinical.areaIds] };
}

/** The caller's letter scope, reading an administrator's teams from PostgreSQL. */
export async function letterScopeOf(sql: Sql, actor: Actor): Promise<ClinicalScope> {
  if (!actor.roles.includes('admin')) return actor.scope;
  const rows: { team_id: string }[] = await sql.query(`SELECT team_id FROM user_team WHERE user_id = $1 ORDER BY team_id`, [actor.userId]);
  return letterScope(actor.roles, actor.scope, rows.map((r) => r.team_id));
}
