import { JobDefinition } from '@camhs/queues';
import { EntityManager } from 'typeorm';

/**
 * Record the intent to run a job, inside the caller's transaction. If the transaction rolls back,
 * the intent goes with it; if it commits, the relay will deliver it even if this process dies now.
 */
export async function recordJobIntent<P extends Record<string, string>>(
  em: EntityManager,
  job: JobDefinition<P>,
  payload: P,
): Promise<string> {
  const jobId = job.jobId(payload);
  await em.query(
    `INSERT INTO outbox_message (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)
     ON CONFLICT (job_id) DO NOTHING`,
    [job.queue, job.name, jobId, JSON.stringify(payload)],
  );
  return jobId;
}

/** Mark an intent done, in the same transaction as the job's effect. */
export async function markJobProcessed(em: EntityManager, jobId: string): Promise<void> {
  await em.query(`UPDATE outbox_message SET processed_at = now() WHERE job_id = $1 AND processed_at IS NULL`, [jobId]);
}
