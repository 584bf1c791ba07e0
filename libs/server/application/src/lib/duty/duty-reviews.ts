import type { RecordDutyReviewRequest, RecordDutyReviewResult } from '@camhs/contracts';
import { Clock, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK } from '../common/clock.provider';
import { ConflictError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { changeReferral } from '../referrals/change-referral';
import { DutySchedule } from './duty-schedule';
import { assertWorkable, lockTask, taskBeforeLock } from './duty-task-lock';
import { writeDutyReview } from './write-duty-review';

/**
 * Record a review from the duty list: `POST /api/duty/tasks/{id}/review` on a `review` task. The
 * review is written on the referral whose rating is in force for the child (the schedule's), in
 * that referral's frame, and answers the next due date. A review while answering a call or letter
 * goes through `DutyContacts.respond` instead.
 */
@Injectable()
export class DutyReviews {
  constructor(
    private readonly db: DataSource,
    private readonly schedule: DutySchedule,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async recordForTask(taskId: string, req: RecordDutyReviewRequest, actor: Actor): Promise<RecordDutyReviewResult> {
    const before = await taskBeforeLock(this.db, taskId);
    const [inForce] = await this.db.query(`SELECT referral_id FROM duty_schedule WHERE child_id = $1`, [before.childId]);
    const referralId: string = inForce?.referral_id ?? before.referralId;
    return changeReferral(this.db, actor, referralId, { entityType: 'duty-review', entityId: (r: RecordDutyReviewResult) => r.reviewId, notFound: { entity: 'duty task', id: taskId } }, async (em, referral) => {
      const task = await lockTask(em, taskId);
      if (task.kind !== 'review') throw new ConflictError(`Cannot record a review on this task: it is a ${task.kind} task.`);
      assertWorkable(task, actor, 'record the review');
      const [now] = await em.query(`SELECT referral_id FROM duty_schedule WHERE child_id = $1`, [task.childId]);
      if (now && now.referral_id !== referral.id) throw new ConflictError('The child’s rating is now held on another referral. Reload the list and try again.');
      return writeDutyReview(em, actor, referral, req, { today: today(this.clock), now: this.clock.now(), schedule: this.schedule, contactId: null });
    });
  }
}
