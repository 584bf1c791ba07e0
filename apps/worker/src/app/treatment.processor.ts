import { StageWork } from '@camhs/application';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import { CLOCK_SWEEP_SCHEDULERS, JOBS, QUEUE, ReferralStagePayload, WORKER_OPTIONS, WaitClocksPayload } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';
import { ScheduleKeeper } from './job-schedules';

const JOB_NAMES = [JOBS.checkWaitClocks.name, JOBS.sweepTreatmentClocks.name, JOBS.dischargeLetters.name];

/** The `treatment` queue: the 13- and 18-week clocks of open waits, and the discharge letters. */
@Processor(QUEUE.treatment, WORKER_OPTIONS)
export class TreatmentProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    stage: StageWork,
    @InjectQueue(QUEUE.treatment) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedules: ScheduleKeeper,
  ) {
    super();
    this.handlers = handlerMap(QUEUE.treatment, JOB_NAMES, [
      [JOBS.checkWaitClocks.name, (job) => stage.checkWaitClocks(job.data as WaitClocksPayload)],
      [JOBS.sweepTreatmentClocks.name, () => stage.sweep('treatment')],
      [JOBS.dischargeLetters.name, (job) => stage.letters('discharge', job.data as ReferralStagePayload)],
    ]);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.worker.concurrency;
    await this.schedules.keep(this.queue, CLOCK_SWEEP_SCHEDULERS.treatment, { runNow: true });
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
