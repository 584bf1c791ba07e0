import { DUTY_SECTIONS, DutyListRow, DutyListView, DutySectionName } from '@camhs/contracts';
import { Clock, RagRating, byRiskThenLateness, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';
import { crisisClocksOfTeam, openCrisisClocks } from './crisis-clocks';
import { optInLetterSentSql } from './duty-schedule';

/**
 * A referral still at its first stage: access, or assessment for a team that skips access (whose
 * referrals are recorded as accepted at access on the day received, domain `receiveReferral`). The
 * list is one team's, so the stages are spelt out for it and (team_id, stage) is read from its index.
 */
const firstStage = (bypassesAccess: boolean) => (bypassesAccess ? `r.stage IN ('access', 'assessment')` : `r.stage = 'access'`);
const NOT_SCREENED = `NOT EXISTS (SELECT 1 FROM referral_screening sc WHERE sc.referral_id = r.id)`;

/**
 * Tasks the list needs that nobody has opened yet: reviews that fell due after the morning's duty
 * day (a rating raised at noon makes a review due now) and referrals received since; run when the
 * list finds a row of its team without its task (`section_untasked`), not on every read. Both inserts
 * are idempotent (one open review per child; one task ever per referral to screen): the NOT EXISTS
 * skips, cheaply, the many rows that already have their task; duty_task's unique indexes and
 * ON CONFLICT settle the rest, whatever another request inserts meanwhile.
 * $1 team id, $2 today.
 */
const OPEN_DUE_REVIEWS = `
  INSERT INTO duty_task (child_id, referral_id, kind, due_on)
  SELECT s.child_id, s.referral_id, 'review', s.next_review_on
    FROM duty_schedule s
   WHERE s.team_id = $1 AND s.next_review_on <= $2::date
     AND NOT EXISTS (SELECT 1 FROM duty_task t WHERE t.child_id = s.child_id AND t.kind = 'review' AND t.completed_at IS NULL)
  ON CONFLICT DO NOTHING`;
const openScreenings = (bypassesAccess: boolean) => `
  INSERT INTO duty_task (child_id, referral_id, kind, due_on, subject_id)
  SELECT r.child_id, r.id, 'screening', r.received_on, r.id
    FROM referral r
   WHERE r.team_id = $1 AND r.received_on <= $2::date AND ${firstStage(bypassesAccess)} AND ${NOT_SCREENED}
     AND NOT EXISTS (SELECT 1 FROM duty_task t WHERE t.kind = 'screening' AND t.subject_id = r.id)
  ON CONFLICT DO NOTHING`;

/**
 * Every section's rows in one statement: $1 team id, $2 today, $3 the most rows per section, then
 * the scope. Each row carries its section's total; rows are ranked risk first (RED, AMBER, GREEN,
 * unrated), then by due date — the domain's `byRiskThenLateness` — then by referral, so ties keep one order.
 */
function listSql(inScope: string, bypassesAccess: boolean): string {
  // Each branch carries what the rows show of the referral; the child's name is joined to the rows listed only.
  // The open task of a row is looked up LATERAL … LIMIT 1 through its unique index, whatever the table's statistics say.
  const referralColumns = `r.child_id, r.rag, r.version AS referral_version, r.lead_professional`;
  return `
  WITH items AS (
    SELECT CASE WHEN s.next_review_on = $2::date THEN 'reviewsDueToday' ELSE 'overdue' END AS section, 'review' AS kind,
           t.id AS task_id, NULL::uuid AS subject_id, s.referral_id, ${referralColumns}, s.next_review_on AS due_on
      FROM duty_schedule s JOIN referral r ON r.id = s.referral_id
      LEFT JOIN LATERAL (SELECT t.id FROM duty_task t WHERE t.child_id = s.child_id AND t.kind = 'review' AND t.completed_at IS NULL LIMIT 1) t ON true
     WHERE s.team_id = $1 AND s.next_review_on <= $2::date AND ${inScope}
    UNION ALL
    SELECT 'newReferralsToScreen', 'screening', t.id, r.id, r.id, ${referralColumns}, r.received_on
      FROM referral r
      LEFT JOIN LATERAL (SELECT t.id FROM duty_task t WHERE t.kind = 'screening' AND t.subject_id = r.id AND t.completed_at IS NULL LIMIT 1) t ON true
     WHERE r.team_id = $1 AND r.received_on <= $2::date AND ${firstStage(bypassesAccess)} AND ${NOT_SCREENED} AND ${inScope}
    UNION ALL
    SELECT 'redWithoutLeadProfessional', 'lead-professional-allocation', NULL, NULL, r.id, ${referralColumns}, r.rag_set_on
      FROM referral r
     WHERE r.team_id = $1 AND r.rag = 'RED' AND r.discharged_on IS NULL AND (r.lead_professional IS NULL OR btrim(r.lead_professional) = '') AND ${inScope}
    UNION ALL
    SELECT 'safeguardingDecisions', 'safeguarding', t.id, d.id, d.referral_id, ${referralColumns}, d.raised_on
      FROM safeguarding_decision d JOIN referral r ON r.id = d.referral_id
      LEFT JOIN LATERAL (SELECT t.id FROM duty_task t WHERE t.kind = 'safeguarding' AND t.subject_id = d.id LIMIT 1) t ON true
     WHERE d.decided_at IS NULL AND r.team_id = $1 AND ${inScope}
    UNION ALL
    SELECT 'callsAndLetters', 'contact', t.id, c.id, c.referral_id, ${referralColumns}, (c.received_at AT TIME ZONE 'Europe/London')::date
      FROM duty_contact c JOIN referral r ON r.id = c.referral_id
      LEFT JOIN LATERAL (SELECT t.id FROM duty_task t WHERE t.kind = 'contact' AND t.subject_id = c.id LIMIT 1) t ON true
     WHERE c.responded_at IS NULL AND r.team_id = $1 AND ${inScope}),
  ranked AS (
    SELECT i.*, count(*) OVER (PARTITION BY i.section) AS section_count,
           count(*) FILTER (WHERE i.task_id IS NULL AND i.kind IN ('review', 'screening')) OVER (PARTITION BY i.section) AS section_untasked,
           row_number() OVER (PARTITION BY i.section
             ORDER BY CASE i.rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 WHEN 'GREEN' THEN 2 ELSE 3 END, i.due_on, i.referral_id, i.subject_id) AS n
      FROM items i)
  SELECT rk.section, rk.kind, rk.task_id, rk.subject_id, rk.child_id, ch.given_name || ' ' || ch.family_name AS child_name, rk.referral_id, rk.referral_version, rk.rag,
         rk.lead_professional, to_char(rk.due_on, 'YYYY-MM-DD') AS due_on, ($2::date - rk.due_on) AS days_overdue, rk.section_count::int AS section_count, rk.section_untasked::int AS section_untasked,
         t.claimed_by, cu.display_name AS claimed_by_name, t.claimed_at,
         c.kind AS contact_kind, c.received_at, c.caller, c.summary, c.version AS contact_version,
         d.reason AS sg_reason, d.lead_professional_id AS sg_lp_id, lpu.display_name AS sg_lp_name, d.version AS sg_version,
         rk.rag = 'AMBER' AND ${optInLetterSentSql('rk.child_id')} AS opt_in_letter_sent
    FROM ranked rk JOIN child ch ON ch.id = rk.child_id
    LEFT JOIN duty_task t ON t.id = rk.task_id LEFT JOIN app_user cu ON cu.id = t.claimed_by
    LEFT JOIN duty_contact c ON rk.kind = 'contact' AND c.id = rk.subject_id
    LEFT JOIN safeguarding_decision d ON rk.kind = 'safeguarding' AND d.id = rk.subject_id LEFT JOIN app_user lpu ON lpu.id = d.lead_professional_id
   WHERE rk.n <= $3
   ORDER BY rk.section, rk.n`;
}

interface ListRow {
  section: DutySectionName;
  kind: DutyListRow['kind'];
  task_id: string | null;
  subject_id: string | null;
  child_id: string;
  child_name: string;
  referral_id: string;
  referral_version: number;
  rag: RagRating | null;
  lead_professional: string | null;
  due_on: string;
  days_overdue: number;
  section_count: number;
  /** Rows of the section (listed or not) that should have an open task and have none yet. */
  section_untasked: number;
  claimed_by: string | null;
  claimed_by_name: string | null;
  claimed_at: Date | null;
  contact_kind: 'call' | 'letter' | null;
  received_at: Date | null;
  caller: string | null;
  summary: string | null;
  contact_version: number | null;
  sg_reason: 'dna' | 'no-response' | null;
  sg_lp_id: string | null;
  sg_lp_name: string | null;
  sg_version: number | null;
  opt_in_letter_sent: boolean;
}

export const DUTY_LIST_DEFAULT_LIMIT = 200;

/**
 * The daily duty list of one team (issue 5): reviews due today and overdue, new referrals to
 * screen, RED children without a lead professional, safeguarding decisions after a DNA, and calls
 * and letters to respond to — counts at the top, each section most urgent first. The team must be
 * one of the caller's, or in a manager's areas; otherwise it answers 404 as for a team that does
 * not exist. Above the sections, the team's Crisis clocks not yet done (running or missed, with their
 * deadlines). Every child listed is recorded in the audit trail.
 */
@Injectable()
export class DutyList {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forTeam(teamCode: string, actor: Actor, limit = DUTY_LIST_DEFAULT_LIMIT): Promise<DutyListView> {
    const [team] = await this.db.query(
      `SELECT t.id, t.code, t.name, t.bypasses_access,
              (t.id = ANY($2::uuid[]) OR EXISTS (SELECT 1 FROM team_area ta WHERE ta.team_id = t.id AND ta.area_id = ANY($3::uuid[]))) AS visible
         FROM team t WHERE t.code = $1`,
      [teamCode, [...actor.scope.teamIds], [...actor.scope.areaIds]],
    );
    if (!team?.visible) {
      if (team) await recordAudit(this.db, actor, { action: 'denied', entityType: 'duty-list', entityId: teamCode, outcome: 'not-found' });
      throw new NotFoundError('team', teamCode);
    }
    const day = today(this.clock);
    const { rows, crisisClocks } = await this.db.transaction(async (em) => {
      await openCrisisClocks(em, team.id);
      let rows = await this.rows(em, team, day, limit, actor);
      // Usually the morning's duty day has opened every task already; only when a row lacks one are they opened, and the list read again.
      if (rows.some((r) => r.section_untasked > 0)) {
        await em.query(OPEN_DUE_REVIEWS, [team.id, day]);
        await em.query(openScreenings(team.bypasses_access), [team.id, day]);
        rows = await this.rows(em, team, day, limit, actor);
      }
      return { rows, crisisClocks: await crisisClocksOfTeam(em, team.id, this.clock.now(), actor) };
    });
    const counts = Object.fromEntries(DUTY_SECTIONS.map((s) => [s, 0])) as Record<DutySectionName, number>;
    const sections = Object.fromEntries(DUTY_SECTIONS.map((s) => [s, [] as DutyListRow[]])) as Record<DutySectionName, DutyListRow[]>;
    for (const row of rows) {
      counts[row.section] = row.section_count;
      sections[row.section].push(toView(row));
    }
    // The SQL ranks as the domain does; the domain's comparator has the last word (a stable sort keeps the SQL's tie-break).
    for (const s of DUTY_SECTIONS) sections[s].sort(byRiskThenLateness);
    await recordAudit(this.db, actor, { action: 'read', entityType: 'duty-list', entityId: teamCode, childIds: [...rows.map((r) => r.child_id), ...crisisClocks.map((c) => c.childId)], outcome: 'success' });
    return { team: team.code, teamName: team.name, today: day, counts, sections, limit, crisisClocks };
  }

  private rows(em: EntityManager, team: { id: string; bypasses_access: boolean }, day: string, limit: number, actor: Actor): Promise<ListRow[]> {
    const params: unknown[] = [team.id, day, limit];
    const inScope = referralInScope(actor.scope, params);
    return em.query(listSql(inScope, team.bypasses_access), params);
  }
}

function toView(r: ListRow): DutyListRow {
  return {
    kind: r.kind,
    taskId: r.task_id,
    subjectId: r.subject_id,
    childId: r.child_id,
    childName: r.child_name,
    referralId: r.referral_id,
    referralVersion: r.referral_version,
    rating: r.rag,
    leadProfessional: r.lead_professional,
    dueOn: r.due_on,
    daysOverdue: r.days_overdue,
    optInLetterSent: r.opt_in_letter_sent === true,
    claim: r.claimed_by && r.claimed_at ? { userId: r.claimed_by, name: r.claimed_by_name ?? '', at: r.claimed_at.toISOString() } : null,
    contact:
      r.kind === 'contact' && r.contact_kind && r.received_at
        ? { kind: r.contact_kind, receivedAt: r.received_at.toISOString(), caller: r.caller ?? '', summary: r.summary ?? '', version: r.contact_version ?? 1 }
        : null,
    safeguarding:
      r.kind === 'safeguarding' && r.sg_reason
        ? { reason: r.sg_reason, owner: r.sg_lp_id ? { kind: 'lead-professional', userId: r.sg_lp_id, name: r.sg_lp_name ?? '' } : { kind: 'duty' }, version: r.sg_version ?? 1 }
        : null,
  };
}
