import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';

export interface ScheduleSpec {
  id: string;
  pattern: string;
  tz: string;
  job: { name: string; jobId(payload: Record<string, never>): string };
}

const KEEP_EVERY_MS = 60_000;

/**
 * Job schedulers live in the queue backend, so a Redis flush would lose them. Every processor
 * declares its schedules here at start-up (upsert is idempotent, so every worker may) and the
 * keeper re-declares them every minute: after a flush the schedules are back within a minute, and
 * the work itself is rebuilt from PostgreSQL by the next run. `runNow` adds one run at start-up (once
 * per hour of start-ups), so a freshly started service does not wait for the next tick.
 */
@Injectable()
export class ScheduleKeeper implements OnApplicationShutdown {
  private readonly log = new Logger(ScheduleKeeper.name);
  private readonly kept: { queue: Queue; spec: ScheduleSpec }[] = [];
  private timer?: NodeJS.Timeout;

  async keep(queue: Queue, spec: ScheduleSpec, options: { runNow: boolean }): Promise<void> {
    this.kept.push({ queue, spec });
    await this.declare(queue, spec);
    if (options.runNow) await this.runOnce(queue, spec);
    this.timer ??= setInterval(() => void this.redeclareAll(), KEEP_EVERY_MS).unref();
  }

  /**
   * One run now, with one id per hour so workers starting together add it once. A run that failed for good
   * (say a worker was killed under it more often than BullMQ's stalled limit) is retried rather than left
   * to block the id: every run is idempotent.
   */
  private async runOnce(queue: Queue, spec: ScheduleSpec): Promise<void> {
    const jobId = `${spec.job.jobId({})}-start-${new Date().toISOString().slice(0, 13).replace(/\D/g, '')}`;
    try {
      const existing = await queue.getJob(jobId);
      if (existing && (await existing.isFailed())) await existing.retry('failed');
      else await queue.add(spec.job.name, {}, { jobId });
    } catch (e) {
      this.log.error(`could not start ${spec.id}: ${(e as Error).message}`);
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async redeclareAll(): Promise<void> {
    for (const { queue, spec } of this.kept) await this.declare(queue, spec);
  }

  private async declare(queue: Queue, spec: ScheduleSpec): Promise<void> {
    try {
      await queue.upsertJobScheduler(spec.id, { pattern: spec.pattern, tz: spec.tz }, { name: spec.job.name, data: {} });
    } catch (e) {
      // Without the schedule the worker still processes everything else; say so loudly (and retry in a minute).
      this.log.error(`could not declare the job scheduler ${spec.id}: ${(e as Error).message}`);
    }
  }
}
