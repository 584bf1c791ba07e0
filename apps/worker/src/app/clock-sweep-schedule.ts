import { CLOCK_SWEEP_SCHEDULERS } from '@camhs/queues';
import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

/**
 * Declare a stage's clock sweep (upsert is idempotent, so every worker may declare it) and run one
 * sweep now, once per hour of start-ups, so flags do not wait for the next quarter hour.
 */
export async function scheduleClockSweep(queue: Queue, which: keyof typeof CLOCK_SWEEP_SCHEDULERS, log: Logger): Promise<void> {
  const s = CLOCK_SWEEP_SCHEDULERS[which];
  try {
    await queue.upsertJobScheduler(s.id, { pattern: s.pattern, tz: s.tz }, { name: s.job.name, data: {} });
    await queue.add(s.job.name, {}, { jobId: `${s.job.jobId()}-start-${new Date().toISOString().slice(0, 13).replace(/\D/g, '')}` });
  } catch (e) {
    // Without the schedule the worker still processes everything else; say so loudly.
    log.error(`could not schedule the ${which} clock sweep: ${(e as Error).message}`);
  }
}
