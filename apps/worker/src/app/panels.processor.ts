import { GeneratePreReadPack, OutcomeReviews, PanelActions } from '@camhs/application';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import { JOBS, PANEL_ACTION_REMINDER_SCHEDULER, PANEL_REVIEW_SCHEDULER, PreReadPackPayload, QUEUE, WORKER_OPTIONS } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';
import { ScheduleKeeper } from './job-schedules';

const JOB_NAMES = [JOBS.generatePreReadPack.name, JOBS.scheduleOutcomeReviews.name, JOBS.remindPanelActions.name];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `panels` queue: a sitting's pre-read pack (from the outbox when its agenda is issued; stored
 * once), and two daily runs from job schedulers that read their work from PostgreSQL — outcome
 * reviews falling due (termly) and reminders of actions due. Every job is idempotent.
 */
@Processor(QUEUE.panels, WORKER_OPTIONS)
export class PanelsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    pack: GeneratePreReadPack,
    reviews: OutcomeReviews,
    actions: PanelActions,
    @InjectQueue(QUEUE.panels) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedules: ScheduleKeeper,
  ) {
    super();
    this.handlers = handlerMap(QUEUE.panels, JOB_NAMES, [
      [JOBS.generatePreReadPack.name, (job) => pack.run(sittingOf(job))],
      [JOBS.scheduleOutcomeReviews.name, () => reviews.scheduleDue()],
      [JOBS.remindPanelActions.name, () => actions.remindDue()],
    ]);
  }

  /** The daily runs also run once at start-up (once an hour of start-ups), so a fresh service lists what is due at once. */
  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.worker.concurrency;
    await this.schedules.keep(this.queue, PANEL_REVIEW_SCHEDULER, { runNow: true });
    await this.schedules.keep(this.queue, PANEL_ACTION_REMINDER_SCHEDULER, { runNow: true });
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}

/** The payload is ids only; one that is not can never succeed. */
function sittingOf(job: Job): string {
  const { sittingId } = job.data as Partial<PreReadPackPayload>;
  if (typeof sittingId !== 'string' || !UUID.test(sittingId)) throw new UnrecoverableError(`job ${job.id}: sittingId must be a uuid`);
  return sittingId;
}
