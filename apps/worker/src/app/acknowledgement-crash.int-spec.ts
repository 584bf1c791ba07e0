import { ReferralQueries, RegisterReferral } from '@camhs/application';
import { createDataSource } from '@camhs/persistence';
import { QUEUE, configureQueueBackend, queueConnection } from '@camhs/queues';
import { WorkerProcess, availableBackends, itConfig, itEnv, startWorkerProcess, testActor, waitUntil } from '@camhs/server-testing';
import type { Actor } from '@camhs/application';
import { fixedClock } from '@camhs/domain';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

const referral = {
  givenName: 'Kestrella',
  familyName: 'Crashworth',
  dateOfBirth: '2014-01-09',
  area: 'leicestershire',
  team: 'generic-outpatient',
  referrerType: 'school' as const,
  urgency: 'routine' as const,
  receivedOn: '2026-11-02',
};

describe.each(availableBackends())('acknowledgement survives crashes and lost jobs (queue on %s)', (backend) => {
  let ds: DataSource;
  let register: RegisterReferral;
  let actor: Actor;
  const env = itEnv(backend, 'crash', { OUTBOX_REDISPATCH_AFTER_MS: '1000' });

  const lettersFor = async (ids: string[]) =>
    (await ds.query(`SELECT referral_id, count(*)::int AS n FROM letter WHERE referral_id = ANY($1::uuid[]) GROUP BY referral_id`, [
      ids,
    ])) as { referral_id: string; n: number }[];
  const unacknowledged = async (ids: string[]) =>
    ((await ds.query(`SELECT count(*)::int AS n FROM referral WHERE id = ANY($1::uuid[]) AND acknowledged_at IS NULL`, [ids]))[0].n as number);

  beforeAll(async () => {
    configureQueueBackend(itConfig(backend, 'crash'));
    ds = createDataSource(env.DATABASE_URL, { poolSize: 4 });
    await ds.initialize();
    register = new RegisterReferral(ds, new ReferralQueries(ds), fixedClock('2026-11-22T09:00:00Z'));
    actor = await testActor(ds, ['duty-clinician'], ['generic-outpatient']);
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  // A failed expectation must not leave a worker running (it would keep the test run alive).
  const running: WorkerProcess[] = [];
  const startWorker = async () => {
    const w = await startWorkerProcess(env);
    running.push(w);
    return w;
  };
  afterEach(async () => {
    for (const w of running.splice(0)) await w.kill9().catch(() => undefined);
  });

  it('a referral committed while no worker runs is acknowledged once a worker starts, and a lost job re-delivered changes nothing', async () => {
    const { id } = await register.execute(referral, actor);
    const [intent] = await ds.query(`SELECT job_id, dispatched_at, processed_at FROM outbox_message WHERE job_id = $1`, [`ack-${id}`]);
    expect(intent).toMatchObject({ job_id: `ack-${id}`, processed_at: null });

    let worker = await startWorker();
    await waitUntil(async () => (await unacknowledged([id])) === 0, 'the acknowledgement');
    const [{ acknowledged_at: first }] = await ds.query(`SELECT acknowledged_at FROM referral WHERE id = $1`, [id]);
    await worker.kill9();

    // Lose everything the queue knew (as a Redis flush would) and forget that the intent was handled:
    // the relay must deliver it again, and the handler must see the work is already done.
    const queue = new Queue(QUEUE.access, queueConnection(itConfig(backend, 'crash')));
    await queue.obliterate({ force: true });
    await queue.close();
    await ds.query(`UPDATE outbox_message SET processed_at = NULL, dispatched_at = NULL WHERE job_id = $1`, [`ack-${id}`]);

    worker = await startWorker();
    await waitUntil(
      async () => (await ds.query(`SELECT processed_at FROM outbox_message WHERE job_id = $1`, [`ack-${id}`]))[0].processed_at,
      'the re-delivered job to be handled',
    );
    await worker.stop();
    expect(await lettersFor([id])).toEqual([{ referral_id: id, n: 3 }]);
    const [{ acknowledged_at: second }] = await ds.query(`SELECT acknowledged_at FROM referral WHERE id = $1`, [id]);
    expect(second).toEqual(first);
  });

  it('kill -9 of the worker mid-run: after a restart every referral has exactly one set of letters', async () => {
    let worker = await startWorker();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await register.execute({ ...referral, familyName: `Crashworth${i}` }, actor)).id);
    await new Promise((r) => setTimeout(r, 150));
    await worker.kill9();

    worker = await startWorker();
    await waitUntil(async () => (await unacknowledged(ids)) === 0, 'all 30 acknowledgements', 45_000);
    await worker.stop();
    const counts = await lettersFor(ids);
    expect(counts).toHaveLength(30);
    expect(counts.every((c) => c.n === 3)).toBe(true);
  });
});
