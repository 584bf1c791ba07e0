import type { LeadProfessionalOption, MeetingAgendaItem } from '@camhs/contracts';
import { Clock, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';

/**
 * The team meeting agenda: every child rated RED on a referral to the team who has no named lead
 * professional, longest first, until one is allocated (domain.md). The same rule as the report's
 * `redWithoutLeadProfessional`, over the referrals still open (not discharged).
 */
@Injectable()
export class MeetingAgenda {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forTeam(teamCode: string, actor: Actor): Promise<MeetingAgendaItem[]> {
    const teamId = await this.teamInScope(teamCode, actor);
    const params: unknown[] = [teamId, today(this.clock)];
    const rows: (MeetingAgendaItem & { childId: string })[] = await this.db.query(
      `SELECT r.id AS "referralId", r.child_id AS "childId", c.given_name || ' ' || c.family_name AS "childName", t.code AS team,
              to_char(r.rag_set_on, 'YYYY-MM-DD') AS "redSince", ($2::date - r.rag_set_on) AS "daysWithoutLeadProfessional"
         FROM referral r JOIN child c ON c.id = r.child_id JOIN team t ON t.id = r.team_id
        WHERE r.team_id = $1 AND r.rag = 'RED' AND (r.lead_professional IS NULL OR btrim(r.lead_professional) = '')
          AND r.discharged_on IS NULL AND ${referralInScope(actor.scope, params)}
        ORDER BY r.rag_set_on, r.id`,
      params,
    );
    await recordAudit(this.db, actor, { action: 'read', entityType: 'meeting-agenda', entityId: teamCode, childIds: rows.map((r) => r.childId), outcome: 'success' });
    return rows;
  }

  /** Users who may be named lead professional for the team's children (a team in the caller's scope). */
  async leadProfessionals(teamCode: string, actor: Actor): Promise<LeadProfessionalOption[]> {
    await this.teamInScope(teamCode, actor);
    return this.db.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName"
         FROM app_user u JOIN user_team ut ON ut.user_id = u.id JOIN team t ON t.id = ut.team_id
        WHERE t.code = $1 AND 'lead-professional' = ANY(u.roles) AND u.active
        ORDER BY u.display_name`,
      [teamCode],
    );
  }

  /** The team's id when it is one of the caller's teams or covers one of their areas; otherwise the same 404 as an unknown team. */
  private async teamInScope(teamCode: string, actor: Actor): Promise<string> {
    const [team] = await this.db.query(
      `SELECT t.id FROM team t
        WHERE t.code = $1
          AND (t.id = ANY($2::uuid[]) OR EXISTS (SELECT 1 FROM team_area ta WHERE ta.team_id = t.id AND ta.area_id = ANY($3::uuid[])))`,
      [teamCode, [...actor.scope.teamIds], [...actor.scope.areaIds]],
    );
    if (!team) throw new NotFoundError('team', teamCode);
    return team.id as string;
  }
}
