import { createDataSource } from '@camhs/persistence';
import { configureQueueBackend } from '@camhs/queues';
import { WorkerProcess, createTestUser, itConfig, itEnv, startWorkerProcess, waitUntil } from '@camhs/server-testing';
import { DataSource } from 'typeorm';

/**
 * The Crisis clocks' sweep through the real worker (its start-up run), on the machine's clock: Octavia
 * Sweepington was referred to Crisis 3 hours ago, so her contact (due 2 hours after) is 1 hour past its
 * deadline and is marked missed; her assessment (due 24 hours after) has 21 hours to run and is not.
 */
describe('the Crisis clock sweep through the worker (queue on postgres)', () => {
  const env = itEnv('postgres', 'crisisworker');
  let ds: DataSource;
  let worker: WorkerProcess | undefined;
  let escalationId: string;

  beforeAll(async () => {
    configureQueueBackend(itConfig('postgres', 'crisisworker'));
    ds = createDataSource(env.DATABASE_URL, { poolSize: 2 });
    await ds.initialize();
    const userId = await createTestUser(ds, 'crisisworker.duty', ['duty-clinician'], ['generic-outpatient']);
    const [child] = await ds.query(`INSERT INTO child (given_name, family_name, date_of_birth) VALUES ('Octavia', 'Sweepington', '2011-07-08') RETURNING id`);
    const [referral] = await ds.query(
      `INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on)
       SELECT $1, a.id, t.id, 'gp', 'urgent', '2026-11-01' FROM area a, team t WHERE a.code = 'leicestershire' AND t.code = 'generic-outpatient' RETURNING id`,
      [child.id],
    );
    const [appt] = await ds.query(`INSERT INTO appointment (referral_id, date, kind, status) VALUES ($1, current_date, 'duty-review', 'attended') RETURNING id`, [referral.id]);
    const [review] = await ds.query(
      `INSERT INTO duty_review (referral_id, appointment_id, reviewed_on, contact_type, checklist, rating_after, recorded_by)
       VALUES ($1, $2, current_date, 'telephone', '{}', 'RED', $3) RETURNING id`,
      [referral.id, appt.id, userId],
    );
    const [e] = await ds.query(
      `INSERT INTO duty_escalation (review_id, referral_id, child_id, action, at, recorded_by) VALUES ($1, $2, $3, 'crisis-referral', now() - interval '3 hours', $4) RETURNING id`,
      [review.id, referral.id, child.id, userId],
    );
    escalationId = e.id;
  });
  afterAll(async () => {
    await worker?.kill9().catch(() => undefined);
    await ds?.destroy();
  });

  it('opens both clocks and marks the contact missed, not the assessment', async () => {
    worker = await startWorkerProcess(env);
    const clocks = async () =>
      (await ds.query(`SELECT clock, missed_at IS NOT NULL AS missed FROM crisis_clock WHERE escalation_id = $1 ORDER BY clock`, [escalationId])) as {
        clock: string;
        missed: boolean;
      }[];
    await waitUntil(async () => (await clocks()).some((c) => c.missed), 'the contact clock marked missed', 120_000);
    expect((await clocks()).map((c) => `${c.clock} ${c.missed ? 'missed' : 'running'}`)).toEqual(['assessment running', 'contact missed']);
  }, 180_000);
});
