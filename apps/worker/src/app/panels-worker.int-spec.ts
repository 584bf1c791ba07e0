import { Actor, GeneratePreReadPack, OutcomeReviews, PanelActions, PanelCases, PanelDecisions, PanelSetup, PanelSittings } from '@camhs/application';
import { createDataSource } from '@camhs/persistence';
import { configureQueueBackend } from '@camhs/queues';
import { WorkerProcess, availableBackends, createTestUser, itConfig, itEnv, startWorkerProcess, testActor, waitUntil } from '@camhs/server-testing';
import { fixedClock, systemClock } from '@camhs/domain';
import { DataSource } from 'typeorm';

/**
 * The `panels` queue through the real worker: issuing a sitting's agenda leaves an outbox intent,
 * the worker stores the pre-read pack once, and its start-up runs open the outcome reviews and the
 * action reminders that PostgreSQL says are due (here long overdue, whatever the machine's date).
 * A second worker start adds nothing.
 */
describe.each(availableBackends())('panel work through the worker (queue on %s)', (backend) => {
  const env = itEnv(backend, `panels_${backend}`);
  let db: DataSource;
  let worker: WorkerProcess | undefined;
  let sittingId: string;
  let caseId: string;

  beforeAll(async () => {
    configureQueueBackend(itConfig(backend, `panels_${backend}`));
    db = createDataSource(env.DATABASE_URL, { poolSize: 3, asRuntimeRole: true });
    await db.initialize();
    const userId = await createTestUser(db, `panelsworker.${backend}`, ['panel-coordinator'], ['inclusion-panel']);
    const actor: Actor = { ...(await testActor(db, ['panel-coordinator'], ['inclusion-panel'])), userId, username: `panelsworker.${backend}` };
    const clock = fixedClock('2025-11-06T10:00:00Z');
    const setup = new PanelSetup(db);
    const panel = await setup.create({ team: 'inclusion-panel', name: `Worker test panel (${backend})`, cadence: 'monthly' }, actor);
    await setup.setBudget(panel.id, '2025-26', { version: null, amountPence: 1_000_000 }, actor);
    [{ id: sittingId }] = await setup.scheduleSittings(panel.id, { firstOn: '2025-11-06', count: 1 }, actor);
    const cases = new PanelCases(db, clock);
    let c = await cases.open(
      { panelId: panel.id, child: { givenName: 'Ottoline', familyName: backend === 'redis' ? 'Workerby-Quillrook' : 'Workerby-Thistlerook', dateOfBirth: '2016-06-06' }, school: 'A primary school', broughtBy: { name: 'A SENCo', role: 'SENCo' }, need: 'A need' },
      actor,
    );
    c = await cases.recordConsent(c.id, { version: c.version, givenBy: 'father', relationship: 'father', givenOn: '2025-11-01', scope: 'panel' }, actor);
    c = await cases.recordRisk(c.id, { version: c.version, level: 'high', note: 'High', predictedHoursPerWeek: 25 }, actor);
    caseId = c.id;
    const sittings = new PanelSittings(db, clock);
    let s = await sittings.view(sittingId, actor);
    s = await sittings.addToAgenda(sittingId, { version: s.version, caseIds: [caseId] }, actor);
    const [{ id: entryId }] = await db.query(`SELECT e.id FROM panel_catalogue_entry e JOIN panel_intervention_type t ON t.id = e.type_id WHERE t.code = 'specialist-counselling'`);
    // Started 10 November 2025: first review due at the spring term's end, 31 March 2026. The action is due 27 November 2025.
    await new PanelDecisions(db, clock).record(
      sittingId,
      s.items[0].id,
      {
        version: s.items[0].caseVersion,
        outcome: 'allocated',
        reason: 'Counselling',
        allocations: [{ entryId, unitsPerWeek: 1, weeks: 4, startOn: '2025-11-10' }],
        actions: [{ description: 'Tell the family', owner: 'A SENCo', dueOn: '2025-11-27' }],
      },
      actor,
    );
    s = await sittings.view(sittingId, actor);
    await sittings.issueAgenda(sittingId, { version: s.version }, actor);
  });

  afterAll(async () => {
    await worker?.kill9().catch(() => undefined);
    await db?.destroy();
  });

  const counts = async () => {
    const [row] = await db.query(
      `SELECT (SELECT count(*)::int FROM panel_pre_read_pack WHERE sitting_id = $1) AS packs,
              (SELECT count(*)::int FROM panel_outcome_review WHERE case_id = $2) AS reviews,
              (SELECT count(*)::int FROM panel_action_reminder r JOIN panel_action x ON x.id = r.action_id WHERE x.case_id = $2) AS reminders,
              (SELECT state FROM panel_case WHERE id = $2) AS state,
              (SELECT processed_at IS NOT NULL FROM outbox_message WHERE job_id = 'pre-read-pack-' || $1) AS "packIntentDone"`,
      [sittingId, caseId],
    );
    return row as { packs: number; reviews: number; reminders: number; state: string; packIntentDone: boolean };
  };

  it('stores the pack once, opens the review due and the reminder, and a restart adds nothing', async () => {
    worker = await startWorkerProcess(env);
    const done = await waitUntil(async () => {
      const c = await counts();
      return c.packs === 1 && c.reviews === 1 && c.reminders === 1 && c.packIntentDone ? c : null;
    }, 'the pack, the review and the reminder', 60_000);
    expect(done).toEqual({ packs: 1, reviews: 1, reminders: 1, state: 'in-review', packIntentDone: true });
    const [review] = await db.query(`SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on, outcome FROM panel_outcome_review WHERE case_id = $1`, [caseId]);
    expect(review).toEqual({ due_on: '2026-03-31', outcome: null });
    await worker.stop();

    // Start again, and run the pack and the daily runs once more by hand: nothing new.
    worker = await startWorkerProcess(env);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await new GeneratePreReadPack(db).run(sittingId)).toEqual({ stored: false });
    await new OutcomeReviews(db, systemClock).scheduleDue();
    await new PanelActions(db, systemClock).remindDue();
    expect(await counts()).toEqual(done);
    expect(worker.output()).not.toMatch(/Ottoline|Workerby/);
  }, 180_000);
});
