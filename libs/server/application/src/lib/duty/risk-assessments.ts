import type { AllocateLeadProfessionalRequest, RecordRiskAssessmentRequest, RecordRiskAssessmentResult, RiskAssessmentView } from '@camhs/contracts';
import { Clock, RagRating, needsLeadProfessional, recordRiskAssessment, redIntervalProblem, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';
import { assertVersion, changeReferral, refusalError } from '../referrals/change-referral';
import { DutySchedule } from './duty-schedule';
import { planOf } from './write-duty-review';

const SELECT_ASSESSMENT = `
  SELECT ra.id, to_char(ra.assessed_on, 'YYYY-MM-DD') AS "assessedOn", ra.rating, ra.previous_rating AS "previousRating", ra.reason,
         ra.findings, u.display_name AS "recordedBy", ra.recorded_at AS "recordedAt"
    FROM risk_assessment ra JOIN app_user u ON u.id = ra.recorded_by`;

/**
 * Risk assessments and what hangs on the rating: the history is append-only (the "RAG recall"),
 * the referral carries the rating in force, a change re-plans the child's duty reviews in the same
 * transaction, and a RED child without a lead professional is on the team meeting agenda until one
 * is allocated.
 */
@Injectable()
export class RiskAssessments {
  constructor(
    private readonly db: DataSource,
    private readonly schedule: DutySchedule,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(referralId: string, req: RecordRiskAssessmentRequest, actor: Actor): Promise<RecordRiskAssessmentResult> {
    return changeReferral(this.db, actor, referralId, { entityType: 'risk-assessment', entityId: (r: RecordRiskAssessmentResult) => r.assessment.id }, async (em, referral) => {
      assertVersion('referral', referral.version, req.version);
      const [row] = await em.query(
        `SELECT rag, to_char(rag_set_on, 'YYYY-MM-DD') AS rag_set_on, lead_professional, lead_professional_id FROM referral WHERE id = $1`,
        [referralId],
      );
      const current = row.rag ? { rating: row.rag as RagRating, ratedOn: row.rag_set_on as string } : null;
      const findings = req.findings.map((f) => ({ domain: f.domain, present: f.present, note: f.note?.trim() || null }));
      const decided = recordRiskAssessment(current, { assessedOn: req.assessedOn, findings, rating: req.rating, reason: req.reason ?? null }, today(this.clock));
      if (!decided.ok) {
        const field = decided.concern === 'date' ? 'assessedOn' : /rating changes/.test(decided.reason) ? 'reason' : 'findings';
        throw refusalError('record the risk assessment', decided, { date: 'assessedOn', detail: field });
      }
      const redInterval = req.rating === 'RED' ? (req.redIntervalDays ?? null) : null;
      if (redInterval !== null) {
        const problem = redIntervalProblem(redInterval);
        if (problem) throw ValidationFailedError.of([{ field: 'redIntervalDays', message: problem }]);
      }
      const [saved] = await em.query(
        `INSERT INTO risk_assessment (referral_id, child_id, assessed_on, rating, previous_rating, reason, findings, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [referralId, referral.childId, req.assessedOn, req.rating, current?.rating ?? null, req.reason?.trim() || null, JSON.stringify(findings), actor.userId],
      );
      const version = await bumpVersion(em, referralId, { rag: req.rating, rag_set_on: req.assessedOn, red_interval_days: redInterval });
      await this.schedule.replan(referral.childId, em);
      return {
        assessment: (await this.assessments(em, `WHERE ra.id = $1`, [saved.id]))[0],
        plan: await planOf(em, referral.childId),
        onTeamMeetingAgenda: needsLeadProfessional(req.rating, row.lead_professional),
        version,
      };
    });
  }

  /** The rating history of a referral, newest first; the read is audited. */
  async history(referralId: string, actor: Actor): Promise<RiskAssessmentView[]> {
    const params: unknown[] = [referralId];
    const [referral] = await this.db.query(`SELECT r.child_id FROM referral r WHERE r.id = $1 AND ${referralInScope(actor.scope, params)}`, params);
    if (!referral) throw new NotFoundError('referral', referralId);
    const rows = await this.assessments(this.db.manager, `WHERE ra.referral_id = $1 ORDER BY ra.recorded_at DESC, ra.id`, [referralId]);
    await recordAudit(this.db, actor, { action: 'read', entityType: 'risk-assessment', entityId: referralId, childIds: [referral.child_id], outcome: 'success' });
    return rows;
  }

  /** Name a lead professional: a user with that role in the referral's team. Takes a RED child off the agenda. */
  async allocateLeadProfessional(referralId: string, req: AllocateLeadProfessionalRequest, actor: Actor): Promise<{ version: number; leadProfessional: string }> {
    return changeReferral(this.db, actor, referralId, { entityType: 'referral', entityId: () => referralId }, async (em, referral) => {
      assertVersion('referral', referral.version, req.version);
      const [lp] = await em.query(
        `SELECT u.display_name FROM app_user u JOIN user_team ut ON ut.user_id = u.id JOIN referral r ON r.team_id = ut.team_id
          WHERE u.id = $1 AND r.id = $2 AND 'lead-professional' = ANY(u.roles) AND u.active`,
        [req.userId, referralId],
      );
      if (!lp) throw ValidationFailedError.of([{ field: 'userId', message: 'choose a lead professional from the referral’s team' }]);
      const version = await bumpVersion(em, referralId, { lead_professional: lp.display_name, lead_professional_id: req.userId });
      return { version, leadProfessional: lp.display_name as string };
    });
  }

  private async assessments(em: EntityManager, where: string, params: unknown[]): Promise<RiskAssessmentView[]> {
    const rows: (RiskAssessmentView & { recordedAt: Date })[] = await em.query(`${SELECT_ASSESSMENT} ${where}`, params);
    return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
  }
}

/** Set these referral columns and move its version on; returns the new version. */
async function bumpVersion(em: EntityManager, referralId: string, columns: Record<string, unknown>): Promise<number> {
  const names = Object.keys(columns);
  const sets = names.map((n, i) => `${n} = $${i + 2}`).join(', ');
  // TypeORM answers an UPDATE with [rows, affected count].
  const [rows]: [{ version: number }[], number] = await em.query(`UPDATE referral SET ${sets}, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`, [
    referralId,
    ...names.map((n) => columns[n]),
  ]);
  return rows[0].version;
}
