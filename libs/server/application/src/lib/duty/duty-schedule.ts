import { Clock, GREEN_LETTER_INTERVAL_DAYS, RED_INTERVAL_DAYS, REVIEW_INTERVAL_DAYS, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock.provider';

/**
 * The duty schedule (domain `duty-plan.ts`, spec/ptl-extract.md "the duty schedule") kept in
 * PostgreSQL, one row per child waiting for treatment. The plan follows the domain's `planDuty` and
 * the report's `scheduled` set: the rating in force is the child's latest-rated referral; the next
 * review is one interval after the latest attended duty review, or after the rating when there is
 * none; GREEN gets a waiting-list letter 91 days after its rating or its last waiting-list letter,
 * whichever is later; AMBER's letter goes at the review unless a waiting-list letter (the opt-in letter)
 * has already gone to the family since the child started waiting.
 * A waiting child with no rating yet is due a review (a rating) from the day they started waiting,
 * so no waiting child is ever without a next review date.
 *
 * One statement re-plans everyone (the daily reconcile) or one child (after a review or a rating
 * change, in that transaction); children no longer waiting leave the schedule.
 * Parameters: $1 today, $2 one child id or null, $3..$5 RED default / AMBER / GREEN interval days, $6 GREEN letter days.
 */
const WAITING = `
  waiting AS (
    SELECT r.child_id, min(w.added_on) AS waiting_since
      FROM wait w JOIN referral r ON r.id = w.referral_id
     WHERE w.added_on <= $1::date AND w.started_on IS NULL AND w.removed_on IS NULL AND ($2::uuid IS NULL OR r.child_id = $2)
     GROUP BY r.child_id)`;

const PLAN = `
  WITH ${WAITING},
  rated AS (
    SELECT DISTINCT ON (wc.child_id) wc.child_id, wc.waiting_since, r.id AS referral_id, r.rag, r.rag_set_on, r.red_interval_days
      FROM waiting wc JOIN referral r ON r.child_id = wc.child_id
     -- As the report's \`rated\` set: the latest rating (ties by source id); unrated, a referral with an open wait.
     ORDER BY wc.child_id, r.rag_set_on DESC NULLS LAST, r.source_id,
              EXISTS (SELECT 1 FROM wait ow WHERE ow.referral_id = r.id AND ow.started_on IS NULL AND ow.removed_on IS NULL) DESC, r.received_on DESC, r.id),
  planned AS (
    SELECT rt.*,
           CASE rt.rag WHEN 'RED' THEN coalesce(rt.red_interval_days, $3::int) WHEN 'AMBER' THEN $4::int WHEN 'GREEN' THEN $5::int ELSE 0 END AS interval_days,
           (SELECT max(a.date) FROM appointment a JOIN referral ar ON ar.id = a.referral_id
             WHERE ar.child_id = rt.child_id AND a.kind = 'duty-review' AND a.status = 'attended' AND a.date <= $1::date) AS last_review,
           (SELECT max(l.due_on) FROM letter l JOIN referral lr ON lr.id = l.referral_id
             WHERE lr.child_id = rt.child_id AND l.kind = 'waiting-list' AND l.due_on >= rt.waiting_since) AS last_letter
      FROM rated rt)
  INSERT INTO duty_schedule AS s (child_id, referral_id, rating, interval_days, next_review_on, next_letter_on)
  SELECT child_id, referral_id, rag, interval_days,
         CASE WHEN rag IS NULL THEN waiting_since ELSE coalesce(last_review, rag_set_on) + interval_days END,
         CASE WHEN rag = 'GREEN' THEN greatest(last_letter, rag_set_on) + $6::int
              WHEN rag = 'AMBER' AND last_letter IS NULL THEN coalesce(last_review, rag_set_on) + interval_days END
    FROM planned
  ON CONFLICT (child_id) DO UPDATE
     SET referral_id = EXCLUDED.referral_id, rating = EXCLUDED.rating, interval_days = EXCLUDED.interval_days,
         next_review_on = EXCLUDED.next_review_on, next_letter_on = EXCLUDED.next_letter_on, planned_at = now()
   WHERE (s.referral_id, s.rating, s.interval_days, s.next_review_on, s.next_letter_on)
         IS DISTINCT FROM (EXCLUDED.referral_id, EXCLUDED.rating, EXCLUDED.interval_days, EXCLUDED.next_review_on, EXCLUDED.next_letter_on)
  RETURNING 1`;

const DROP_NOT_WAITING = `
  WITH ${WAITING}
  DELETE FROM duty_schedule s
   WHERE ($2::uuid IS NULL OR s.child_id = $2) AND NOT EXISTS (SELECT 1 FROM waiting wc WHERE wc.child_id = s.child_id)
  RETURNING 1`;

/** Today's review tasks: one per child whose review is due or overdue, unless one is already open. */
const CREATE_DUE_TASKS = `
  INSERT INTO duty_task (child_id, referral_id, kind, due_on)
  SELECT child_id, referral_id, 'review', next_review_on FROM duty_schedule WHERE next_review_on <= $1::date
  ON CONFLICT DO NOTHING
  RETURNING 1`;

/**
 * The day's waiting-list letters to the family (GREEN every 91 days; AMBER's opt-in letter at the
 * review), for children still waiting today, dated today; a second run the same day adds nothing.
 */
const ISSUE_DUE_LETTERS = `
  INSERT INTO letter (referral_id, kind, recipient, due_on)
  SELECT s.referral_id, 'waiting-list', 'family', $1::date
    FROM duty_schedule s
   WHERE s.next_letter_on <= $1::date
     AND EXISTS (SELECT 1 FROM wait w JOIN referral wr ON wr.id = w.referral_id
                  WHERE wr.child_id = s.child_id AND w.added_on <= $1::date AND w.started_on IS NULL AND w.removed_on IS NULL)
  ON CONFLICT ON CONSTRAINT letter_once_per_recipient DO NOTHING
  RETURNING id`;

/** The lock the duty day and the letter run take alone, and a review writing an opt-in letter shares. */
const DUTY_DAY_LOCK = `hashtext('duty-day')`;

/**
 * SQL: whether the child (`childId`, an SQL expression) has had a waiting-list letter — the opt-in
 * letter — since they started waiting (their earliest open wait), as the schedule's `last_letter` counts.
 */
export function optInLetterSentSql(childId: string): string {
  return `EXISTS (SELECT 1 FROM letter l JOIN referral lr ON lr.id = l.referral_id
                   WHERE lr.child_id = ${childId} AND l.kind = 'waiting-list'
                     AND l.due_on >= (SELECT min(w.added_on) FROM wait w JOIN referral wr ON wr.id = w.referral_id
                                       WHERE wr.child_id = ${childId} AND w.started_on IS NULL AND w.removed_on IS NULL))`;
}

export interface WaitingListLettersResult {
  day: string;
  lettersCreated: number;
}

export interface DutyDayResult {
  day: string;
  replanned: number;
  removed: number;
  tasksCreated: number;
}

@Injectable()
export class DutySchedule {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): string {
    return today(this.clock);
  }

  /** Re-plan everyone (childId null) or one child; returns how many rows changed and how many left. */
  async replan(childId: string | null, em: EntityManager = this.db.manager): Promise<{ replanned: number; removed: number }> {
    const params = [this.today(), childId, RED_INTERVAL_DAYS.default, REVIEW_INTERVAL_DAYS.AMBER, REVIEW_INTERVAL_DAYS.GREEN, GREEN_LETTER_INTERVAL_DAYS];
    const replanned: unknown[] = await em.query(PLAN, params);
    // TypeORM answers a DELETE with [rows, affected count].
    const [removed]: [unknown[], number] = await em.query(DROP_NOT_WAITING, params.slice(0, 2));
    return { replanned: replanned.length, removed: removed.length };
  }

  /**
   * The daily run: reconcile the whole schedule from the records, then open the day's review tasks,
   * in one transaction, so a crash leaves either nothing or everything, and a second run adds nothing.
   */
  async runDay(): Promise<DutyDayResult> {
    return this.db.transaction(async (em) => {
      // One run at a time across workers: a second waits, then finds nothing to do.
      await em.query(`SELECT pg_advisory_xact_lock(${DUTY_DAY_LOCK})`);
      const { replanned, removed } = await this.replan(null, em);
      const created: unknown[] = await em.query(CREATE_DUE_TASKS, [this.today()]);
      return { day: this.today(), replanned, removed, tasksCreated: created.length };
    });
  }

  /**
   * The day's waiting-list letters (the `letters` queue's daily run): queue every letter the schedule
   * has falling due, then re-plan so the next is 91 days on (GREEN) or none (AMBER, opt-in sent). One
   * transaction under the duty day's lock: a crash leaves nothing, a second run finds nothing due, and
   * a review writing an opt-in letter at the same moment waits (see `shareDutyDayLock`).
   */
  async issueWaitingListLetters(): Promise<WaitingListLettersResult> {
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(${DUTY_DAY_LOCK})`);
      const created: unknown[] = await em.query(ISSUE_DUE_LETTERS, [this.today()]);
      if (created.length > 0) await this.replan(null, em);
      return { day: this.today(), lettersCreated: created.length };
    });
  }

  /** Taken by a review that may write the opt-in letter, so it never races the day's letter run (reviews do not block each other). */
  async shareDutyDayLock(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock_shared(${DUTY_DAY_LOCK})`);
  }

  /** Whether a waiting-list letter (the opt-in letter) has gone to the child's family since they started waiting. */
  async optInLetterSent(em: EntityManager, childId: string): Promise<boolean> {
    const [row] = await em.query(`SELECT ${optInLetterSentSql('$1::uuid')} AS sent`, [childId]);
    return row.sent === true;
  }
}
