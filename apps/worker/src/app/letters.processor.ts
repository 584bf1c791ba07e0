import { DutySchedule, GenerateLetters } from '@camhs/application';
import { JOBS, LETTER_GENERATION_SCHEDULER, QUEUE, WAITING_LIST_LETTER_SCHEDULER, WORKER_OPTIONS } from '@camhs/queues';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JobHandler, dispatch, handlerMap } from './job-handlers';
import { ScheduleKeeper } from './job-schedules';

/**
 * The `letters` queue: the day's waiting-list letters are queued from the duty schedule (daily, early
 * morning), and queued letters become stored PDFs, from a job scheduler every few seconds.
 */
@Processor(QUEUE.letters, WORKER_OPTIONS)
export class LettersProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly log = new Logger(LettersProcessor.name);
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

  /** Upserting the scheduler is idempotent, so every worker may declare it; runs on several workers share the letters (SKIP LOCKED). */
  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = 1;
    try {
      await this.queue.upsertJobScheduler(
        LETTER_GENERATION_SCHEDULER.id,
        { every: LETTER_GENERATION_SCHEDULER.everyMs },
        {
          name: JOBS.generateLetters.name,
          data: {},
          // The next run (seconds away) is the retry; keep only a short history of a job that runs all day.
          opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600, count: 1000 } },
        },
      );
    } catch (e) {
      this.log.error(`could not schedule letter generation: ${(e as Error).message}`);
    }
    await this.schedules.keep(this.queue, WAITING_LIST_LETTER_SCHEDULER, { runNow: true });
  }

  process(job: Job): Promise<unknown> {
    return dispatch(this.handlers, job);
  }
}
