import { DutySchedule } from '@camhs/application';
import { DUTY_DAY_SCHEDULER, JOBS, QUEUE, WORKER_OPTIONS } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';
import { ScheduleKeeper } from './job-schedules';

/** The `duty` queue: the daily duty run (reconcile the schedule from PostgreSQL, open the day's review tasks). */
@Processor(QUEUE.duty, WORKER_OPTIONS)
export class DutyProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    schedule: DutySchedule,
    @InjectQueue(QUEUE.duty) private readonly queue: Queue,
    private readonly schedules: ScheduleKeeper,
  ) {
    super();
    this.handlers = handlerMap(QUEUE.duty, [JOBS.runDutyDay.name], [[JOBS.runDutyDay.name, () => schedule.runDay()]]);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = 1;
    await this.schedules.keep(this.queue, DUTY_DAY_SCHEDULER, { runNow: true });
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
