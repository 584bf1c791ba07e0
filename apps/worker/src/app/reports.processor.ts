import { ReportSnapshots } from '@camhs/application';
import { JOBS, QUEUE, REPORT_SNAPSHOT_SCHEDULER, WORKER_OPTIONS } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';
import { ScheduleKeeper } from './job-schedules';

/** The `reports` queue: the bi-weekly report snapshots, from a daily job scheduler. */
@Processor(QUEUE.reports, WORKER_OPTIONS)
export class ReportsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    private readonly snapshots: ReportSnapshots,
    @InjectQueue(QUEUE.reports) private readonly queue: Queue,
    private readonly schedules: ScheduleKeeper,
  ) {
    super();
    this.handlers = handlerMap(QUEUE.reports, [JOBS.takeReportSnapshots.name], [[JOBS.takeReportSnapshots.name, () => this.snapshots.takeIfDue()]]);
  }

  /** The morning-after check runs daily at 02:00 (a run on any other morning does nothing). */
  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = 1;
    await this.schedules.keep(this.queue, REPORT_SNAPSHOT_SCHEDULER, { runNow: false });
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
