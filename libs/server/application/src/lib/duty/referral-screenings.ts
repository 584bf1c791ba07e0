import type { ReferralScreeningView, ScreenReferralRequest } from '@camhs/contracts';
import { CLOSED_STAGES, Clock, daysBetween, describeStage, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { changeReferral } from '../referrals/change-referral';
import { assertWorkable, completeTask, lockTaskForSubject } from './duty-task-lock';

/**
 * Screening a new referral for an immediate response (domain.md: referrals are screened daily by
 * the duty clinician): once per referral, recorded for good; it takes the referral off the duty
 * list's `newReferralsToScreen`.
 */
@Injectable()
export class ReferralScreenings {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async screen(referralId: string, req: ScreenReferralRequest, actor: Actor): Promise<ReferralScreeningView> {
    return changeReferral(this.db, actor, referralId, { entityType: 'referral-screening', entityId: () => referralId }, async (em, referral) => {
      const [done] = await em.query(
        `SELECT to_char(s.screened_on, 'YYYY-MM-DD') AS screened_on, u.display_name FROM referral_screening s JOIN app_user u ON u.id = s.screened_by WHERE s.referral_id = $1`,
        [referralId],
      );
      if (done) throw new ConflictError(`The referral was already screened on ${done.screened_on} by ${done.display_name}.`);
      if (CLOSED_STAGES.includes(referral.pathway.stage)) throw new ConflictError(`Cannot screen the referral: it is closed (${describeStage(referral.pathway.stage)}).`);
      const screenedOn = req.screenedOn ?? today(this.clock);
      const note = req.note?.trim() || null;
      const problems: { field: string; message: string }[] = [];
      if (daysBetween(today(this.clock), screenedOn) > 0) problems.push({ field: 'screenedOn', message: 'the screening cannot be dated in the future' });
      else if (daysBetween(referral.pathway.receivedOn, screenedOn) < 0) problems.push({ field: 'screenedOn', message: `the screening cannot be dated before the referral was received (${referral.pathway.receivedOn})` });
      if (req.immediateResponse && !note) problems.push({ field: 'note', message: 'say what immediate response is needed, and who gives it' });
      if (problems.length) throw ValidationFailedError.of(problems);
      const task = await lockTaskForSubject(em, 'screening', referralId);
      if (task && !task.completedAt) assertWorkable(task, actor, 'screen the referral');
      await em.query(`INSERT INTO referral_screening (referral_id, child_id, screened_on, immediate_response, note, screened_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
        referralId,
        referral.childId,
        screenedOn,
        req.immediateResponse,
        note,
        actor.userId,
      ]);
      if (task) await completeTask(em, task.id, actor);
      const [saved] = await em.query(
        `SELECT s.referral_id AS "referralId", to_char(s.screened_on, 'YYYY-MM-DD') AS "screenedOn", s.immediate_response AS "immediateResponse", s.note,
                u.display_name AS "screenedBy", s.recorded_at AS "recordedAt"
           FROM referral_screening s JOIN app_user u ON u.id = s.screened_by WHERE s.referral_id = $1`,
        [referralId],
      );
      return { ...saved, recordedAt: (saved.recordedAt as Date).toISOString() };
    });
  }
}
