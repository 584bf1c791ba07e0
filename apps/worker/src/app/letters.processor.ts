import { DutySchedule, GenerateLetters } from '@camhs/application';
import { JOBS, LETTER_GENERATION_SCHEDULER, QUEUE, WAITING_LIST_LETTER_SCHEDULER, WORKER_OPTIONS } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';
import { ScheduleKeeper, ScheduleSpec } from './job-schedules';

/** Letter generation every few seconds; the next run (seconds away) is the retry, and a short history is kept of a job that runs all day. */
const LETTER_GENERATION: ScheduleSpec = {
  id: LETTER_GENERATION_SCHEDULER.id,
  every: LETTER_GENERATION_SCHEDULER.everyMs,
  job: JOBS.generateLetters,
  jobOptions: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600, count: 1000 } },
};

/**
 * The `letters` queue: the day's waiting-list letters are queued from the duty schedule (daily, early
 * morning), and queued letters become stored PDFs, from a job scheduler every few seconds.
 */
@Processor(QUEUE.letters, WORKER_OPTIONS)
export class LettersProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    generate: GenerateLetters,
    schedule: DutySchedule,
    @InjectQueue(QUEUE.letters) private readonly queue: Queue,
    private readonly schedules: ScheduleKeeper,
  ) {
    super();
    this.handlers = handlerMap(
      QUEUE.letters,
      [JOBS.generateLetters.name, JOBS.issueWaitingListLetters.name],
      [
        [JOBS.generateLetters.name, () => generate.run()],
        [JOBS.issueWaitingListLetters.name, () => schedule.issueWaitingListLetters()],
      ],
    );
  }

  /**
   * Upserting a scheduler is idempotent, so every worker may declare it; runs on several workers share the
   * letters (SKIP LOCKED). The keeper declares it again every minute, so a Redis flush or restart stops letter
   * generation for a minute at most (the fault suite, `npm run chaos`, found it stopped until a worker restart).
   */
  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = 1;
    await this.schedules.keep(this.queue, LETTER_GENERATION, { runNow: false });
    await this.schedules.keep(this.queue, WAITING_LIST_LETTER_SCHEDULER, { runNow: true });
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
