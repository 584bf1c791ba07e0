import { DUTY_DAY_SCHEDULER, JOBS } from '@camhs/queues';
import { KEEP_EVERY_MS, SchedulableQueue, ScheduleKeeper, ScheduleSpec } from './job-schedules';

/** A queue that records what the keeper asks of it (and can be told to fail, as Redis down would). */
class RecordingQueue implements SchedulableQueue {
  readonly upserts: unknown[][] = [];
  readonly adds: unknown[][] = [];
  failing = false;

  async upsertJobScheduler(...args: Parameters<SchedulableQueue['upsertJobScheduler']>): Promise<unknown> {
    if (this.failing) throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
    this.upserts.push(args);
    return {};
  }

  async add(...args: Parameters<SchedulableQueue['add']>): Promise<unknown> {
    this.adds.push(args);
    return {};
  }
}

const EVERY_FIVE_SECONDS: ScheduleSpec = { id: 'letter-generation', every: 5000, job: JOBS.generateLetters, jobOptions: { attempts: 1 } };

describe('ScheduleKeeper', () => {
  let keeper: ScheduleKeeper;

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-11-22T09:30:00Z') });
    keeper = new ScheduleKeeper();
  });

  afterEach(() => {
    keeper.onApplicationShutdown();
    jest.useRealTimers();
  });

  it('declares a cron schedule in its time zone and adds one run now, named for this hour and process', async () => {
    const queue = new RecordingQueue();
    await keeper.keep(queue, DUTY_DAY_SCHEDULER, { runNow: true });
    expect(queue.upserts).toEqual([['duty-day', { pattern: '30 5 * * *', tz: 'Europe/London' }, { name: 'run-duty-day', data: {} }]]);
    expect(queue.adds).toEqual([['run-duty-day', {}, { jobId: `duty-day-start-2026112209-${process.pid}` }]]);
  });

  it('declares an interval schedule with its jobs’ options, and no run now when not asked', async () => {
    const queue = new RecordingQueue();
    await keeper.keep(queue, EVERY_FIVE_SECONDS, { runNow: false });
    expect(queue.upserts).toEqual([['letter-generation', { every: 5000 }, { name: 'generate-letters', data: {}, opts: { attempts: 1 } }]]);
    expect(queue.adds).toEqual([]);
  });

  it('declares every kept schedule again each minute, so a flushed Redis gets them back', async () => {
    const queue = new RecordingQueue();
    await keeper.keep(queue, DUTY_DAY_SCHEDULER, { runNow: false });
    await keeper.keep(queue, EVERY_FIVE_SECONDS, { runNow: false });
    await jest.advanceTimersByTimeAsync(KEEP_EVERY_MS - 1);
    expect(queue.upserts.map(([id]) => id)).toEqual(['duty-day', 'letter-generation']);
    await jest.advanceTimersByTimeAsync(1);
    expect(queue.upserts.map(([id]) => id)).toEqual(['duty-day', 'letter-generation', 'duty-day', 'letter-generation']);
  });

  it('goes on when a declaration fails (Redis down) and declares it once Redis is back', async () => {
    const queue = new RecordingQueue();
    queue.failing = true;
    await expect(keeper.keep(queue, EVERY_FIVE_SECONDS, { runNow: false })).resolves.toBeUndefined();
    expect(queue.upserts).toEqual([]);
    queue.failing = false;
    await jest.advanceTimersByTimeAsync(KEEP_EVERY_MS);
    expect(queue.upserts.map(([id, repeat]) => [id, repeat])).toEqual([['letter-generation', { every: 5000 }]]);
  });
});
