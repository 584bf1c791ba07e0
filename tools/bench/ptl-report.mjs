#!/usr/bin/env node
// Benchmark 1 of issue 7: the bi-weekly PTL report at national scale, for one area and for everything,
// over HTTP as a manager gets it (GET /api/reports/ptl, the built API), against a hand-written single
// SQL statement returning the same figures (ptl-report-hand-sql.mjs), in the same run. Goal: ≤ 2× the
// hand SQL and ≤ 3 s. The two answers are compared figure by figure, so the baseline is the same work.
// Run with `npm run bench:ptl-report` (builds api and cli). Env: BENCH_N (default 5), BENCH_PORT
// (default 3392), BENCH_AREA (default 'Area 01-2'), BENCH_KEEP=1 keeps the national database.
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { NATIONAL_DB, fmt, machine, onNationalApi, requireBuilt, runBenchmark, signedInGet, stats, timed } from './bench-kit.mjs';
import { HAND_SQL } from './ptl-report-hand-sql.mjs';

const N = Number(process.env.BENCH_N ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3392);
const AREA = process.env.BENCH_AREA ?? 'Area 01-2';
const DAY_MS = 86_400_000;
const pct = (x) => `${Math.round(100 * x)}%`;

const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const periodStart = (asOf) => {
  const [y, m] = asOf.split('-').map(Number);
  return `${m >= 4 ? y : y - 1}-04-01`;
};

/** The figures only: the report without its echo of the query. */
const figures = ({ asOf: _asOf, filters: _filters, period: _period, ...rest }) => rest;

/** Paths whose values differ between two reports (for the log, when they do). */
function differences(a, b, path = '') {
  if (isDeepStrictEqual(a, b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => differences(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return [`${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`];
}

async function main() {
  requireBuilt('api', 'cli');
  const started = performance.now();
  await onNationalApi({ port: PORT, queuePrefix: 'bench_ptl' }, async ({ client: c, databaseUrl }) => {
    const { rows: [facts] } = await c.query(`SELECT to_char(max(received_on), 'YYYY-MM-DD') AS as_of, count(*)::int AS referrals FROM referral`);
    const asOf = facts.as_of;
    const providerTeams = (await c.query(`SELECT code FROM team WHERE code LIKE 'p01-%' ORDER BY code`)).rows.map((r) => r.code);
    const allTeams = (await c.query(`SELECT DISTINCT t.code FROM team t JOIN referral r ON r.team_id = t.id ORDER BY 1`)).rows.map((r) => r.code);
    const stamp = Date.now().toString(36);
    const areaGet = await signedInGet({ port: PORT, databaseUrl, username: `bench.ptl.area.${stamp}`, roles: 'manager', teams: providerTeams.join(',') });
    const allGet = await signedInGet({ port: PORT, databaseUrl, username: `bench.ptl.all.${stamp}`, roles: 'manager', teams: allTeams.join(',') });
    const [{ id: areaId }] = (await c.query(`SELECT id FROM area WHERE name = $1`, [AREA])).rows;

    const cases = [
      { name: `one area (${AREA})`, get: areaGet, query: `&area=${encodeURIComponent(AREA)}`, areaId },
      { name: 'everything', get: allGet, query: '', areaId: null },
    ];
    console.log(`\nPTL report benchmark — ${machine()}`);
    console.log(`database ${NATIONAL_DB}: ${facts.referrals} referrals; report as of ${asOf}; N = ${N} after one warm-up each`);
    const results = [];
    for (const k of cases) {
      const viaApi = await timed(N, async () => (await k.get(`/api/reports/ptl?asOf=${asOf}${k.query}`)).json());
      const params = [asOf, k.areaId, null, periodStart(asOf), addDays(asOf, -14)];
      const viaSql = await timed(N, async () => (await c.query(HAND_SQL, params)).rows[0].report);
      const diff = differences(figures(viaApi.last), viaSql.last);
      const a = stats(viaApi.ms);
      const b = stats(viaSql.ms);
      results.push({ k, a, b, diff, report: viaApi.last });
      console.log(`\n${k.name}: waiting for treatment ${viaApi.last.waitingForTreatment.children} children / ${viaApi.last.waitingForTreatment.waits} waits; figures ${diff.length ? `DIFFER (${diff.length}):\n  ${diff.slice(0, 10).join('\n  ')}` : 'identical'}`);
      console.log(`                                     min      p50      max   (ms)`);
      console.log(`GET /api/reports/ptl (HTTP)    ${fmt(a.min)} ${fmt(a.p50)} ${fmt(a.max)}`);
      console.log(`baseline: one hand-written SQL ${fmt(b.min)} ${fmt(b.p50)} ${fmt(b.max)}`);
      console.log(`ratio (p50)                    ${fmt(a.p50 / b.p50)}×   (machine busy meanwhile: ${pct(viaApi.busy)} / ${pct(viaSql.busy)} of its cores)`);
      const ratioMet = a.p50 <= 2 * b.p50;
      const timeMet = a.p50 <= 3000;
      console.log(`goal ≤ 2× hand SQL → ${ratioMet ? 'met' : `NOT met (${(a.p50 / b.p50).toFixed(1)}×)`}; goal ≤ 3 s → ${timeMet ? 'met' : `NOT met (${(a.p50 / 1000).toFixed(1)} s, ${(a.p50 / 3000).toFixed(1)}× over)`}`);
    }
    console.log(`\nbenchmark run ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
    if (results.some((r) => r.diff.length)) process.exitCode = 1;
  });
}

runBenchmark(main);
