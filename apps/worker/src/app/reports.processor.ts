import { ReportSnapshots } from '@camhs/application';
import { JOBS, QUEUE, REPORT_SNAPSHOT_SCHEDULER, WORKER_OPTIONS } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';

/** The `reports` queue: the bi-weekly report snapshots, from a daily job scheduler. */
@Processor(QUEUE.reports, WORKER_OPTIONS)
export class ReportsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly log = new Logger(ReportsProcessor.name);
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    private readonly snapshots: ReportSnapshots,
    @InjectQueue(QUEUE.reports) private readonly queue: Queue,
  ) {
    super();
    this.handlers = handlerMap(QUEUE.reports, [JOBS.takeReportSnapshots.name], [[JOBS.takeReportSnapshots.name, () => this.snapshots.takeIfDue()]]);
  }

  /** The schedule lives in one place (upsert is idempotent, so every worker may declare it). */
  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = 1;
    try {
      await this.queue.upsertJobScheduler(
        REPORT_SNAPSHOT_SCHEDULER.id,
        { pattern: REPORT_SNAPSHOT_SCHEDULER.pattern, tz: REPORT_SNAPSHOT_SCHEDULER.tz },
        { name: JOBS.takeReportSnapshots.name, data: {} },
      );
    } catch (e) {
      // Without the schedule the worker still processes everything else; say so loudly.
      this.log.error(`could not schedule the report snapshots: ${(e as Error).message}`);
    }
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
