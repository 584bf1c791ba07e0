import { StageWork } from '@camhs/application';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import { JOBS, QUEUE, ReferralStagePayload, WORKER_OPTIONS } from '@camhs/queues';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';

/** The `assessment` queue: the assessment outcome letters (accepted onto lists, or discharged). */
@Processor(QUEUE.assessment, WORKER_OPTIONS)
export class AssessmentProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    stage: StageWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.handlers = handlerMap(QUEUE.assessment, [JOBS.assessmentOutcomeLetters.name], [
      [JOBS.assessmentOutcomeLetters.name, (job) => stage.letters('assessment-outcome', job.data as ReferralStagePayload)],
    ]);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
