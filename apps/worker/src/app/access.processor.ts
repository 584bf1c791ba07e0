import { AcknowledgeReferral } from '@camhs/application';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import { AcknowledgeReferralPayload, JOBS, QUEUE, WORKER_OPTIONS } from '@camhs/queues';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';

/** The `access` queue: a referral's access-stage side effects. */
@Processor(QUEUE.access, WORKER_OPTIONS)
export class AccessProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    private readonly acknowledge: AcknowledgeReferral,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.handlers = handlerMap(QUEUE.access, [JOBS.acknowledgeReferral.name], [
      [JOBS.acknowledgeReferral.name, (job) => this.acknowledge.execute(job.data as AcknowledgeReferralPayload)],
    ]);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.worker.concurrency;
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
