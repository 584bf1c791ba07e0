import { AcknowledgeReferralPayload, JOBS } from '@camhs/queues';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit, systemActor } from '../audit/audit-log';
import { markJobProcessed } from '../outbox/outbox-writer';

export const ACKNOWLEDGEMENT_RECIPIENTS = ['referrer', 'gp', 'family'] as const;

export type AcknowledgeOutcome = 'acknowledged' | 'already-acknowledged' | 'referral-missing';

/**
 * On receipt a referral is acknowledged in writing to the referrer, the GP and the family
 * (domain.md). Idempotent: the referral row is locked, re-checked, and the letters are unique per
 * recipient, so a re-run, a duplicate job or a retry after a crash changes nothing.
 */
@Injectable()
export class AcknowledgeReferral {
  private readonly log = new Logger(AcknowledgeReferral.name);

  constructor(private readonly db: DataSource) {}

  async execute(payload: AcknowledgeReferralPayload): Promise<AcknowledgeOutcome> {
    const jobId = JOBS.acknowledgeReferral.jobId(payload);
    return this.db.transaction(async (em) => {
      const [referral] = await em.query(`SELECT id, child_id, acknowledged_at FROM referral WHERE id = $1 FOR UPDATE`, [
        payload.referralId,
      ]);
      if (!referral) {
        this.log.warn(`referral ${payload.referralId} no longer exists; nothing to acknowledge`);
        await markJobProcessed(em, jobId);
        return 'referral-missing';
      }
      if (referral.acknowledged_at) {
        await markJobProcessed(em, jobId);
        return 'already-acknowledged';
      }
      await em.query(
        `INSERT INTO letter (referral_id, kind, recipient, status)
         SELECT $1, 'acknowledgement', r, 'queued' FROM unnest($2::text[]) AS r
         ON CONFLICT ON CONSTRAINT letter_once_per_recipient DO NOTHING`,
        [payload.referralId, ACKNOWLEDGEMENT_RECIPIENTS],
      );
      // Not a version change: the acknowledgement edits nothing a clinician edits, so it must not turn their
      // save of a referral loaded a moment earlier into a 409.
      await em.query(`UPDATE referral SET acknowledged_at = now(), updated_at = now() WHERE id = $1`, [payload.referralId]);
      await recordAudit(em, systemActor('worker', `job ${JOBS.acknowledgeReferral.name}`, jobId), {
        action: 'update',
        entityType: 'referral',
        entityId: payload.referralId,
        childIds: [referral.child_id],
        outcome: 'success',
      });
      await markJobProcessed(em, jobId);
      return 'acknowledged';
    });
  }
}
