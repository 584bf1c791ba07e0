import { PtlReport } from '@camhs/contracts';
import { PtlReportQueries, ReportSnapshots } from '@camhs/application';
import { APP_CONFIG, AppConfig } from '@camhs/config';
import { fixedClock } from '@camhs/domain';
import { ApiClient, TEST_PASSWORD, createTestUser, itConfig, itEnv } from '@camhs/server-testing';
import { configureQueueBackend } from '@camhs/queues';
import { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApi } from './create-api';
import { RUTLAND_31_JAN_2019 } from './reports/ptl-small-report.expected';

const ROOT = join(__dirname, '..', '..', '..', '..');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'main.js');
const FIXTURE = join(ROOT, 'tools', 'fixtures', 'ptl-small');

/**
 * The report over the hand-built extract in tools/fixtures/ptl-small, in a database of its own.
 * Every expected figure is worked out by hand from the fixture's rows (see the comments).
 */
describe('the PTL report over a hand-built extract', () => {
  const base = itEnv('postgres', 'report');
  const url = new URL(base.DATABASE_URL);
  url.pathname = `/${process.env['IT_RUN']}_report`;
  const env = { ...base, DATABASE_URL: url.toString(), PATH: process.env['PATH'] ?? '' };
  const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
  const report = (args: string[]): PtlReport => {
    const r = cli(['report:ptl', ...args]);
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };
  let app: INestApplication;
  let manager: ApiClient;

  beforeAll(async () => {
    expect(cli(['migrate']).status).toBe(0);
    const imported = cli(['import:ptl', FIXTURE]);
    expect(imported.stderr).toBe('');
    const config = itConfig('postgres', 'report', { DATABASE_URL: url.toString(), SIGN_IN_RATE_PER_MINUTE: '1000' });
    configureQueueBackend(config);
    app = await createApi(config);
    await app.listen(0, '127.0.0.1');
    // generic-outpatient covers Leicester, Leicestershire and Rutland: the manager sees Rutland.
    await createTestUser(app.get(DataSource), 'report.manager', ['manager'], ['generic-outpatient']);
    manager = await ApiClient.signedIn(`${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1'), 'report.manager', TEST_PASSWORD);
  });

  afterAll(async () => {
    await app?.close();
    const admin = new Client({ connectionString: base.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  it('gives every figure for Rutland as at 31 January 2019, worked out by hand', () => {
    expect(report(['--as-of', '2019-01-31', '--area', 'Rutland'])).toEqual(RUTLAND_31_JAN_2019);
  });

  it('is point-in-time: earlier dates see the waits and decisions as they stood then', () => {
    // 5 Jan 2019: W2 had not started yet, so both waits are open; the lists tie and sort by name.
    const early = report(['--as-of', '2019-01-05', '--area', 'rutland']);
    expect(early.waitingForTreatment).toMatchObject({ children: 1, waits: 2, byList: [{ list: 'Neurodevelopmental', waits: 1 }, { list: 'Treatment', waits: 1 }] });
    // 20 Nov 2018: R2 was accepted at assessment on 15 Nov, inside the last 14 days; R4 not yet received.
    const november = report(['--as-of', '2018-11-20', '--area', 'Rutland']);
    expect(november.flow).toEqual({ acceptedLast14Days: 1, dischargedLast14Days: 0 });
    expect(november.waitingForAccess).toMatchObject({ children: 1, routine: 1 });
    // 15 Oct 2018: R2 (urgent, received 1 Oct, 14 days = 2 weeks) is waiting for access. A1 (20 Oct) is recorded as
    // attended, so it is not a booked appointment; A2 is booked for 14 Feb 2019, after 15 Oct: it has a future booked one.
    const october = report(['--as-of', '2018-10-15', '--area', 'Rutland']);
    expect(october.waitingForAccess.urgentCases).toEqual([{ referralId: 'FX-R2', weeksWaiting: 2, hasFutureAppointment: true }]);
  });

  it('exports the same figures as CSV, one section per block', () => {
    const r = cli(['report:ptl', '--as-of', '2019-01-31', '--area', 'Rutland', '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('waitingForAccess\nchildren,routine,urgent,longestWeeks,averageWeeks,over13Weeks\n2,2,0,45,27,1\n');
    expect(r.stdout).toContain('waitingForTreatment.byList\nlist,waits\nNeurodevelopmental,1\n');
  });

  it('filters by team', () => {
    // eating-disorders holds only R4: 61 days = 8 weeks; 61 / 7 = 8.71… → 8.7.
    expect(report(['--as-of', '2019-01-31', '--team', 'eating-disorders']).waitingForAccess).toEqual({
      children: 1,
      routine: 1,
      urgent: 0,
      longestWeeks: 8,
      averageWeeks: 8.7,
      over13Weeks: 0,
      urgentCases: [],
    });
  });

  it('opens every figure as exactly the rows it counts', async () => {
    const r = report(['--as-of', '2019-01-31', '--area', 'Rutland']);
    const figures: [string, number][] = [
      ['accessOutcomes.accepted', r.accessOutcomes.accepted],
      ['accessOutcomes.redirected', r.accessOutcomes.redirected],
      ['accessOutcomes.returned', r.accessOutcomes.returned],
      ['waitingForAccess.children', r.waitingForAccess.children],
      ['waitingForAccess.routine', r.waitingForAccess.routine],
      ['waitingForAccess.urgent', r.waitingForAccess.urgent],
      ['waitingForAccess.over13Weeks', r.waitingForAccess.over13Weeks],
      ['inAssessment.children', r.inAssessment.children],
      ['waitingForTreatment.children', r.waitingForTreatment.children],
      ['waitingForTreatment.waits', r.waitingForTreatment.waits],
      ['waitingForTreatment.withFutureAppointment', r.waitingForTreatment.withFutureAppointment],
      ['waitingForTreatment.withoutFutureAppointment', r.waitingForTreatment.withoutFutureAppointment],
      ['waitingForTreatment.withoutFutureAppointmentSeenLast60Days', r.waitingForTreatment.withoutFutureAppointmentSeenLast60Days],
      ['rtt.over13Weeks', r.rtt.over13Weeks],
      ['rtt.over18Weeks', r.rtt.over18Weeks],
      ['duty.rag.AMBER', r.duty.rag.AMBER],
      ['duty.rag.unrated', r.duty.rag.unrated],
      ['duty.reviewsDue', r.duty.reviewsDue],
      ['flow.acceptedLast14Days', r.flow.acceptedLast14Days],
      ...r.referralsByMonth.flatMap((m): [string, number][] => [
        [`referralsByMonth.${m.month}.routine`, m.routine],
        [`referralsByMonth.${m.month}.urgent`, m.urgent],
      ]),
      ...r.accessCompliance.flatMap((c): [string, number][] => [
        [`accessCompliance.${c.month}.${c.urgency}.pass`, c.pass],
        [`accessCompliance.${c.month}.${c.urgency}.fail`, c.fail],
      ]),
      ...r.waitingForTreatment.byList.map((l): [string, number] => [`waitingForTreatment.byList.${l.list}`, l.waits]),
    ];
    const linked = new Map<string, string>();
    for (const [figure, value] of figures) {
      const res = await manager.get(`/reports/ptl/drill?asOf=2019-01-31&area=Rutland&figure=${encodeURIComponent(figure)}`);
      expect([figure, res.status]).toEqual([figure, 200]);
      const drilled = (await res.json()) as { id: string; referralId: string }[];
      expect([figure, drilled.length]).toEqual([figure, value]);
      for (const row of drilled) linked.set(row.referralId, row.id);
    }
    // Every row links to its own referral: the id it carries is the one stored for its source id.
    const stored: { id: string; source_id: string }[] = await app.get(DataSource).query(`SELECT id, source_id FROM referral WHERE source_id = ANY($1::text[])`, [[...linked.keys()]]);
    expect(new Map(stored.map((r) => [r.source_id, r.id]))).toEqual(linked);
    // The rows themselves: the two referrals waiting for access, longest first (R1 317 days, R4 61 days).
    const rows = await (await manager.get('/reports/ptl/drill?asOf=2019-01-31&area=Rutland&figure=waitingForAccess.children')).json();
    expect(rows.map((x: { referralId: string; days: number }) => [x.referralId, x.days])).toEqual([
      ['FX-R1', 317],
      ['FX-R4', 61],
    ]);
    const unknown = await manager.get('/reports/ptl/drill?asOf=2019-01-31&figure=waitingForAccess.nothing');
    expect((await unknown.json()).errors).toEqual([{ field: 'figure', messages: ["'waitingForAccess.nothing' is not a figure of the report that can be opened"] }]);
  });

  it('gives the same figures over HTTP as on the command line', async () => {
    const res = await manager.get('/reports/ptl?asOf=2019-01-31&area=Rutland');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(report(['--as-of', '2019-01-31', '--area', 'Rutland']));
    const csv = await manager.get('/reports/ptl/export?asOf=2019-01-31&area=Rutland');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const cliCsv = cli(['report:ptl', '--as-of', '2019-01-31', '--area', 'Rutland', '--format', 'csv']).stdout;
    expect(await csv.text()).toBe(cliCsv);
    expect(await app.get(DataSource).query(`SELECT username, entity_id FROM audit_event WHERE action = 'export' AND entity_type = 'ptl-report'`)).toEqual([
      { username: 'report.manager', entity_id: '2019-01-31' },
    ]);
    const bad = await manager.get('/reports/ptl?asOf=2019-02-30&area=Atlantis');
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.map((e: { field: string }) => e.field)).toEqual(['asOf']);
    const unknown = await manager.get('/reports/ptl?asOf=2019-01-31&area=Atlantis');
    expect((await unknown.json()).errors).toEqual([{ field: 'area', messages: ["unknown area 'Atlantis'"] }]);
  });

  describe('bi-weekly snapshots', () => {
    const snapshotsAt = (iso: string) => {
      const db = app.get(DataSource);
      return new ReportSnapshots(db, new PtlReportQueries(db), fixedClock(iso), app.get<AppConfig>(APP_CONFIG));
    };

    it('are taken the morning after a report day (every 14 days from the anchor), once', async () => {
      // Anchor 2026-01-08 (default): 22 Jan is a report day, 23 Jan is not.
      expect(await snapshotsAt('2026-01-24T02:00:00Z').takeIfDue()).toBeNull();
      // whole service + 4 areas (3 seeded, Oakham Fringe from the extract) + 7 teams (6 seeded, fixture-team)
      expect(await snapshotsAt('2026-01-23T02:00:00Z').takeIfDue()).toEqual({ asOf: '2026-01-22', created: 12 });
      expect(await snapshotsAt('2026-01-23T02:05:00Z').takeIfDue()).toEqual({ asOf: '2026-01-22', created: 0 });
    });

    it('re-open exactly as produced, even after the data changes, and cannot be altered', async () => {
      const db = app.get(DataSource);
      await snapshotsAt('2019-02-01T02:00:00Z').take('2019-01-31');
      const list = await (await manager.get('/reports/ptl/snapshots')).json();
      const whole = list.find((s: { asOf: string; area: string | null; team: string | null }) => s.asOf === '2019-01-31' && !s.area && !s.team);
      const opened = await (await manager.get(`/reports/ptl/snapshots/${whole.id}`)).json();
      expect(opened.report).toEqual(report(['--as-of', '2019-01-31']));
      // A late correction to the records changes the live report, not the snapshot.
      const owner = new Client({ connectionString: url.toString() });
      await owner.connect();
      await owner.query(`UPDATE wait SET removed_on = '2018-12-01' WHERE source_id = 'FX-W1'`);
      await owner.end();
      expect(report(['--as-of', '2019-01-31']).waitingForTreatment.waits).toBe(0);
      expect((await (await manager.get(`/reports/ptl/snapshots/${whole.id}`)).json()).report.waitingForTreatment.waits).toBe(1);
      await expect(db.query(`UPDATE report_snapshot SET report = '{}'`)).rejects.toThrow(/permission denied for table report_snapshot/);
      expect((await manager.get('/reports/ptl/snapshots/00000000-0000-4000-8000-0000000000dd')).status).toBe(404);
    });
  });
});
