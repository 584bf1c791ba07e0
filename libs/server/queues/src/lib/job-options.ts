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
