import { ReferralQueries, RegisterReferral } from '@camhs/application';
import type { Actor } from '@camhs/application';
import { fixedClock } from '@camhs/domain';
import { createDataSource } from '@camhs/persistence';
import { JOBS, configureQueueBackend, queueConnection } from '@camhs/queues';
import type { QueueBackend } from '@camhs/config';
import { WorkerProcess, availableBackends, itConfig, itEnv, startWorkerProcess, testActor, waitUntil } from '@camhs/server-testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

const REFERRALS = 90;
const WORKERS = 3;

/**
 * Whether the queue backend starts each job once when several workers share a queue. BullMQ 6.7's
 * PostgreSQL backend does not: in this test, with three workers, about half the jobs were started twice
 * (some twice at once, some left active until the stalled check gave them back 15–20 s later); with one
 * worker every job started once. The effects stay once even then (handlers lock and re-check), but
 * several workers belong on Redis (README, "Scale-out").
 */
const EACH_JOB_STARTS_ONCE: Record<QueueBackend, boolean> = { redis: true, postgres: false };

/**
 * Scale-out (issue 7): three worker processes on the same queues share the work and do each job once.
 * Which process wrote each acknowledgement letter is recorded by a trigger that exists only for this
 * test (each worker connects with its own application_name), so the test sees who did what without
 * any change to the product.
 */
describe.each(availableBackends())('three workers on the same queues (queue on %s)', (backend) => {
  const suffix = `scaleout_${backend}`;
  const writers = `${suffix}_letter_writer`;
  let ds: DataSource;
  let register: RegisterReferral;
  let actor: Actor;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    configureQueueBackend(itConfig(backend, suffix));
    ds = createDataSource(itEnv(backend, suffix).DATABASE_URL, { poolSize: 4 });
    await ds.initialize();
    register = new RegisterReferral(ds, new ReferralQueries(ds), fixedClock('2026-11-22T09:00:00Z'));
    actor = await testActor(ds, ['duty-clinician'], ['generic-outpatient']);
    await ds.query(`CREATE TABLE ${writers} (letter_id uuid PRIMARY KEY, written_by text NOT NULL)`);
    await ds.query(`CREATE FUNCTION ${writers}_note() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      BEGIN INSERT INTO ${writers} VALUES (NEW.id, current_setting('application_name')); RETURN NEW; END $$`);
    await ds.query(`CREATE TRIGGER ${writers}_note AFTER INSERT ON letter FOR EACH ROW EXECUTE FUNCTION ${writers}_note()`);
  });

  afterAll(async () => {
    for (const w of workers.splice(0)) await w.stop().catch(() => undefined);
    await ds?.query(`DROP TRIGGER IF EXISTS ${writers}_note ON letter`);
    await ds?.query(`DROP FUNCTION IF EXISTS ${writers}_note()`);
    await ds?.query(`DROP TABLE IF EXISTS ${writers}`);
    await ds?.destroy();
  });

  it('shares the acknowledgements between the three, each job done once by one of them', async () => {
    // All three running before the work arrives, so they compete for it from the first job.
    const started = await Promise.all(
      Array.from({ length: WORKERS }, (_, i) => startWorkerProcess(itEnv(backend, suffix, { PGAPPNAME: `${suffix}-worker-${i + 1}` }))),
    );
    workers.push(...started);
    const ids: string[] = [];
    for (let i = 0; i < REFERRALS; i++) {
      ids.push((await register.execute({ givenName: 'Quintrell', familyName: `Tripleworth${i}`, dateOfBirth: '2013-08-19', area: 'leicestershire', team: 'generic-outpatient', referrerType: 'gp', urgency: 'routine', receivedOn: '2026-11-20' }, actor)).id);
    }
    await waitUntil(
      async () => ((await ds.query(`SELECT count(*)::int AS n FROM referral WHERE id = ANY($1::uuid[]) AND acknowledged_at IS NULL`, [ids]))[0].n as number) === 0,
      `all ${REFERRALS} acknowledgements`,
      60_000,
    );

    // Each referral: 3 letters, all written by one process — its job ran once.
    const perReferral: { referral_id: string; letters: number; writers: string[] }[] = await ds.query(
      `SELECT l.referral_id, count(*)::int AS letters, array_agg(DISTINCT w.written_by) AS writers
         FROM letter l JOIN ${writers} w ON w.letter_id = l.id
        WHERE l.referral_id = ANY($1::uuid[]) AND l.kind = 'acknowledgement' GROUP BY l.referral_id`,
      [ids],
    );
    expect(perReferral).toHaveLength(REFERRALS);
    expect(perReferral.filter((r) => r.letters !== 3 || r.writers.length !== 1)).toEqual([]);
    // The work was shared: every one of the three processes acknowledged some of them.
    const byWorker = new Map<string, number>();
    for (const r of perReferral) byWorker.set(r.writers[0], (byWorker.get(r.writers[0]) ?? 0) + 1);
    expect([...byWorker.keys()].sort()).toEqual([`${suffix}-worker-1`, `${suffix}-worker-2`, `${suffix}-worker-3`]);
    expect([...byWorker.values()].reduce((a, b) => a + b, 0)).toBe(REFERRALS);

    // Each intent relayed once (the three relays claim rows with SKIP LOCKED) and processed once.
    const [intents] = await ds.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE dispatch_count = 1 AND processed_at IS NOT NULL)::int AS once
         FROM outbox_message WHERE job_id = ANY($1::text[])`,
      [ids.map((id) => JOBS.acknowledgeReferral.jobId({ referralId: id }))],
    );
    expect(intents).toEqual({ n: REFERRALS, once: REFERRALS });

    // And the queue completed each job once, none failed; on Redis each was also started only once.
    const queue = new Queue(JOBS.acknowledgeReferral.queue, queueConnection(itConfig(backend, suffix)));
    try {
      const mine = new Set(ids.map((id) => JOBS.acknowledgeReferral.jobId({ referralId: id })));
      const completedJobs = async () => (await queue.getJobs(['completed'], 0, -1)).filter((j) => j.id !== undefined && mine.has(j.id));
      // A job's effects commit before the queue records it completed: the last few may still be finishing.
      await waitUntil(async () => (await completedJobs()).length >= REFERRALS, `all ${REFERRALS} jobs completed in the queue`, 15_000);
      const completed = await completedJobs();
      expect(completed).toHaveLength(REFERRALS);
      expect(new Set(completed.map((j) => j.id)).size).toBe(REFERRALS);
      const startedAgain = completed.filter((j) => j.attemptsStarted !== 1 || j.attemptsMade !== 1).map((j) => `${j.id}: started ${j.attemptsStarted}, made ${j.attemptsMade}`);
      if (EACH_JOB_STARTS_ONCE[backend]) expect(startedAgain).toEqual([]);
      expect((await queue.getJobs(['failed'], 0, -1)).filter((j) => j.id !== undefined && mine.has(j.id))).toEqual([]);
    } finally {
      await queue.close();
    }
    for (const w of workers.splice(0)) await w.stop();
  });
});
