import { GeneratePreReadPack } from '@camhs/application';
import type { CloseSittingResult, PanelCaseBoard, PanelCaseView, PanelView, RecordDecisionResult, ReferralView, SittingSummary, SittingView } from '@camhs/contracts';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApi } from '../create-api';
import { json, testCase, testCatalogue, testPanel } from './panels.int-fixtures';

/**
 * The panel's working cycle over HTTP against the real PostgreSQL: consent before listing, the
 * agenda and its pre-read pack, allocations block first then spot (confirmed), the year's budget
 * and its override, and carry-over of unresolved items. Every figure is worked out by hand from the
 * catalogue of the fixtures: counselling £45.00 an hour (10 block hours a year, spot £60.00),
 * tutoring £35.00 an hour (20 block hours, spot £42.00), and a 2025-26 budget of £2,000.00.
 */
describe('the intervention panel', () => {
  let app: INestApplication;
  let db: DataSource;
  let coordinator: ApiClient;
  let elsewhere: ApiClient;
  let manager: ApiClient;
  let clinician: ApiClient;
  let panel: PanelView;
  let sittings: SittingSummary[];
  let entries: Awaited<ReturnType<typeof testCatalogue>>;
  const cases: Record<'marigold' | 'barnaby' | 'clementine' | 'dorotea' | 'ezekiel', PanelCaseView> = {} as never;

  const sitting = async (id: string) => json<SittingView>(await coordinator.get(`/panel-sittings/${id}`), 200);
  const caseOf = async (id: string) => json<PanelCaseView>(await coordinator.get(`/panel-cases/${id}`), 200);
  const itemOf = async (sittingId: string, caseId: string) => {
    const item = (await sitting(sittingId)).items.find((i) => i.caseId === caseId);
    if (!item) throw new Error(`case ${caseId} is not on the agenda of ${sittingId}`);
    return item;
  };
  const decide = (sittingId: string, itemId: string, body: Record<string, unknown>) => coordinator.post(`/panel-sittings/${sittingId}/items/${itemId}/decision`, body);

  beforeAll(async () => {
    const config = itConfig('postgres', 'panels', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await db.query(`INSERT INTO team (code, name, service) VALUES ('panels-it-elsewhere', 'Another council panel', 'council') ON CONFLICT DO NOTHING`);
    await createTestUser(db, 'panels.coordinator', ['panel-coordinator'], ['inclusion-panel']);
    await createTestUser(db, 'panels.elsewhere', ['panel-coordinator'], ['panels-it-elsewhere']);
    await createTestUser(db, 'panels.admin', ['admin']);
    await createTestUser(db, 'panels.manager', ['manager'], ['generic-outpatient']);
    await createTestUser(db, 'panels.clinician', ['duty-clinician'], ['generic-outpatient']);
    [coordinator, elsewhere, manager, clinician] = await Promise.all(['coordinator', 'elsewhere', 'manager', 'clinician'].map((u) => ApiClient.signedIn(base, `panels.${u}`, TEST_PASSWORD)));
    const admin = await ApiClient.signedIn(base, 'panels.admin', TEST_PASSWORD);
    entries = await testCatalogue(admin, 'pit');
    ({ panel, sittings } = await testPanel(coordinator, 'Integration Primary Phase Panel', 200_000, '2025-11-06', 2));
    cases.marigold = await testCase(coordinator, panel.id, { givenName: 'Marigold', familyName: 'Quenby-Thistlewood', dateOfBirth: '2016-03-14' }, { predictedHoursPerWeek: 32.5 });
    cases.barnaby = await testCase(coordinator, panel.id, { givenName: 'Barnaby', familyName: 'Fettercairn-Oddsworth', dateOfBirth: '2015-07-02' }, { consent: false, risk: 'medium' });
    cases.clementine = await testCase(coordinator, panel.id, { givenName: 'Clementine', familyName: 'Yarrowby-Frisk', dateOfBirth: '2017-01-23' }, { risk: 'low' });
    cases.dorotea = await testCase(coordinator, panel.id, { givenName: 'Dorotea', familyName: 'Winkworth-Pimm', dateOfBirth: '2016-09-30' }, { predictedHoursPerWeek: 25 });
    cases.ezekiel = await testCase(coordinator, panel.id, { givenName: 'Ezekiel', familyName: 'Brackenridge-Moult', dateOfBirth: '2015-12-11' }, { risk: 'medium' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('schedules the sittings at the panel’s cadence and walks each case to ready', () => {
    expect(sittings.map((s) => s.sitsOn)).toEqual(['2025-11-06', '2025-11-20']); // fortnightly: 6 + 14 = 20 November
    expect(cases.marigold.state).toBe('ready');
    expect(cases.marigold.consents.map((c) => [c.givenBy, c.relationship, c.givenOn])).toEqual([['the child’s mother', 'mother', '2025-10-20']]);
    expect(cases.barnaby.state).toBe('new'); // risk recorded, but no consent
  });

  it('refuses to list a case without parental consent, saying why, and lists nothing', async () => {
    const s = await sitting(sittings[0].id);
    const res = await coordinator.post(`/panel-sittings/${s.id}/agenda`, { version: s.version, caseIds: [cases.marigold.id, cases.barnaby.id] });
    expect(res.status).toBe(409);
    expect((await res.json()).message).toBe(
      `Cannot list case ${cases.barnaby.id} for the sitting of 2025-11-06: the case has no parental consent recorded: ` +
        'record consent (who gave it, when, and its scope) before listing it for panel.',
    );
    // All or nothing: Marigold, listed first in the same request, is not on the agenda either.
    expect((await sitting(s.id)).items).toEqual([]);
    expect((await caseOf(cases.marigold.id)).state).toBe('ready');
    expect((await caseOf(cases.barnaby.id)).state).toBe('new');
  });

  it('lists ready cases, issues the agenda, and stores the members’ pre-read pack once', async () => {
    const s = await sitting(sittings[0].id);
    const listed = await json<SittingView>(
      await coordinator.post(`/panel-sittings/${s.id}/agenda`, { version: s.version, caseIds: [cases.marigold.id, cases.clementine.id, cases.dorotea.id, cases.ezekiel.id] }),
      200,
    );
    expect(listed.items.map((i) => [i.position, i.childName, i.risk])).toEqual([
      [1, 'Marigold Quenby-Thistlewood', 'high'],
      [2, 'Clementine Yarrowby-Frisk', 'low'],
      [3, 'Dorotea Winkworth-Pimm', 'high'],
      [4, 'Ezekiel Brackenridge-Moult', 'medium'],
    ]);
    expect((await caseOf(cases.marigold.id)).onAgenda).toEqual({ sittingId: s.id, sitsOn: '2025-11-06' });

    const issued = await json<SittingView>(await coordinator.post(`/panel-sittings/${s.id}/issue`, { version: listed.version }), 200);
    expect(issued.agendaIssuedAt).not.toBeNull();
    const [intent] = await db.query(`SELECT queue, job_name, payload FROM outbox_message WHERE job_id = $1`, [`pre-read-pack-${s.id}`]);
    expect(intent).toEqual({ queue: 'panels', job_name: 'generate-pre-read-pack', payload: { sittingId: s.id } }); // ids only
    expect((await coordinator.post(`/panel-sittings/${s.id}/issue`, { version: issued.version })).status).toBe(409);

    const generate = new GeneratePreReadPack(db);
    expect(await generate.run(s.id)).toEqual({ stored: true });
    expect(await generate.run(s.id)).toEqual({ stored: false });
    const [{ packs }] = await db.query(`SELECT count(*)::int AS packs FROM panel_pre_read_pack WHERE sitting_id = $1`, [s.id]);
    expect(packs).toBe(1);
    const [{ processed }] = await db.query(`SELECT processed_at IS NOT NULL AS processed FROM outbox_message WHERE job_id = $1`, [`pre-read-pack-${s.id}`]);
    expect(processed).toBe(true);
    const pack = await coordinator.get(`/panel-sittings/${s.id}/pack`);
    expect([pack.status, pack.headers.get('content-type'), pack.headers.get('content-disposition')]).toEqual([200, 'application/pdf', 'attachment; filename="pre-read-pack-2025-11-06.pdf"']);
    expect(Buffer.from(await pack.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await sitting(s.id)).pack?.cases).toBe(4);
  });

  it('quotes and allocates counselling from the block and tutoring beyond it only once the spot purchase is confirmed', async () => {
    const quote = await json<Record<string, unknown>>(
      await coordinator.post(`/panels/${panel.id}/allocation-quote`, { entryId: entries.counselling.id, unitsPerWeek: 1, weeks: 6, startOn: '2025-11-10' }),
      200,
    );
    // 6 hours of 10 block hours at £45.00 = £270.00; £2,000.00 − £270.00 = £1,730.00 left.
    expect(quote).toMatchObject({ financialYear: '2025-26', units: 6, blockUnits: 6, spotUnits: 0, costPence: 27_000, budgetRemainingAfter: 173_000, needsSpotConfirmation: false });
    expect(quote['summary']).toBe('all 6 hours from the block (£270.00), leaving 4 hours; £1,730.00 of the 2025-26 budget would remain.');

    const item = await itemOf(sittings[0].id, cases.marigold.id);
    const decision = (confirmSpot: boolean) => ({
      version: item.caseVersion,
      outcome: 'allocated',
      reason: 'Counselling for her anxiety, and tutoring to close the gap in reading',
      allocations: [
        { entryId: entries.counselling.id, unitsPerWeek: 1, weeks: 6, startOn: '2025-11-10' },
        { entryId: entries.tutoring.id, unitsPerWeek: 2, weeks: 15, startOn: '2025-11-10', confirmSpot },
      ],
      actions: [{ description: 'Share the plan with the family', owner: 'Helen Hartley, SENCo', dueOn: '2025-11-27' }],
    });
    // Tutoring 2 × 15 = 30 hours; 20 block hours left, so 10 are spot purchased at £42.00 = £420.00.
    const unconfirmed = await decide(sittings[0].id, item.id, decision(false));
    expect(unconfirmed.status).toBe(400);
    expect((await unconfirmed.json()).errors).toEqual([
      { field: 'allocations.1.confirmSpot', messages: ['10 hours beyond the block contract would be spot purchased (£420.00); send confirmSpot: true to confirm'] },
    ]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM panel_allocation WHERE case_id = $1`, [cases.marigold.id]);
    expect(n).toBe(0);

    const result = await json<RecordDecisionResult>(await decide(sittings[0].id, item.id, decision(true)), 201);
    expect(result.caseState).toBe('allocated');
    expect(result.allocations.map((a) => [a.units, a.blockUnits, a.spotUnits, a.blockCostPence, a.spotCostPence, a.costPence, a.nextReviewOn])).toEqual([
      [6, 6, 0, 27_000, 0, 27_000, '2026-03-31'], // 10 Nov + 42 days = 22 Dec, after the autumn term ends (19 Dec): spring term end
      [30, 20, 10, 70_000, 42_000, 112_000, '2026-03-31'], // 20 × £35.00 + 10 × £42.00
    ]);
    expect(result.actions.map((a) => [a.owner, a.dueOn, a.doneAt])).toEqual([['Helen Hartley, SENCo', '2025-11-27', null]]);
    const budget = (await json<PanelView>(await coordinator.get(`/panels/${panel.id}`), 200)).budgets[0];
    expect([budget.amountPence, budget.committedPence, budget.remainingPence]).toEqual([200_000, 139_000, 61_000]); // £270 + £1,120
    // A second decision on the same item is refused.
    expect((await decide(sittings[0].id, item.id, decision(true))).status).toBe(409);
  });

  it('does not let the panel exceed its budget for the year without a recorded reason', async () => {
    const item = await itemOf(sittings[0].id, cases.dorotea.id);
    // Tutoring 1 × 20 = 20 hours, the block used up: 20 × £42.00 = £840.00 against £610.00 left → £230.00 over.
    const body = (budgetOverrideReason: string | null) => ({
      version: item.caseVersion,
      outcome: 'allocated',
      reason: 'Tutoring in maths and English',
      allocations: [{ entryId: entries.tutoring.id, unitsPerWeek: 1, weeks: 20, startOn: '2025-11-24', confirmSpot: true, budgetOverrideReason }],
    });
    const refused = await decide(sittings[0].id, item.id, body(null));
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toEqual([
      { field: 'allocations.0.budgetOverrideReason', messages: ['this allocation (£840.00) would take the panel £230.00 over its 2025-26 budget; record why in budgetOverrideReason to go ahead'] },
    ]);
    expect((await caseOf(cases.dorotea.id)).state).toBe('on-agenda');

    const result = await json<RecordDecisionResult>(await decide(sittings[0].id, item.id, body('Exclusion is imminent; the head of service agreed the overspend')), 201);
    expect(result.allocations.map((a) => [a.blockUnits, a.spotUnits, a.costPence, a.overBudgetByPence, a.budgetOverrideReason])).toEqual([
      [0, 20, 84_000, 23_000, 'Exclusion is imminent; the head of service agreed the overspend'],
    ]);
    const budget = (await json<PanelView>(await coordinator.get(`/panels/${panel.id}`), 200)).budgets[0];
    expect([budget.committedPence, budget.remainingPence, budget.overrides]).toEqual([223_000, -23_000, 1]);
  });

  it('carries unresolved items to the next sitting, and to a sitting scheduled later when there is none', async () => {
    const item = await itemOf(sittings[0].id, cases.ezekiel.id);
    const deferred = await json<RecordDecisionResult>(
      await decide(sittings[0].id, item.id, { version: item.caseVersion, outcome: 'deferred', reason: 'Awaiting the educational psychologist’s report' }),
      201,
    );
    expect(deferred.caseState).toBe('on-agenda');
    let s1 = await sitting(sittings[0].id);
    s1 = await json<SittingView>(
      await coordinator.request('PUT', `/panel-sittings/${s1.id}/attendance`, { version: s1.version, attendance: s1.attendance.map((m, i) => ({ memberId: m.memberId, present: i === 0 })) }),
      200,
    );
    expect(s1.attendance.map((m) => [m.name, m.present])).toEqual([['Priya Member', true], ['Tom Member', false]]);

    // Clementine had no decision and Ezekiel was deferred: both go to 20 November, in agenda order.
    const closed = await json<CloseSittingResult>(await coordinator.post(`/panel-sittings/${s1.id}/close`, { version: s1.version }), 200);
    expect(closed.carried).toEqual([
      { caseId: cases.clementine.id, toSittingId: sittings[1].id, toSitsOn: '2025-11-20' },
      { caseId: cases.ezekiel.id, toSittingId: sittings[1].id, toSitsOn: '2025-11-20' },
    ]);
    const s2 = await sitting(sittings[1].id);
    expect(s2.items.map((i) => [i.position, i.caseId, i.carriedFrom])).toEqual([
      [1, cases.clementine.id, { sittingId: s1.id, sitsOn: '2025-11-06' }],
      [2, cases.ezekiel.id, { sittingId: s1.id, sitsOn: '2025-11-06' }],
    ]);
    expect((await decide(s1.id, (await itemOf(s1.id, cases.clementine.id)).id, { version: 1, outcome: 'deferred', reason: 'late' })).status).toBe(409);

    // 20 November closes with both unresolved and nothing scheduled after it: they wait, ready, ...
    const closedAgain = await json<CloseSittingResult>(await coordinator.post(`/panel-sittings/${s2.id}/close`, { version: s2.version }), 200);
    expect(closedAgain.carried.map((c) => [c.caseId, c.toSittingId])).toEqual([
      [cases.clementine.id, null],
      [cases.ezekiel.id, null],
    ]);
    const board = await json<PanelCaseBoard>(await coordinator.get(`/panel-cases?panelId=${panel.id}`), 200);
    expect(board.columns.ready.map((c) => c.id).sort()).toEqual([cases.clementine.id, cases.ezekiel.id].sort());
    // ... and join the next sitting as soon as it is scheduled.
    const [, , third] = await json<SittingSummary[]>(await coordinator.post(`/panels/${panel.id}/sittings`, { firstOn: '2025-12-04', count: 1 }), 201);
    expect([third.sitsOn, third.items]).toEqual(['2025-12-04', 2]);
    const s3 = await sitting(third.id);
    expect(s3.items.map((i) => [i.caseId, i.carriedFrom?.sitsOn])).toEqual([
      [cases.clementine.id, '2025-11-20'],
      [cases.ezekiel.id, '2025-11-20'],
    ]);
    expect((await caseOf(cases.ezekiel.id)).state).toBe('on-agenda');
  });

  it('answers 409 to a stale version and records nothing', async () => {
    const res = await coordinator.post(`/panel-cases/${cases.barnaby.id}/consent`, {
      version: cases.barnaby.version + 5,
      givenBy: 'father',
      relationship: 'father',
      givenOn: '2025-11-01',
      scope: 'panel',
    });
    expect(res.status).toBe(409);
    expect((await res.json()).message).toMatch(/^The case has changed since you loaded it \(it is at version \d+; you sent \d+\)/);
    expect((await caseOf(cases.barnaby.id)).consents).toEqual([]);
  });

  it('withdraws a case before the panel decides it, and not after', async () => {
    const before = await caseOf(cases.barnaby.id);
    const withdrawn = await json<PanelCaseView>(
      await coordinator.post(`/panel-cases/${before.id}/withdraw`, { version: before.version, reason: 'The family moved out of the area' }),
      200,
    );
    expect([withdrawn.state, withdrawn.closedReason, withdrawn.closedOn !== null]).toEqual(['closed', 'Withdrawn: The family moved out of the area', true]);
    const allocated = await caseOf(cases.marigold.id);
    const res = await coordinator.post(`/panel-cases/${allocated.id}/withdraw`, { version: allocated.version, reason: 'x' });
    expect([res.status, (await res.json()).message]).toEqual([409, 'Cannot withdraw the case: a case can be withdrawn only before the panel decides it; the case is allocated.']);
  });

  it('keeps panel cases to their own coordinators, and CAMHS records away from panel coordinators', async () => {
    for (const path of [`/panels/${panel.id}`, `/panel-cases/${cases.marigold.id}`, `/panel-sittings/${sittings[0].id}`, `/panel-cases?panelId=${panel.id}`]) {
      expect([path, (await elsewhere.get(path)).status]).toEqual([path, 404]);
    }
    expect((await manager.get(`/panel-cases/${cases.marigold.id}`)).status).toBe(403);
    expect((await manager.get(`/panels/${panel.id}/report?financialYear=2025-26`)).status).toBe(200); // the panel's team covers Leicestershire, one of the manager's areas
    expect((await json<{ id: string }[]>(await manager.get('/panels'), 200)).map((p) => p.id)).toContain(panel.id);
    expect((await json<{ id: string }[]>(await elsewhere.get('/panels'), 200)).map((p) => p.id)).not.toContain(panel.id);

    // A child known to CAMHS: the case links the same child, and shows nothing of the referral.
    const child = { givenName: 'Octavia', familyName: 'Pennyworth-Lisle', dateOfBirth: '2014-02-19', nhsNumber: '485 777 3457' };
    const referral = await json<ReferralView>(
      await clinician.post('/referrals', { ...child, referrerType: 'school', urgency: 'routine', receivedOn: '2025-10-01', area: 'rutland', team: 'generic-outpatient' }),
      201,
    );
    const known = await testCase(coordinator, panel.id, child);
    expect(known.childId).toBe(referral.childId);
    expect(Object.keys(known).sort()).toEqual(
      ['agenda', 'allocations', 'actions', 'broughtBy', 'childId', 'childName', 'closedOn', 'closedReason', 'consentRecorded', 'consents', 'createdAt', 'dateOfBirth', 'id', 'need', 'nhsNumber',
        'onAgenda', 'panelId', 'predictedHoursPerWeek', 'reviews', 'risk', 'riskAtStart', 'riskNote', 'risks', 'school', 'state', 'version', 'yearGroup'].sort(),
    );
    expect(JSON.stringify(known)).not.toContain(referral.id);
    for (const path of [`/referrals/${referral.id}`, '/referrals', `/referrals/${referral.id}/timeline`, `/referrals/${referral.id}/risk-assessments`]) {
      expect([path, (await coordinator.get(path)).status]).toEqual([path, 403]);
    }
    // The same NHS number with another name attaches to nobody.
    const res = await coordinator.post('/panel-cases', {
      panelId: panel.id,
      child: { ...child, givenName: 'Someone' },
      school: 'Uppingham Community College',
      broughtBy: { name: 'A SENCo', role: 'SENCo' },
      need: 'n',
    });
    expect([res.status, (await res.json()).errors.map((e: { field: string }) => e.field)]).toEqual([400, ['child.nhsNumber']]);
  });

  it('configures the catalogue with versions, and keeps an allocation’s prices when the entry’s change', async () => {
    const admin = await ApiClient.signedIn(coordinator.base, 'panels.admin', TEST_PASSWORD);
    const catalogue = await json<{ entries: { id: string; version: number; usage: { blockUsed: number } }[]; settings: { version: number } }>(
      await admin.get('/panel-catalogue?financialYear=2025-26'),
      200,
    );
    const counselling = catalogue.entries.find((e) => e.id === entries.counselling.id);
    expect(counselling?.usage.blockUsed).toBe(6); // Marigold's 6 hours, 2025-26
    const change = (version: number, unitCostPence: unknown) =>
      admin.request('PUT', `/panel-catalogue/entries/${entries.counselling.id}`, { version, unitCostPence, spotPricePence: 6500, blockUnitsPerYear: 12, active: true });
    expect((await change(entries.counselling.version + 3, 5000)).status).toBe(409);
    const bad = await change(entries.counselling.version, 50.5);
    expect([bad.status, (await bad.json()).errors.map((e: { field: string }) => e.field)]).toEqual([400, ['unitCostPence']]);
    const changed = await json<{ unitCostPence: number; version: number }>(await change(entries.counselling.version, 5000), 200);
    expect([changed.unitCostPence, changed.version]).toEqual([5000, entries.counselling.version + 1]);
    const [kept] = (await caseOf(cases.marigold.id)).allocations;
    expect([kept.unitCostPence, kept.costPence]).toEqual([4500, 27_000]);
    const settings = await admin.request('PUT', '/panel-catalogue/settings', { version: catalogue.settings.version, hourlyCostPence: 1126, weeksPerYear: 38, schoolsFundFirstPence: 600_000, termEnds: ['02-30'] });
    expect([settings.status, (await settings.json()).errors.map((e: { field: string }) => e.field)]).toEqual([400, ['termEnds']]);
    const camhsTeam = await coordinator.post('/panels', { team: 'generic-outpatient', name: 'Not a panel', cadence: 'monthly' });
    expect([camhsTeam.status, (await camhsTeam.json()).errors.map((e: { field: string }) => e.field)]).toEqual([400, ['team']]);
  });

  it('audits every read of a case, and a refused one, with the child’s id only', async () => {
    await caseOf(cases.clementine.id);
    const rows: { username: string; action: string; outcome: string }[] = await db.query(
      `SELECT username, action, outcome FROM audit_event WHERE entity_type = 'panel-case' AND entity_id = $1 AND $2 = ANY(child_ids) AND action IN ('read', 'denied') ORDER BY id`,
      [cases.clementine.id, cases.clementine.childId],
    );
    expect(rows).toContainEqual({ username: 'panels.coordinator', action: 'read', outcome: 'success' });
    const [{ denied }] = await db.query(`SELECT count(*)::int AS denied FROM audit_event WHERE username = 'panels.elsewhere' AND action = 'denied' AND $1 = ANY(child_ids)`, [cases.marigold.childId]);
    expect(denied).toBe(1);
  });
});
