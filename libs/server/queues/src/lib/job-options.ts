import type { DefaultJobOptions } from 'bullmq';

/**
 * Retries and retention, explicit for every queue. Handlers are idempotent, so a retry after a
 * crash is always safe; permanent failures throw UnrecoverableError and stay in the failed set
 * for a week so someone can see them.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Worker settings for every processor. Jobs are short (one transaction), so a job whose worker
 * died (kill -9, lost host) is noticed quickly: its lock lapses after 15 s (renewed every 7.5 s
 * while it runs) and stalled jobs are looked for every 5 s, so it is retried within ~20 s.
 */
export const WORKER_OPTIONS = {
  lockDuration: 15_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
} as const;
