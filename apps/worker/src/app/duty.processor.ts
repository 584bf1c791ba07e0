import { CLOCK, CrisisClocks, DutySchedule } from '@camhs/application';
import { Clock } from '@camhs/domain';
import { CRISIS_CLOCK_SWEEP_SCHEDULER, DUTY_DAY_SCHEDULER, JOBS, QUEUE, WORKER_OPTIONS } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler, dispatch, handlerMap } from './job-handlers';
import { ScheduleKeeper } from './job-schedules';

/**
 * The `duty` queue: the daily duty run (reconcile the schedule from PostgreSQL, open the day's review
 * tasks) and the Crisis clocks' sweep (open the clocks of new escalations to Crisis, mark the missed).
 */
@Processor(QUEUE.duty, WORKER_OPTIONS)
export class DutyProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    schedule: DutySchedule,
    db: DataSource,
    @Inject(CLOCK) clock: Clock,
    @InjectQueue(QUEUE.duty) private readonly queue: Queue,
    private readonly schedules: ScheduleKeeper,
  ) {
    super();
    const crisis = new CrisisClocks(db, clock);
    this.handlers = handlerMap(
      QUEUE.duty,
      [JOBS.runDutyDay.name, JOBS.sweepCrisisClocks.name],
      [
        [JOBS.runDutyDay.name, () => schedule.runDay()],
        [JOBS.sweepCrisisClocks.name, () => crisis.sweep()],
      ],
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = 1;
    await this.schedules.keep(this.queue, DUTY_DAY_SCHEDULER, { runNow: true });
    await this.schedules.keep(this.queue, CRISIS_CLOCK_SWEEP_SCHEDULER, { runNow: true });
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
