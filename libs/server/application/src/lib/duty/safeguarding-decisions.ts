import type { DecideSafeguardingRequest, RecordNoResponseRequest, SafeguardingDecisionView, SafeguardingReason } from '@camhs/contracts';
import { Clock, daysBetween, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { assertVersion, changeReferral } from '../referrals/change-referral';
import { assertWorkable, completeTask, londonDateTime, lockTaskForSubject } from './duty-task-lock';

/**
 * After a DNA, or when the family has not responded to letters, the child's lead professional (RED,
 * when one is named) or Duty (AMBER/GREEN, or RED with nobody named yet) reviews the safeguarding
 * risks and decides whether admin may send a discharge letter (domain.md). One decision per DNA
 * appointment. The owner follows the rating in force for the child (the duty schedule's referral)
 * and that referral's lead professional. Opens the decision's duty task; returns the decision's id
 * (null when this DNA already has one).
 */
async function openSafeguarding(em: EntityManager, s: { referralId: string; reason: SafeguardingReason; appointmentId: string | null; raisedOn: string }): Promise<string | null> {
  const [opened] = await em.query(
    `WITH subject AS (
       SELECT r.id AS referral_id, r.child_id FROM referral r WHERE r.id = $1),
     holder AS (
       SELECT coalesce(s.rating, r.rag) AS rating, CASE WHEN coalesce(s.rating, r.rag) = 'RED' THEN hr.lead_professional_id END AS lp
         FROM subject JOIN referral r ON r.id = subject.referral_id
         LEFT JOIN duty_schedule s ON s.child_id = subject.child_id
         JOIN referral hr ON hr.id = coalesce(s.referral_id, subject.referral_id)),
     decision AS (
       INSERT INTO safeguarding_decision (referral_id, child_id, reason, appointment_id, raised_on, rating, owner, lead_professional_id)
       SELECT subject.referral_id, subject.child_id, $2, $3::uuid, $4::date, holder.rating, CASE WHEN holder.lp IS NULL THEN 'duty' ELSE 'lead-professional' END, holder.lp
         FROM subject, holder
       ON CONFLICT (appointment_id) DO NOTHING
       RETURNING id, child_id, referral_id, raised_on)
     INSERT INTO duty_task (child_id, referral_id, kind, due_on, subject_id)
     SELECT child_id, referral_id, 'safeguarding', raised_on, id FROM decision
     RETURNING subject_id`,
    [s.referralId, s.reason, s.appointmentId, s.raisedOn],
  );
  return opened?.subject_id ?? null;
}

/** A DNA recorded (called by the appointment outcome, in its transaction). */
export async function openSafeguardingAfterDna(em: EntityManager, appointmentId: string): Promise<void> {
  const [a] = await em.query(`SELECT referral_id, to_char(date, 'YYYY-MM-DD') AS date FROM appointment WHERE id = $1`, [appointmentId]);
  if (a) await openSafeguarding(em, { referralId: a.referral_id, reason: 'dna', appointmentId, raisedOn: a.date });
}

/**
 * 409 while a safeguarding decision on the referral is outstanding: admin may send a discharge
 * letter only after it (domain.md). Called by the discharge moves.
 */
export async function assertNoOutstandingSafeguarding(em: EntityManager, referralId: string, what: string): Promise<void> {
  const [open] = await em.query(
    `SELECT to_char(d.raised_on, 'YYYY-MM-DD') AS raised_on, d.reason, u.display_name AS lp
       FROM safeguarding_decision d LEFT JOIN app_user u ON u.id = d.lead_professional_id
      WHERE d.referral_id = $1 AND d.decided_at IS NULL ORDER BY d.raised_on LIMIT 1`,
    [referralId],
  );
  if (!open) return;
  const after = open.reason === 'dna' ? `the DNA on ${open.raised_on}` : `no response (${open.raised_on})`;
  throw new ConflictError(
    `Cannot ${what}: the safeguarding decision after ${after} is outstanding. ${open.lp ? `The lead professional (${open.lp})` : 'Duty'} must record it on the duty list first.`,
  );
}

const SELECT_DECISION = `
  SELECT d.id, d.referral_id AS "referralId", d.child_id AS "childId", d.reason, d.appointment_id AS "appointmentId",
         to_char(d.raised_on, 'YYYY-MM-DD') AS "raisedOn", d.rating, d.owner, d.lead_professional_id AS "lpId", lp.display_name AS "lpName",
         d.decision, d.plan, d.decided_at AS "decidedAt", du.display_name AS "decidedBy", d.version
    FROM safeguarding_decision d LEFT JOIN app_user lp ON lp.id = d.lead_professional_id LEFT JOIN app_user du ON du.id = d.decided_by`;

type DecisionRow = Omit<SafeguardingDecisionView, 'owner' | 'decidedAt'> & { owner: 'duty' | 'lead-professional'; lpId: string | null; lpName: string | null; decidedAt: Date | null };

/**
 * Record that the family has not responded (`POST /api/referrals/{id}/no-response`), and the decision
 * (`POST /api/duty/safeguarding/{id}/decide`). A decision, once made, stands (a trigger refuses changes).
 */
@Injectable()
export class SafeguardingDecisions {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async recordNoResponse(referralId: string, req: RecordNoResponseRequest, actor: Actor): Promise<SafeguardingDecisionView> {
    const day = today(this.clock);
    const noticedOn = req.noticedOn ?? day;
    if (daysBetween(day, noticedOn) > 0) throw ValidationFailedError.of([{ field: 'noticedOn', message: 'the day there was judged to be no response cannot be in the future' }]);
    return changeReferral(this.db, actor, referralId, { entityType: 'safeguarding-decision', entityId: (d: SafeguardingDecisionView) => d.id }, async (em) => {
      const [r] = await em.query(`SELECT to_char(discharged_on, 'YYYY-MM-DD') AS discharged_on, to_char(received_on, 'YYYY-MM-DD') AS received_on FROM referral WHERE id = $1`, [referralId]);
      if (r.discharged_on) throw new ConflictError(`The referral was closed on ${r.discharged_on}: there is nothing to decide.`);
      if (daysBetween(r.received_on, noticedOn) < 0) throw ValidationFailedError.of([{ field: 'noticedOn', message: `cannot be before the referral was received (${r.received_on})` }]);
      const [open] = await em.query(
        `SELECT to_char(raised_on, 'YYYY-MM-DD') AS raised_on FROM safeguarding_decision WHERE referral_id = $1 AND reason = 'no-response' AND decided_at IS NULL`,
        [referralId],
      );
      if (open) throw new ConflictError(`No response was already recorded on ${open.raised_on}, and its safeguarding decision is still on the duty list.`);
      const id = await openSafeguarding(em, { referralId, reason: 'no-response', appointmentId: null, raisedOn: noticedOn });
      if (!id) throw new Error('the no-response decision was not opened');
      return decisionView(em, id);
    });
  }

  async decide(id: string, req: DecideSafeguardingRequest, actor: Actor): Promise<SafeguardingDecisionView> {
    const [before] = await this.db.query(`SELECT referral_id FROM safeguarding_decision WHERE id = $1`, [id]);
    if (!before) throw new NotFoundError('safeguarding decision', id);
    return changeReferral(this.db, actor, before.referral_id, { entityType: 'safeguarding-decision', entityId: () => id, notFound: { entity: 'safeguarding decision', id } }, async (em) => {
      const [d]: DecisionRow[] = await em.query(`${SELECT_DECISION} WHERE d.id = $1 FOR UPDATE OF d`, [id]);
      assertVersion('safeguarding decision', d.version, req.version);
      if (d.decidedAt) throw new ConflictError(`The safeguarding decision was already recorded (${d.decision}) by ${d.decidedBy} at ${londonDateTime(d.decidedAt)}.`);
      if (d.owner === 'lead-professional' && d.lpId !== actor.userId && !actor.roles.includes('manager')) {
        throw new ConflictError(`Cannot record the decision: it is for the child’s lead professional, ${d.lpName} (or a manager).`);
      }
      const plan = req.plan?.trim() || null;
      if (req.decision === 'keep-open' && !plan) throw ValidationFailedError.of([{ field: 'plan', message: 'say how the child is kept safe and engaged when the referral is kept open' }]);
      const task = await lockTaskForSubject(em, 'safeguarding', id);
      if (task) assertWorkable(task, actor, 'record the decision');
      await em.query(`UPDATE safeguarding_decision SET decision = $2, plan = $3, decided_at = now(), decided_by = $4, version = version + 1 WHERE id = $1`, [
        id,
        req.decision,
        plan,
        actor.userId,
      ]);
      if (task) await completeTask(em, task.id, actor);
      return decisionView(em, id);
    });
  }
}

export async function decisionView(em: EntityManager, id: string): Promise<SafeguardingDecisionView> {
  const [d]: DecisionRow[] = await em.query(`${SELECT_DECISION} WHERE d.id = $1`, [id]);
  const { lpId, lpName, ...rest } = d;
  return {
    ...rest,
    owner: d.owner === 'lead-professional' && lpId ? { kind: 'lead-professional', userId: lpId, name: lpName ?? '' } : { kind: 'duty' },
    decidedAt: d.decidedAt?.toISOString() ?? null,
  };
}
