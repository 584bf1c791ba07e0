import type { DutyPlanView, EscalationAction, RecordDutyReviewRequest, RecordDutyReviewResult } from '@camhs/contracts';
import { RagRating, RatingInForce, daysBetween, needsLeadProfessional, recordRiskAssessment, redIntervalProblem } from '@camhs/domain';
import { EntityManager } from 'typeorm';
import { ConflictError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { LockedReferral, assertVersion } from '../referrals/change-referral';
import { DutySchedule } from './duty-schedule';
import { FieldProblem, answerChecklist } from './review-checklist-answers';

/** The AMBER checklist's item answered by queuing the waiting-list (opt-in) letter to the family. */
const WAITING_LIST_LETTER_ITEM = 'waiting-list-letter-sent';

export interface ReviewContext {
  /** Today in Europe/London, and the instant now (escalation times may not be later). */
  today: string;
  now: Date;
  schedule: DutySchedule;
  /** The incoming contact this review answers, if any. */
  contactId: string | null;
}

/**
 * Record a duty review of the referral's child inside the caller's transaction (the referral is
 * locked by the change frame): check it against the rating in force, write the attended
 * `duty-review` appointment and the `duty_review` row (with a risk assessment when the rating
 * changes, so the RAG recall stays whole, and the escalations with their times), complete the
 * child's open review task, and re-plan the child from the review's day.
 */
export async function writeDutyReview(em: EntityManager, actor: Actor, referral: LockedReferral, req: RecordDutyReviewRequest, ctx: ReviewContext): Promise<RecordDutyReviewResult> {
  // Never beside the day's letter run, which may be writing this child's waiting-list letter.
  await ctx.schedule.shareDutyDayLock(em);
  // Fresh plan first: the rating in force is the one the schedule holds for the child.
  await ctx.schedule.replan(referral.childId, em);
  const [state] = await em.query(
    `SELECT s.rating, s.referral_id AS rated_referral_id, to_char(ir.rag_set_on, 'YYYY-MM-DD') AS rated_on, r.rag AS own_rag, r.red_interval_days, r.lead_professional,
            (SELECT to_char(max(a.date), 'YYYY-MM-DD') FROM appointment a JOIN referral ar ON ar.id = a.referral_id
              WHERE ar.child_id = s.child_id AND a.kind = 'duty-review' AND a.status = 'attended') AS last_review
       FROM duty_schedule s JOIN referral ir ON ir.id = s.referral_id JOIN referral r ON r.id = $2
      WHERE s.child_id = $1`,
    [referral.childId, referral.id],
  );
  if (!state) throw new ConflictError('Cannot record a duty review: the child is not waiting for treatment, so no duty reviews are planned.');
  assertVersion('referral', referral.version, req.version);

  const current: RatingInForce | null = state.rating ? { rating: state.rating as RagRating, ratedOn: state.rated_on as string } : null;
  const reviewedOn = req.reviewedOn ?? ctx.today;
  const problems: FieldProblem[] = [];
  if (daysBetween(ctx.today, reviewedOn) > 0) problems.push({ field: 'reviewedOn', message: 'the review cannot be dated in the future' });
  else if (current && daysBetween(current.ratedOn, reviewedOn) < 0) problems.push({ field: 'reviewedOn', message: `the review cannot be dated before the rating in force (set on ${current.ratedOn})` });
  else if (state.last_review && daysBetween(state.last_review, reviewedOn) < 0) problems.push({ field: 'reviewedOn', message: `the review cannot be dated before the last review (on ${state.last_review})` });

  // A child not yet rated is rated by this review, and answers that rating's checklist.
  const optInLetterSent = await ctx.schedule.optInLetterSent(em, referral.childId);
  const checklist = answerChecklist(current?.rating ?? req.outcome.rating, optInLetterSent, req.checklist);
  if (!checklist.ok) problems.push(...checklist.problems);

  const changed = req.outcome.rating !== current?.rating;
  const findings = req.outcome.findings ?? null;
  if (changed && !findings) problems.push({ field: 'outcome.findings', message: `record the six risk domains: the rating changes ${current ? `from ${current.rating} ` : ''}to ${req.outcome.rating}` });
  const redInterval = req.outcome.redIntervalDays ?? null;
  if (redInterval !== null) {
    if (req.outcome.rating !== 'RED') problems.push({ field: 'outcome.redIntervalDays', message: 'only a RED child has a review interval set by the lead professional' });
    else if (redIntervalProblem(redInterval)) problems.push({ field: 'outcome.redIntervalDays', message: redIntervalProblem(redInterval) ?? '' });
  }
  const escalations = escalationsOf(req, ctx.now, problems);
  if (problems.length) throw ValidationFailedError.of(problems);
  const answered = checklist.ok ? checklist.value : { done: [], notDone: [] };

  let riskAssessmentId: string | null = null;
  let version = referral.version;
  if (findings) {
    const cleaned = findings.map((f) => ({ domain: f.domain, present: f.present, note: f.note?.trim() || null }));
    const decided = recordRiskAssessment(current, { assessedOn: reviewedOn, findings: cleaned, rating: req.outcome.rating, reason: req.outcome.reason ?? null }, ctx.today);
    if (!decided.ok) {
      const field = decided.concern === 'date' ? 'reviewedOn' : /rating changes/.test(decided.reason) ? 'outcome.reason' : 'outcome.findings';
      throw ValidationFailedError.of([{ field, message: decided.reason }]);
    }
    const [saved] = await em.query(
      `INSERT INTO risk_assessment (referral_id, child_id, assessed_on, rating, previous_rating, reason, findings, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [referral.id, referral.childId, reviewedOn, req.outcome.rating, current?.rating ?? null, req.outcome.reason?.trim() || null, JSON.stringify(cleaned), actor.userId],
    );
    riskAssessmentId = saved.id;
    // Kept RED keeps the lead professional's interval unless a new one is given; any other rating has none.
    const interval = req.outcome.rating !== 'RED' ? null : (redInterval ?? (state.own_rag === 'RED' ? state.red_interval_days : null));
    [{ version }] = await updateReturning<{ version: number }>(
      em,
      `UPDATE referral SET rag = $2, rag_set_on = $3, red_interval_days = $4, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
      [referral.id, req.outcome.rating, reviewedOn, interval],
    );
  } else if (redInterval !== null && redInterval !== state.red_interval_days) {
    [{ version }] = await updateReturning<{ version: number }>(em, `UPDATE referral SET red_interval_days = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`, [
      referral.id,
      redInterval,
    ]);
  }

  // The report counts reviews as attended duty-review appointments; the schedule re-plans from them.
  const [appointment] = await em.query(`INSERT INTO appointment (referral_id, date, kind, status) VALUES ($1, $2, 'duty-review', 'attended') RETURNING id`, [referral.id, reviewedOn]);
  const completed = await updateReturning<{ id: string }>(
    em,
    `UPDATE duty_task SET completed_at = now(), completed_by = $2, version = version + 1
      WHERE child_id = $1 AND kind = 'review' AND completed_at IS NULL RETURNING id`,
    [referral.childId, actor.userId],
  );
  const [review] = await em.query(
    `INSERT INTO duty_review (referral_id, appointment_id, task_id, reviewed_on, contact_type, checklist, checklist_not_done, rating_before, rating_after,
                              note, recorded_by, risk_assessment_id, contact_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      referral.id,
      appointment.id,
      completed[0]?.id ?? null,
      reviewedOn,
      req.contactType,
      answered.done,
      answered.notDone,
      current?.rating ?? null,
      req.outcome.rating,
      req.note?.trim() || null,
      actor.userId,
      riskAssessmentId,
      ctx.contactId,
    ],
  );
  for (const e of escalations) {
    await em.query(`INSERT INTO duty_escalation (review_id, referral_id, child_id, action, at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      review.id,
      referral.id,
      referral.childId,
      e.action,
      e.at,
      actor.userId,
    ]);
  }
  // AMBER: the waiting-list letter ticked as sent is the opt-in letter, queued for the family now (once).
  if (answered.done.includes(WAITING_LIST_LETTER_ITEM)) {
    await em.query(
      `INSERT INTO letter (referral_id, kind, recipient, due_on) VALUES ($1, 'waiting-list', 'family', $2)
       ON CONFLICT ON CONSTRAINT letter_once_per_recipient DO NOTHING`,
      [state.rated_referral_id, reviewedOn],
    );
  }
  await ctx.schedule.replan(referral.childId, em);
  return {
    reviewId: review.id,
    appointmentId: appointment.id,
    reviewedOn,
    ratingBefore: current?.rating ?? null,
    ratingAfter: req.outcome.rating,
    riskAssessmentId,
    escalations: escalations.map((e) => ({ action: e.action, at: e.at.toISOString() })),
    plan: await planOf(em, referral.childId),
    onTeamMeetingAgenda: needsLeadProfessional(req.outcome.rating, state.lead_professional),
    referralVersion: version,
  };
}

function escalationsOf(req: RecordDutyReviewRequest, now: Date, problems: FieldProblem[]): { action: EscalationAction; at: Date }[] {
  const e = req.escalation;
  if (!e || e.actions.length === 0) return [];
  const at = e.at ? new Date(e.at) : now;
  if (Number.isNaN(at.getTime())) problems.push({ field: 'escalation.at', message: 'must be a date and time, e.g. 2026-11-22T09:15:00Z' });
  else if (at.getTime() > now.getTime()) problems.push({ field: 'escalation.at', message: 'the escalation cannot be timed in the future' });
  if (new Set(e.actions).size !== e.actions.length) problems.push({ field: 'escalation.actions', message: 'each action may be recorded once' });
  return [...new Set(e.actions)].map((action) => ({ action, at }));
}

/** The rows an UPDATE … RETURNING gives back (TypeORM answers an UPDATE with [rows, affected count]). */
async function updateReturning<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows]: [T[], number] = await em.query(sql, params);
  return rows;
}

/** The child's duty plan as stored now (null when not waiting for treatment). */
export async function planOf(em: EntityManager, childId: string): Promise<DutyPlanView | null> {
  const [plan] = await em.query(
    `SELECT rating, interval_days AS "intervalDays", to_char(next_review_on, 'YYYY-MM-DD') AS "nextReviewOn",
            to_char(next_letter_on, 'YYYY-MM-DD') AS "nextLetterOn"
       FROM duty_schedule WHERE child_id = $1`,
    [childId],
  );
  return plan ?? null;
}
