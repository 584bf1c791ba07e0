import { JOBS, JobDefinition, ReferralStagePayload, WaitClocksPayload } from '@camhs/queues';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit, systemActor } from '../audit/audit-log';
import { ClockFlags, ClockSweep } from '../clocks/clock-flags';
import { markJobProcessed, recordJobIntent } from '../outbox/outbox-writer';
import { ACKNOWLEDGEMENT_RECIPIENTS } from './acknowledge-referral';

/** What a stage job did: its effect, or why there was nothing (left to do) to do. */
export type StageWorkOutcome = 'done' | 'already-done' | 'obsolete' | 'referral-missing';

/** The letters a referral is owed when it leaves a stage; each goes to the referrer and GP, copy to the family (domain.md). */
const STAGE_LETTERS = {
  'access-outcome': { job: JOBS.accessOutcomeLetters, happened: 'access_completed_on' },
  'assessment-outcome': { job: JOBS.assessmentOutcomeLetters, happened: 'assessment_completed_on' },
  discharge: { job: JOBS.dischargeLetters, happened: 'discharged_on' },
} as const;
export type StageLetterKind = keyof typeof STAGE_LETTERS;

/**
 * Intents written by the pathway's moves, in the move's own transaction (outbox): the relay puts
 * them on the stage's queue; if the move rolls back, so do they.
 */
export const stageIntents = {
  accessCompleted: (em: EntityManager, referralId: string) => recordJobIntent(em, JOBS.accessOutcomeLetters, { referralId }),
  assessmentCompleted: (em: EntityManager, referralId: string) => recordJobIntent(em, JOBS.assessmentOutcomeLetters, { referralId }),
  discharged: (em: EntityManager, referralId: string) => recordJobIntent(em, JOBS.dischargeLetters, { referralId }),
  enteredAccess: (em: EntityManager, referralId: string) => recordJobIntent(em, JOBS.checkAccessClock, { referralId }),
  waitsOpened: async (em: EntityManager, referralId: string, waitIds: readonly string[]) => {
    for (const waitId of waitIds) await recordJobIntent(em, JOBS.checkWaitClocks, { referralId, waitId });
  },
};

/**
 * The side effects of a referral's stages, run by the access, assessment and treatment queues.
 * Every handler re-reads the referral under a lock and does nothing when the work is done or no
 * longer applies (the referral moved on), so duplicates, retries and crashes change nothing, and
 * the job's outbox intent is marked processed in the same transaction as its effect.
 */
@Injectable()
export class StageWork {
  constructor(
    private readonly db: DataSource,
    private readonly clocks: ClockFlags,
  ) {}

  /** Queue the outcome letters of a stage the referral has left (rows `queued`; the letters queue renders them). */
  letters(kind: StageLetterKind, payload: ReferralStagePayload): Promise<StageWorkOutcome> {
    const { job, happened } = STAGE_LETTERS[kind];
    return this.run(job, payload, async (em, referral) => {
      if (referral[happened] === null) return 'obsolete';
      const created: unknown[] = await em.query(
        `INSERT INTO letter (referral_id, kind, recipient, status)
         SELECT $1, $2, r, 'queued' FROM unnest($3::text[]) AS r
         ON CONFLICT ON CONSTRAINT letter_once_per_recipient DO NOTHING RETURNING id`,
        [payload.referralId, kind, ACKNOWLEDGEMENT_RECIPIENTS],
      );
      if (created.length === 0) return 'already-done';
      await recordAudit(em, systemActor('worker', `job ${job.name}`, job.jobId(payload)), {
        action: 'create',
        entityType: 'letter',
        entityId: payload.referralId,
        childIds: [referral.child_id],
        outcome: 'success',
      });
      return 'done';
    });
  }

  /** Check the access clock of a referral that has just entered access. */
  checkAccessClock(payload: ReferralStagePayload): Promise<StageWorkOutcome> {
    return this.run(JOBS.checkAccessClock, payload, async (em, referral) => {
      if (referral.stage !== 'access') return 'obsolete';
      return (await this.clocks.sweep('access', payload.referralId, em)) > 0 ? 'done' : 'already-done';
    });
  }

  /** Check the 13/18-week clocks of a referral whose wait has just opened. */
  checkWaitClocks(payload: WaitClocksPayload): Promise<StageWorkOutcome> {
    return this.run(JOBS.checkWaitClocks, payload, async (em) => {
      const [wait] = await em.query(`SELECT 1 FROM wait WHERE id = $1 AND started_on IS NULL AND removed_on IS NULL`, [payload.waitId]);
      if (!wait) return 'obsolete';
      return (await this.clocks.sweep('treatment', payload.referralId, em)) > 0 ? 'done' : 'already-done';
    });
  }

  /** The scheduled sweep of every running clock of a stage; returns how many flags it added. */
  sweep(which: ClockSweep): Promise<number> {
    return this.clocks.sweep(which);
  }

  private run<P extends ReferralStagePayload>(
    job: JobDefinition<P>,
    payload: P,
    work: (em: EntityManager, referral: LockedStageRow) => Promise<StageWorkOutcome>,
  ): Promise<StageWorkOutcome> {
    return this.db.transaction(async (em) => {
      const [referral]: LockedStageRow[] = await em.query(
        `SELECT child_id, stage, access_completed_on, assessment_completed_on, discharged_on FROM referral WHERE id = $1 FOR UPDATE`,
        [payload.referralId],
      );
      const outcome = referral ? await work(em, referral) : 'referral-missing';
      await markJobProcessed(em, job.jobId(payload));
      return outcome;
    });
  }
}

interface LockedStageRow {
  child_id: string;
  stage: string;
  access_completed_on: string | null;
  assessment_completed_on: string | null;
  discharged_on: string | null;
}
