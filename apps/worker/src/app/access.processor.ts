import { AcknowledgeReferral, StageWork } from '@camhs/application';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import { AcknowledgeReferralPayload, CLOCK_SWEEP_SCHEDULERS, JOBS, QUEUE, ReferralStagePayload, WORKER_OPTIONS } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';
import { ScheduleKeeper } from './job-schedules';

const JOB_NAMES = [JOBS.acknowledgeReferral.name, JOBS.accessOutcomeLetters.name, JOBS.checkAccessClock.name, JOBS.sweepAccessClocks.name];

/** The `access` queue: acknowledgement on receipt, the access outcome letters, the access target's clock. */
@Processor(QUEUE.access, WORKER_OPTIONS)
export class AccessProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    acknowledge: AcknowledgeReferral,
    stage: StageWork,
    @InjectQueue(QUEUE.access) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedules: ScheduleKeeper,
  ) {
    super();
    this.handlers = handlerMap(QUEUE.access, JOB_NAMES, [
      [JOBS.acknowledgeReferral.name, (job) => acknowledge.execute(job.data as AcknowledgeReferralPayload)],
      [JOBS.accessOutcomeLetters.name, (job) => stage.letters('access-outcome', job.data as ReferralStagePayload)],
      [JOBS.checkAccessClock.name, (job) => stage.checkAccessClock(job.data as ReferralStagePayload)],
      [JOBS.sweepAccessClocks.name, () => stage.sweep('access')],
    ]);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.worker.concurrency;
    await this.schedules.keep(this.queue, CLOCK_SWEEP_SCHEDULERS.access, { runNow: true });
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
