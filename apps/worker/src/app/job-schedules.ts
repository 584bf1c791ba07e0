import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { JobSchedulerTemplateOptions, RepeatOptions } from 'bullmq';

interface ScheduleBase {
  id: string;
  job: { name: string; jobId(payload: Record<string, never>): string };
  /** Options of the jobs the scheduler adds (the queue's defaults otherwise). */
  jobOptions?: JobSchedulerTemplateOptions;
}

/** A schedule at the times of a cron pattern in a time zone, or every so many milliseconds. */
export type ScheduleSpec = (ScheduleBase & { pattern: string; tz: string }) | (ScheduleBase & { every: number });

/** What the keeper needs of a BullMQ Queue (a Queue is one). */
export interface SchedulableQueue {
  upsertJobScheduler(id: string, repeat: Omit<RepeatOptions, 'key'>, template: { name: string; data: Record<string, never>; opts?: JobSchedulerTemplateOptions }): Promise<unknown>;
  add(name: string, data: Record<string, never>, opts: { jobId: string }): Promise<unknown>;
}

export const KEEP_EVERY_MS = 60_000;

/**
 * Job schedulers live in the queue backend, so a Redis flush would lose them. Every processor
 * declares its schedules here at start-up (upsert is idempotent, so every worker may) and the
 * keeper re-declares them every minute: after a flush the schedules are back within a minute, and
 * the work itself is rebuilt from PostgreSQL by the next run. `runNow` adds one run at start-up, so a
 * freshly started service does not wait for the next tick.
 */
@Injectable()
export class ScheduleKeeper implements OnApplicationShutdown {
  private readonly log = new Logger(ScheduleKeeper.name);
  private readonly kept: { queue: SchedulableQueue; spec: ScheduleSpec }[] = [];
  private timer?: NodeJS.Timeout;

  async keep(queue: SchedulableQueue, spec: ScheduleSpec, options: { runNow: boolean }): Promise<void> {
    this.kept.push({ queue, spec });
    await this.declare(queue, spec);
    if (options.runNow) await this.runOnce(queue, spec);
    this.timer ??= setInterval(() => void this.redeclareAll(), KEEP_EVERY_MS).unref();
  }

  /**
   * One run now. Its id names this worker process (hour and pid), so a restart always adds a fresh run:
   * the run of a killed worker may sit "active" until the backend notices it stalled (on BullMQ's
   * PostgreSQL backend that can take minutes), and an id shared with it would be ignored. A second run
   * is harmless: every scheduled job is idempotent and level-triggered.
   */
  private async runOnce(queue: SchedulableQueue, spec: ScheduleSpec): Promise<void> {
    const jobId = `${spec.job.jobId({})}-start-${new Date().toISOString().slice(0, 13).replace(/\D/g, '')}-${process.pid}`;
    await queue.add(spec.job.name, {}, { jobId }).catch((e: Error) => this.log.error(`could not start ${spec.id}: ${e.message}`));
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async redeclareAll(): Promise<void> {
    for (const { queue, spec } of this.kept) await this.declare(queue, spec);
  }

  private async declare(queue: SchedulableQueue, spec: ScheduleSpec): Promise<void> {
    try {
      const repeat = 'every' in spec ? { every: spec.every } : { pattern: spec.pattern, tz: spec.tz };
      await queue.upsertJobScheduler(spec.id, repeat, { name: spec.job.name, data: {}, ...(spec.jobOptions ? { opts: spec.jobOptions } : {}) });
    } catch (e) {
      // Without the schedule the worker still processes everything else; say so loudly (and retry in a minute).
      this.log.error(`could not declare the job scheduler ${spec.id}: ${(e as Error).message}`);
    }
  }
}
