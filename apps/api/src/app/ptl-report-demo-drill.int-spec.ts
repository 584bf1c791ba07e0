import { DEMO_SCALES, PtlReportQueries, SeedDemoData, systemActor } from '@camhs/application';
import { PtlReport, PtlReportQuery, PtlWeeksWaited, ptlFigureDefinition } from '@camhs/contracts';
import { createDataSource } from '@camhs/persistence';
import { itEnv } from '@camhs/server-testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const ROOT = join(__dirname, '..', '..', '..', '..');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'main.js');
const AS_OF = '2026-01-22';

/** A count of the report, the path that opens it at /drill, and the day it was counted on. */
interface Figure {
  drill: string;
  asOf: string;
  value: number;
}

/** The previous report's headline figures are the same figures counted 14 days earlier. */
const PREVIOUS: Record<string, string> = {
  'previous.waitingForAccess': 'waitingForAccess.children',
  'previous.waitingForTreatmentChildren': 'waitingForTreatment.children',
  'previous.waits': 'waitingForTreatment.waits',
};

/**
 * Every number of the report and of its weeks-waited distribution, found by walking them and looked
 * up in the figure definitions (`referralsByMonth[].routine` opens as `referralsByMonth.{month}.routine`,
 * the month taken from the element). A number with no definition, or a count with no drill-down, is
 * reported in `unopenable`: only measures in weeks open no list.
 */
function countedFigures(report: PtlReport, weeksWaited: PtlWeeksWaited): { figures: Figure[]; unopenable: string[] } {
  const figures: Figure[] = [];
  const unopenable: string[] = [];
  const walk = (node: unknown, path: string, element: Record<string, unknown>): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, `${path}[]`, item as Record<string, unknown>);
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k, element);
    } else if (typeof node === 'number') {
      const definition = ptlFigureDefinition(path);
      if (PREVIOUS[path]) figures.push({ drill: PREVIOUS[path], asOf: report.previous.asOf, value: node });
      else if (definition?.drill) figures.push({ drill: definition.drill.replace(/\{(\w+)\}/g, (_, key: string) => String(element[key])), asOf: report.asOf, value: node });
      else if (definition?.unit !== 'weeks') unopenable.push(path);
    }
  };
  // A band's bounds (fromWeeks, toWeeks) name it; its count is `waits`.
  walk({ ...report, weeksWaited: { bands: weeksWaited.bands.map(({ band, waits }) => ({ band, waits })) } }, '', {});
  return { figures, unopenable };
}

/**
 * Over the demonstration service (npm run demo:seed), for several dates and filters: every figure of
 * the report opens, at /drill, as a list of exactly as many rows as the figure says.
 */
describe('the report over the demonstration data', () => {
  const base = itEnv('postgres', 'demo');
  const url = new URL(base.DATABASE_URL);
  url.pathname = `/${process.env['IT_RUN']}_demo`;
  const env = { ...base, DATABASE_URL: url.toString(), PATH: process.env['PATH'] ?? '' };
  const cli = (args: string[], extra: Record<string, string> = {}) => spawnSync(process.execPath, [CLI, ...args], { env: { ...env, ...extra }, encoding: 'utf8' });
  let seeded: ReturnType<typeof cli>;
  let db: DataSource;
  let reports: PtlReportQueries;

  beforeAll(async () => {
    expect(cli(['migrate']).status).toBe(0);
    seeded = cli(['demo:seed', '--as-of', AS_OF, '--seed', '7']);
    db = createDataSource(url.toString(), { poolSize: 4 });
    await db.initialize();
    reports = new PtlReportQueries(db);
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    const admin = new Client({ connectionString: base.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  it('is seeded through the import, and says what it created and how long it took', async () => {
    expect(seeded.stderr).toBe('');
    expect(seeded.status).toBe(0);
    const created = (what: string) => Number(new RegExp(`${what}: +(\\d+) created, 0 updated, 0 unchanged`).exec(seeded.stdout)?.[1]);
    const [counts] = await db.query(`SELECT (SELECT count(*) FROM referral)::int AS referrals, (SELECT count(*) FROM wait)::int AS waits,
      (SELECT count(*) FROM appointment)::int AS appointments, (SELECT count(*) FROM child)::int AS children`);
    expect({ referrals: created('referrals'), waits: created('waits'), appointments: created('appointments'), children: Number(/children: +(\d+)/.exec(seeded.stdout)?.[1]) }).toEqual(counts);
    expect(counts.referrals).toBeGreaterThan(1500);
    expect(seeded.stdout).toMatch(/seed 7, as of 2026-01-22, scale demo, in \d+\.\d s/);
  });

  it('refuses a database that already holds referrals; with --force it imports again and changes nothing', () => {
    const again = cli(['demo:seed', '--as-of', AS_OF, '--seed', '7']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^refused: the database already holds \d+ referral\(s\)/);
    const forced = cli(['demo:seed', '--as-of', AS_OF, '--seed', '7', '--force']);
    expect(forced.status).toBe(0);
    for (const what of ['referrals', 'waits', 'appointments']) expect(forced.stdout).toMatch(new RegExp(`${what}: +0 created, 0 updated, [1-9]\\d* unchanged`));
  }, 60_000);

  it('needs the configured teams: a team the reference data lacks would be created as an ordinary one, so it is refused', async () => {
    const scale = { ...DEMO_SCALES.demo, teams: [{ code: 'moonbase-outreach', weight: 1, bypassesAccess: true, lists: ['Treatment'] }] };
    await expect(new SeedDemoData(db).execute({ seed: 1, asOf: AS_OF, scale }, systemActor('test', 'demo'), true)).rejects.toThrow(
      "the demonstration data needs the teams the migrations create; run npm run db:migrate. team 'moonbase-outreach' is missing (expected bypasses_access true)",
    );
    expect(await db.query(`SELECT count(*)::int AS n FROM team WHERE code = 'moonbase-outreach'`)).toEqual([{ n: 0 }]);
  });

  it('is never created in production, and names a bad option', () => {
    const production = cli(['demo:seed', '--force'], { NODE_ENV: 'production' });
    expect([production.status, production.stderr.trim()]).toEqual([2, 'demonstration data is never created in production (NODE_ENV=production)']);
    const scale = cli(['demo:seed', '--scale', 'galactic']);
    expect([scale.status, scale.stderr.trim()]).toEqual([2, "--scale: 'galactic' is not a scale; the scales are: demo"]);
    expect(cli(['demo:seed', '--as-of', '2026-02-30']).stderr.trim()).toBe("--as-of: '2026-02-30' is not a date written YYYY-MM-DD");
  });

  const cases: PtlReportQuery[] = [
    { asOf: AS_OF },
    { asOf: '2025-06-30' },
    // The last day of a financial year: twelve months of referrals and compliance.
    { asOf: '2025-03-31' },
    { asOf: AS_OF, area: 'Rutland' },
    { asOf: AS_OF, team: 'young-peoples-team' },
  ];

  it.each(cases)('opens every figure as exactly its rows: %j', async (query) => {
    const { figures, unopenable } = countedFigures(await reports.build(query, null), await reports.weeksWaited(query, null));
    expect(unopenable).toEqual([]);
    const wrong: string[] = [];
    // Four at a time: the pool's size.
    for (let i = 0; i < figures.length; i += 4) {
      await Promise.all(
        figures.slice(i, i + 4).map(async (f) => {
          const rows = await reports.drill({ ...query, asOf: f.asOf, figure: f.drill }, null);
          if (rows.length !== f.value) wrong.push(`${f.drill} on ${f.asOf}: the figure is ${f.value}, its list has ${rows.length} rows`);
        }),
      );
    }
    expect(wrong).toEqual([]);
    // Fixed figures, the previous report's three, the five bands, and at least a month of referrals (routine and urgent).
    expect(figures.length).toBeGreaterThan(40);
  }, 60_000);

  it('is a living service: none of the main figures is zero', async () => {
    const r = await reports.build({ asOf: AS_OF }, null);
    const sum = <T>(rows: T[], f: (row: T) => number) => rows.reduce((n, row) => n + f(row), 0);
    const figures = {
      routineReferrals: sum(r.referralsByMonth, (m) => m.routine),
      urgentReferrals: sum(r.referralsByMonth, (m) => m.urgent),
      accessPassed: sum(r.accessCompliance, (c) => c.pass),
      accessFailed: sum(r.accessCompliance, (c) => c.fail),
      ...r.accessOutcomes,
      waitingForAccess: r.waitingForAccess.children,
      waitingForAccessUrgent: r.waitingForAccess.urgent,
      waitingForAccessOver13Weeks: r.waitingForAccess.over13Weeks,
      inAssessment: r.inAssessment.children,
      waitingForTreatment: r.waitingForTreatment.children,
      withFutureAppointment: r.waitingForTreatment.withFutureAppointment,
      withoutFutureAppointment: r.waitingForTreatment.withoutFutureAppointment,
      seenLast60Days: r.waitingForTreatment.withoutFutureAppointmentSeenLast60Days,
      ...r.rtt,
      ...r.duty.rag,
      redWithoutLeadProfessional: r.duty.redWithoutLeadProfessional,
      reviewsDue: r.duty.reviewsDue,
      reviewsOverdue: r.duty.reviewsOverdue,
      reviewsCompleted: r.duty.reviewsCompletedInLast14Days,
      ...r.flow,
    };
    expect(Object.entries(figures).filter(([, n]) => n === 0)).toEqual([]);
    // Some children wait on two lists; the lists are many; the longest wait without an appointment is over a year.
    expect(r.waitingForTreatment.waits).toBeGreaterThan(r.waitingForTreatment.children);
    expect(r.waitingForTreatment.byList.length).toBeGreaterThanOrEqual(8);
    expect(r.waitingForTreatment.longestWithoutAppointment?.weeks).toBeGreaterThan(52);
    expect(r.waitingForAccess.longestWeeks).toBeGreaterThan(18);
    // Waits in every band of the distribution, over a year included; the walk names figures of every kind.
    const weeksWaited = await reports.weeksWaited({ asOf: AS_OF }, null);
    expect(weeksWaited.bands.filter((b) => b.waits === 0)).toEqual([]);
    expect(countedFigures(r, weeksWaited).figures.map((f) => f.drill)).toEqual(
      expect.arrayContaining(['referralsByMonth.2025-04.urgent', 'accessCompliance.2025-04.routine.fail', 'waitingForTreatment.byList.Neurodevelopmental', 'weeksWaited.52+', 'duty.rag.RED']),
    );
  });
});
