import { OutcomeReviews, PanelActions } from '@camhs/application';
import type { OutcomeReviewView, PanelActionView, PanelCaseView, PanelReport, RecordDecisionResult, RecordOutcomeResult, SittingView } from '@camhs/contracts';
import { fixedClock } from '@camhs/domain';
import { configureQueueBackend } from '@camhs/queues';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig } from '@camhs/server-testing';
import { INestApplication } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { createApi } from '../create-api';
import { json, testCase, testCatalogue, testPanel } from './panels.int-fixtures';

/**
 * The panel report for a hand-built panel, with every figure worked out by hand; then the termly
 * outcome reviews (opened by the worker's daily run, recorded by the coordinator) and the actions'
 * reminders, and the report again. Prices: counselling £45.00 an hour (10 block hours a year, spot
 * £60.00), tutoring £35.00 (20 block hours, spot £42.00); budget 2025-26 £2,000.00.
 */
describe('the panel report, outcome reviews and reminders', () => {
  let app: INestApplication;
  let db: DataSource;
  let coordinator: ApiClient;
  let manager: ApiClient;
  let panelId: string;
  let entries: Awaited<ReturnType<typeof testCatalogue>>;
  const kids: Record<string, PanelCaseView> = {};

  const report = async (client = coordinator) => json<PanelReport>(await client.get(`/panels/${panelId}/report?financialYear=2025-26`), 200);
  const decideOn = async (sittingId: string, key: string, body: Record<string, unknown>) => {
    const item = (await json<SittingView>(await coordinator.get(`/panel-sittings/${sittingId}`), 200)).items.find((i) => i.caseId === kids[key].id);
    if (!item) throw new Error(`${key} is not on the agenda`);
    return json<RecordDecisionResult>(await coordinator.post(`/panel-sittings/${sittingId}/items/${item.id}/decision`, { version: item.caseVersion, ...body }), 201);
  };
  const allocate = (entryId: string, unitsPerWeek: number, weeks: number, startOn: string) => ({ entryId, unitsPerWeek, weeks, startOn, confirmSpot: true });

  beforeAll(async () => {
    const config = itConfig('postgres', 'panelreport', { SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    const base = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await createTestUser(db, 'panelreport.coordinator', ['panel-coordinator'], ['inclusion-panel']);
    await createTestUser(db, 'panelreport.admin', ['admin']);
    await createTestUser(db, 'panelreport.manager', ['manager'], ['generic-outpatient']);
    coordinator = await ApiClient.signedIn(base, 'panelreport.coordinator', TEST_PASSWORD);
    manager = await ApiClient.signedIn(base, 'panelreport.manager', TEST_PASSWORD);
    entries = await testCatalogue(await ApiClient.signedIn(base, 'panelreport.admin', TEST_PASSWORD), 'prt');
    const { panel, sittings } = await testPanel(coordinator, 'Integration Report Panel', 200_000, '2025-11-06', 2);
    panelId = panel.id;
    const child = (givenName: string, familyName: string) => ({ givenName, familyName, dateOfBirth: '2016-04-01' });
    kids['a'] = await testCase(coordinator, panelId, child('Wilhelmina', 'Ashcombe-Trigg'), { risk: 'high', predictedHoursPerWeek: 32.5 });
    kids['d'] = await testCase(coordinator, panelId, child('Percival', 'Ormsby-Lathe'), { risk: 'high', predictedHoursPerWeek: 25 });
    kids['h'] = await testCase(coordinator, panelId, child('Lysander', 'Coldharbour-Vex'), { risk: 'high' });
    kids['e'] = await testCase(coordinator, panelId, child('Rosalind', 'Thackeray-Nunn'), { risk: 'medium' });
    kids['f'] = await testCase(coordinator, panelId, child('Ignatius', 'Penhallow-Dree'), { risk: 'low' });
    kids['g'] = await testCase(coordinator, panelId, child('Henrietta', 'Quarrington-Abbs'), { risk: 'high', predictedHoursPerWeek: 32.5 }); // never listed
    const [first, second] = sittings;
    const s1 = await json<SittingView>(await coordinator.get(`/panel-sittings/${first.id}`), 200);
    await json(await coordinator.post(`/panel-sittings/${s1.id}/agenda`, { version: s1.version, caseIds: ['a', 'd', 'h', 'e', 'f'].map((k) => kids[k].id) }), 200);
    await decideOn(s1.id, 'a', { outcome: 'allocated', reason: 'r', allocations: [allocate(entries.counselling.id, 1, 6, '2025-11-10'), allocate(entries.tutoring.id, 2, 15, '2025-11-10')],
      actions: [{ description: 'Send the family the provider’s details', owner: 'Helen Hartley, SENCo', dueOn: '2025-11-27' }] });
    await decideOn(s1.id, 'd', { outcome: 'allocated', reason: 'r', allocations: [allocate(entries.tutoring.id, 1, 5, '2025-11-24')] });
    await decideOn(s1.id, 'h', { outcome: 'allocated', reason: 'r', allocations: [allocate(entries.counselling.id, 1, 2, '2025-11-24')] });
    await decideOn(s1.id, 'e', { outcome: 'deferred', reason: 'More information needed from school' });
    await decideOn(s1.id, 'f', { outcome: 'not-allocated', reason: 'Needs are met by the school’s own provision' });
    const closing = await json<SittingView>(await coordinator.get(`/panel-sittings/${s1.id}`), 200);
    await json(await coordinator.post(`/panel-sittings/${s1.id}/close`, { version: closing.version }), 200);
    await decideOn(second.id, 'e', { outcome: 'allocated', reason: 'r', allocations: [allocate(entries.counselling.id, 1, 3, '2025-11-24')] });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('counts the children considered, their risk at the start, spend, capacity, budget and the cost avoided', async () => {
    const r = await report();
    // Considered: decisions at a sitting in 2025-26 — Wilhelmina, Percival, Lysander, Rosalind (deferred, then allocated: once), Ignatius. Henrietta was never listed.
    expect(r.childrenConsidered).toBe(5);
    expect(r.riskAtStart).toEqual({ high: 3, medium: 1, low: 1, notRecorded: 0 });
    expect(r.highRiskShare).toEqual({ children: 3, of: 5, percent: 60 });
    // Counselling: Wilhelmina 6 block (£270), Lysander 2 block (£90), Rosalind 2 block + 1 spot (£90 + £60): the block's 10 hours used up.
    // Tutoring: Wilhelmina 20 block (£700) + 10 spot (£420), Percival 5 spot (£210).
    expect(r.allocations).toEqual({ count: 5, children: 4, blockUnits: 30, spotUnits: 16, blockCostPence: 115_000, spotCostPence: 69_000, costPence: 184_000, overBudget: 0 });
    expect(r.byIntervention).toEqual([
      { key: 'prt-tutoring', label: 'Specialist tutoring (prt)', allocations: 2, children: 2, blockUnits: 20, spotUnits: 15, costPence: 133_000 },
      { key: 'prt-counselling', label: 'Specialist counselling (prt)', allocations: 3, children: 3, blockUnits: 10, spotUnits: 1, costPence: 51_000 },
    ]);
    expect(r.byProvider.map((p) => [p.label, p.costPence])).toEqual([
      ['Tutoring provider (prt)', 133_000],
      ['Counselling provider (prt)', 51_000],
    ]);
    const capacity = (entryId: string) => r.capacity.find((c) => c.entryId === entryId);
    expect(capacity(entries.counselling.id)).toMatchObject({ blockUnitsPerYear: 10, blockUsed: 10, blockRemaining: 0, spotUnits: 1, spotCostPence: 6_000 });
    expect(capacity(entries.tutoring.id)).toMatchObject({ blockUnitsPerYear: 20, blockUsed: 20, blockRemaining: 0, spotUnits: 15, spotCostPence: 63_000 });
    expect(r.budget).toEqual({ amountPence: 200_000, committedPence: 184_000, remainingPence: 16_000 });
    expect(r.outcomes).toEqual({ children: 4, awaitingReview: 4, byCategory: { 'high-impact': 0, 'continuing-to-improve': 0, 'limited-impact-other-pathway': 0, 'extra-support-may-progress': 0 } });
    // High risk at the start: Wilhelmina 32.5 h → 32.5 × £11.26 × 38 = £13,906.10 − £6,000 = £7,906.10; Percival 25 h → £10,697.00 − £6,000 = £4,697.00;
    // Lysander has no predicted hours and is left out. £7,906.10 + £4,697.00 = £12,603.10.
    expect(r.costAvoided).toMatchObject({
      children: 2,
      groups: [
        { hoursPerWeek: 32.5, children: 1, perChildPence: 790_610, totalPence: 790_610 },
        { hoursPerWeek: 25, children: 1, perChildPence: 469_700, totalPence: 469_700 },
      ],
      totalPence: 1_260_310,
      highRiskWithoutPrediction: 1,
      leftOutMayProgress: 0,
      settings: { hourlyCostPence: 1126, weeksPerYear: 38, schoolsFundFirstPence: 600_000 },
    });
    expect(r.notes).toContain('Check on the method: the source’s own group (38 children at 32.5 hours and 12 at 25) gives £356,795.80 with these figures; the source prints £350,978 without showing its working.');
    // A manager whose areas the panel covers reads the same figures.
    expect(await report(manager)).toEqual(r);
  });

  it('opens the termly reviews once from PostgreSQL, lists them, and records their outcomes', async () => {
    // Run on 20 March 2026: reviews due by 3 April are opened. Every allocation started in November: first review at the spring term's end, 31 March.
    const reviews = new OutcomeReviews(db, fixedClock('2026-03-20T09:00:00Z'));
    await reviews.scheduleDue();
    await reviews.scheduleDue();
    const mine = async () => (await db.query(`SELECT count(*)::int AS n FROM panel_outcome_review r JOIN panel_allocation a ON a.id = r.allocation_id WHERE a.panel_id = $1`, [panelId]))[0].n;
    expect(await mine()).toBe(5);
    const listed = await json<OutcomeReviewView[]>(await coordinator.get(`/panel-reviews?panelId=${panelId}`), 200);
    expect(listed.map((r) => [r.childName, r.intervention, r.dueOn, r.overdue]).sort()).toEqual(
      [
        ['Lysander Coldharbour-Vex', 'Specialist counselling (prt)', '2026-03-31', true],
        ['Percival Ormsby-Lathe', 'Specialist tutoring (prt)', '2026-03-31', true],
        ['Rosalind Thackeray-Nunn', 'Specialist counselling (prt)', '2026-03-31', true],
        ['Wilhelmina Ashcombe-Trigg', 'Specialist counselling (prt)', '2026-03-31', true],
        ['Wilhelmina Ashcombe-Trigg', 'Specialist tutoring (prt)', '2026-03-31', true],
      ].sort(),
    );
    expect((await json<PanelCaseView>(await coordinator.get(`/panel-cases/${kids['a'].id}`), 200)).state).toBe('in-review');

    const review = (name: string, intervention: string) => listed.find((r) => r.childName === name && r.intervention.startsWith(intervention)) as OutcomeReviewView;
    const record = async (r: OutcomeReviewView, outcome: string, reviewedOn: string) =>
      json<RecordOutcomeResult>(await coordinator.post(`/panel-reviews/${r.id}/outcome`, { version: r.version, outcome, note: 'Reviewed with the school', reviewedOn }), 200);
    expect(await record(review('Wilhelmina Ashcombe-Trigg', 'Specialist counselling'), 'high-impact', '2026-03-24')).toMatchObject({ nextReviewOn: null, caseState: 'in-review' });
    // Continuing to improve: 25 March + 42 days = 6 May, after the spring term: the summer term's end, 21 July.
    expect(await record(review('Wilhelmina Ashcombe-Trigg', 'Specialist tutoring'), 'continuing-to-improve', '2026-03-25')).toMatchObject({ nextReviewOn: '2026-07-21', caseState: 'in-review' });
    expect(await record(review('Percival Ormsby-Lathe', 'Specialist tutoring'), 'extra-support-may-progress', '2026-03-25')).toMatchObject({ nextReviewOn: null, caseState: 'closed' });
    expect(await record(review('Lysander Coldharbour-Vex', 'Specialist counselling'), 'limited-impact-other-pathway', '2026-03-25')).toMatchObject({ caseState: 'closed' });
    expect(await record(review('Rosalind Thackeray-Nunn', 'Specialist counselling'), 'high-impact', '2026-03-26')).toMatchObject({ caseState: 'closed' });
    const again = await coordinator.post(`/panel-reviews/${review('Rosalind Thackeray-Nunn', 'Specialist counselling').id}/outcome`, {
      version: 2, outcome: 'high-impact', note: 'again', reviewedOn: '2026-03-26',
    });
    expect(again.status).toBe(409);
    expect((await json<PanelCaseView>(await coordinator.get(`/panel-cases/${kids['d'].id}`), 200)).closedReason).toBe('Reviewed: Extra support required — may progress to a statutory plan');
  });

  it('moves the outcomes and the cost avoided in the report', async () => {
    const r = await report();
    // Latest outcome per child: Wilhelmina continuing (25 March, after 24 March), Percival may progress, Lysander limited, Rosalind high.
    expect(r.outcomes).toEqual({ children: 4, awaitingReview: 0, byCategory: { 'high-impact': 1, 'continuing-to-improve': 1, 'limited-impact-other-pathway': 1, 'extra-support-may-progress': 1 } });
    // Percival may yet need a plan: left out. Wilhelmina alone: £7,906.10.
    expect(r.costAvoided).toMatchObject({ children: 1, totalPence: 790_610, leftOutMayProgress: 1, highRiskWithoutPrediction: 1 });
  });

  it('reminds about actions due once per due date, and lists them', async () => {
    const actions = new PanelActions(db, fixedClock('2025-11-24T09:00:00Z')); // due 27 November: 3 days on
    await actions.remindDue();
    await actions.remindDue();
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM panel_action_reminder r JOIN panel_action x ON x.id = r.action_id JOIN panel_case c ON c.id = x.case_id WHERE c.panel_id = $1`,
      [panelId],
    );
    expect(n).toBe(1);
    const [open] = await json<PanelActionView[]>(await coordinator.get(`/panel-actions?panelId=${panelId}`), 200);
    expect([open.childName, open.dueOn, open.remindedAt !== null]).toEqual(['Wilhelmina Ashcombe-Trigg', '2025-11-27', true]);
    await json(await coordinator.post(`/panel-actions/${open.id}/done`, { version: open.version, note: 'Sent' }), 200);
    expect(await json<PanelActionView[]>(await coordinator.get(`/panel-actions?panelId=${panelId}`), 200)).toEqual([]);
    expect((await coordinator.post(`/panel-actions/${open.id}/done`, { version: open.version + 1 })).status).toBe(409);
  });

  it('exports the same figures as CSV, XLSX and PDF', async () => {
    const csv = await coordinator.get(`/panels/${panelId}/report/export?financialYear=2025-26&format=csv`);
    expect([csv.status, csv.headers.get('content-disposition')]).toEqual([200, 'attachment; filename="panel-report-integration-report-panel-2025-26.csv"']);
    const text = await csv.text();
    expect(text).toContain('\nchildrenConsidered,5\n');
    expect(text).toContain('\nallocations.costPence,184000\n');
    expect(text).toContain('\ncostAvoided.totalPence,790610\n');

    const xlsx = await coordinator.get(`/panels/${panelId}/report/export?financialYear=2025-26&format=xlsx`);
    const book = new Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const summary = book.getWorksheet('summary');
    const row = summary?.getSheetValues().find((v) => Array.isArray(v) && v[1] === 'allocations.costPence') as unknown[];
    expect(row.slice(1)).toEqual(['allocations.costPence', 184_000, '£1,840.00']);
    expect(book.worksheets.map((w) => w.name)).toEqual(['summary', 'byIntervention', 'byProvider', 'capacity', 'outcomes', 'costAvoided', 'notes']);

    const pdf = await coordinator.get(`/panels/${panelId}/report/export?financialYear=2025-26&format=pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [{ exports }] = await db.query(`SELECT count(*)::int AS exports FROM audit_event WHERE entity_type = 'panel-report' AND action = 'export' AND entity_id = $1`, [panelId]);
    expect(exports).toBe(3);
  });
});
