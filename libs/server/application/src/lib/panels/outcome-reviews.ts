import type { OutcomeReviewView, RecordOutcomeRequest, RecordOutcomeResult } from '@camhs/contracts';
import { Clock, OUTCOME_CATEGORIES, REVIEW_LIST_LOOKAHEAD_DAYS, addDays, afterOutcomeReview, compareDates, nextTermlyReview, outcomeEndsReviews, today } from '@camhs/domain';
import { JOBS } from '@camhs/queues';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit, systemActor } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { assertVersion } from '../referrals/change-referral';
import { panelSettings } from './panel-catalogue';
import { changePanelCase, coordinatedPanel, moveCase } from './panel-frame';
import { reviewViews } from './panel-record-views';

/**
 * Termly outcome reviews. The schedule lives in PostgreSQL (`panel_allocation.next_review_on`);
 * a daily worker run opens every review falling due within two weeks (level-triggered, once per
 * allocation and due date) and moves the case into review. The coordinator records one of the four
 * outcome categories; “continuing to improve” schedules the next review for the following term,
 * the others end the allocation's reviews, and a case whose allocations have all ended closes.
 */
@Injectable()
export class OutcomeReviews {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The coordinator's list: open reviews of the panel, earliest due first (the children listed are audited). */
  async list(panelId: string, actor: Actor): Promise<OutcomeReviewView[]> {
    await coordinatedPanel(this.db, actor, panelId);
    const reviews = await reviewViews(this.db, 'a.panel_id = $1 AND r.outcome IS NULL', [panelId], today(this.clock));
    const childIds: { child_id: string }[] = await this.db.query(`SELECT child_id FROM panel_case WHERE id = ANY($1::uuid[])`, [reviews.map((r) => r.caseId)]);
    await recordAudit(this.db, actor, { action: 'read', entityType: 'panel-outcome-review', childIds: childIds.map((c) => c.child_id), outcome: 'success' });
    return reviews;
  }

  async record(reviewId: string, req: RecordOutcomeRequest, actor: Actor): Promise<RecordOutcomeResult> {
    const day = today(this.clock);
    if (compareDates(req.reviewedOn, day) > 0) throw ValidationFailedError.of([{ field: 'reviewedOn', message: 'the review cannot be dated in the future' }]);
    const [found] = await this.db.query(`SELECT case_id FROM panel_outcome_review WHERE id = $1`, [reviewId]);
    if (!found) throw new NotFoundError('outcome review', reviewId);
    return changePanelCase(this.db, actor, found.case_id, 'panel-outcome-review', async (em, c) => {
      const [r] = await em.query(
        `SELECT r.version, r.outcome, r.allocation_id, a.start_on AS "startOn" FROM panel_outcome_review r JOIN panel_allocation a ON a.id = r.allocation_id WHERE r.id = $1 FOR UPDATE OF r, a`,
        [reviewId],
      );
      assertVersion('outcome review', r.version, req.version);
      if (r.outcome) throw new ConflictError('This review’s outcome is already recorded.');
      if (compareDates(req.reviewedOn, r.startOn) < 0) throw ValidationFailedError.of([{ field: 'reviewedOn', message: `the review cannot be before the allocation started (${r.startOn})` }]);
      await em.query(`UPDATE panel_outcome_review SET outcome = $2, note = $3, reviewed_on = $4, recorded_by = $5, recorded_at = now(), version = version + 1 WHERE id = $1`, [
        reviewId, req.outcome, req.note.trim(), req.reviewedOn, actor.userId,
      ]);
      const next = outcomeEndsReviews(req.outcome) ? null : nextTermlyReview(req.reviewedOn, (await panelSettings(em)).termEnds);
      await em.query(`UPDATE panel_allocation SET status = $2, next_review_on = $3, version = version + 1 WHERE id = $1`, [r.allocation_id, next ? 'active' : 'ended', next]);
      const [{ active }] = await em.query(`SELECT count(*)::int AS active FROM panel_allocation WHERE case_id = $1 AND status = 'active'`, [c.id]);
      const label = OUTCOME_CATEGORIES.find((o) => o.id === req.outcome)?.label ?? req.outcome;
      const caseState = await moveCase(em, c, afterOutcomeReview(c.facts, active), 'record the outcome', { closing: { reason: `Reviewed: ${label}`, on: day } });
      const [review] = await reviewViews(em, 'r.id = $1', [reviewId], day);
      return { review, nextReviewOn: next, caseState };
    }, { entity: 'outcome review', id: reviewId });
  }

  /**
   * The worker's daily run: open every review falling due within the list's lookahead (one per
   * allocation and due date, whatever ran before) and move allocated cases with an open review into
   * review. Safe to run any number of times, by any number of workers.
   */
  async scheduleDue(): Promise<{ opened: number }> {
    const horizon = addDays(today(this.clock), REVIEW_LIST_LOOKAHEAD_DAYS);
    return this.db.transaction(async (em) => {
      const opened: { case_id: string; child_id: string }[] = await em.query(
        `INSERT INTO panel_outcome_review (allocation_id, case_id, due_on)
         SELECT a.id, a.case_id, a.next_review_on FROM panel_allocation a WHERE a.status = 'active' AND a.next_review_on <= $1::date
         ON CONFLICT (allocation_id, due_on) DO NOTHING
         RETURNING case_id, (SELECT child_id FROM panel_case WHERE id = case_id) AS child_id`,
        [horizon],
      );
      // reviewFallsDue: an allocated case with an open review is in review.
      await em.query(
        `UPDATE panel_case c SET state = 'in-review', version = version + 1
          WHERE c.state = 'allocated' AND EXISTS (SELECT 1 FROM panel_outcome_review r WHERE r.case_id = c.id AND r.outcome IS NULL)`,
      );
      if (opened.length) {
        await recordAudit(em, systemActor('worker', `job ${JOBS.scheduleOutcomeReviews.name}`), {
          action: 'create', entityType: 'panel-outcome-review', childIds: opened.map((o) => o.child_id), outcome: 'success',
        });
      }
      return { opened: opened.length };
    });
  }
}
