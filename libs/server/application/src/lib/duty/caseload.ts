import type { CaseloadItem } from '@camhs/contracts';
import { Clock, RagRating, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';

interface CaseloadRow extends Omit<CaseloadItem, 'claim'> {
  claimedBy: string | null;
  claimedByName: string | null;
  claimedAt: Date | null;
}

/**
 * A lead professional's caseload: the open referrals naming the caller as lead professional, with
 * the child's rating, the next review (and letter) as planned, the review task when one is due, and
 * the safeguarding decisions outstanding — by risk, then the earliest review. The read is audited.
 */
@Injectable()
export class Caseload {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forCaller(actor: Actor): Promise<CaseloadItem[]> {
    const params: unknown[] = [actor.userId, today(this.clock)];
    const rows: CaseloadRow[] = await this.db.query(
      `SELECT r.id AS "referralId", r.child_id AS "childId", ch.given_name || ' ' || ch.family_name AS "childName", tm.code AS team,
              r.rag AS rating, to_char(r.rag_set_on, 'YYYY-MM-DD') AS "ratedOn", r.red_interval_days AS "redIntervalDays",
              to_char(s.next_review_on, 'YYYY-MM-DD') AS "nextReviewOn", (s.next_review_on - $2::date) AS "daysUntilReview",
              to_char(s.next_letter_on, 'YYYY-MM-DD') AS "nextLetterOn",
              CASE WHEN s.next_review_on <= $2::date THEN rt.id END AS "reviewTaskId",
              CASE WHEN s.next_review_on <= $2::date THEN rt.claimed_by END AS "claimedBy", cu.display_name AS "claimedByName",
              CASE WHEN s.next_review_on <= $2::date THEN rt.claimed_at END AS "claimedAt",
              (SELECT count(*)::int FROM safeguarding_decision d WHERE d.referral_id = r.id AND d.decided_at IS NULL) AS "safeguardingDecisionsOutstanding"
         FROM referral r JOIN child ch ON ch.id = r.child_id JOIN team tm ON tm.id = r.team_id
         LEFT JOIN duty_schedule s ON s.child_id = r.child_id
         LEFT JOIN duty_task rt ON rt.child_id = r.child_id AND rt.kind = 'review' AND rt.completed_at IS NULL
         LEFT JOIN app_user cu ON cu.id = rt.claimed_by
        WHERE r.lead_professional_id = $1 AND r.discharged_on IS NULL AND ${referralInScope(actor.scope, params)}
        ORDER BY CASE r.rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 WHEN 'GREEN' THEN 2 ELSE 3 END, s.next_review_on NULLS LAST,
                 ch.family_name, ch.given_name, r.id`,
      params,
    );
    await recordAudit(this.db, actor, { action: 'read', entityType: 'caseload', entityId: actor.userId, childIds: rows.map((r) => r.childId), outcome: 'success' });
    return rows.map(({ claimedBy, claimedByName, claimedAt, ...r }) => ({
      ...r,
      rating: r.rating as RagRating | null,
      claim: claimedBy && claimedAt ? { userId: claimedBy, name: claimedByName ?? '', at: claimedAt.toISOString() } : null,
    }));
  }
}
