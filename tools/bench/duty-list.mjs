#!/usr/bin/env node
// Benchmark of the daily duty list (issue 5: under 200 ms for a team of 5,000; issue 7: p95 ≤ 50 ms).
// Builds its own database (camhs_bench_duty, dropped afterwards unless BENCH_KEEP=1) with one team of
// 5,000 children waiting for treatment, starts the built API (dist/apps/api/main.js) against it, and
// times GET /api/duty/today?team= over HTTP N times; then times a hand-written single SQL query
// returning the same rows (the baseline) N times and prints p50/p95/max of both and their ratio.
// The same at national scale: duty-list-national.mjs (`npm run bench:duty-national`).
// Run with `npm run bench:duty` (builds api and cli first). Env: BENCH_N (default 50), BENCH_CHILDREN
// (default 5000), BENCH_PORT (default 3391), BENCH_DB (default camhs_bench_duty), PGHOST_URL (default postgres://postgres@127.0.0.1:5432).
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { cli, dbUrl, dropDatabase, dropUnlessKept, machine, signedInGet, startApi } from './bench-kit.mjs';
import { measureDutyList } from './duty-list-measure.mjs';

const N = Number(process.env.BENCH_N ?? 50);
const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 5000);
const PORT = Number(process.env.BENCH_PORT ?? 3391);
const DB = process.env.BENCH_DB ?? 'camhs_bench_duty';
const DATABASE_URL = dbUrl(DB);
const TEAM = 'bench-duty';
const TODAY = new Date().toISOString().slice(0, 10);

/**
 * One team of CHILDREN children waiting for treatment (obviously fake names: Benchmarkia Loadtest-N),
 * rated in a fixed mix — 10% RED (half without a lead professional), 40% AMBER, 30% GREEN, 20% unrated —
 * with next reviews spread from 60 days overdue to 60 days ahead; plus 2% as many new referrals to screen.
 */
async function seed(c) {
  await c.query(`INSERT INTO team (code, name) VALUES ($1, 'Benchmark duty team')`, [TEAM]);
  await c.query(`INSERT INTO team_area (team_id, area_id) SELECT t.id, a.id FROM team t, area a WHERE t.code = $1 AND a.code = 'leicestershire'`, [TEAM]);
  await c.query(`
    WITH kids AS (
      INSERT INTO child (given_name, family_name, date_of_birth)
      SELECT 'Benchmarkia', 'Loadtest-' || g, DATE '2012-01-01' + (g % 3000) FROM generate_series(1, $1::int) g RETURNING id, family_name),
    numbered AS (SELECT id, substring(family_name from 10)::int AS g FROM kids),
    refs AS (
      INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on, stage, access_completed_on, access_outcome,
                            assessment_completed_on, assessment_outcome, rag, rag_set_on, lead_professional)
      SELECT n.id, a.id, t.id, 'gp', 'routine', DATE '2025-01-02', 'accepted', DATE '2025-01-10', 'accepted', DATE '2025-01-20', 'accepted',
             CASE WHEN n.g % 10 = 0 THEN 'RED' WHEN n.g % 10 < 5 THEN 'AMBER' WHEN n.g % 10 < 8 THEN 'GREEN' END,
             CASE WHEN n.g % 10 < 8 THEN $2::date - (n.g % 120) END,
             CASE WHEN n.g % 20 = 10 THEN 'Bench Lead' END
        FROM numbered n, area a, team t WHERE a.code = 'leicestershire' AND t.code = $3
      RETURNING id, child_id, rag)
    INSERT INTO duty_schedule (child_id, referral_id, rating, interval_days, next_review_on)
    SELECT r.child_id, r.id, r.rag, CASE r.rag WHEN 'RED' THEN 14 WHEN 'AMBER' THEN 91 WHEN 'GREEN' THEN 182 ELSE 0 END,
           $2::date - 60 + (abs(hashtext(r.id::text)) % 121)
      FROM refs r`, [CHILDREN, TODAY, TEAM]);
  await c.query(`INSERT INTO wait (referral_id, list_id, added_on)
                 SELECT r.id, (SELECT id FROM waiting_list WHERE name = 'Neurodevelopmental'), DATE '2025-02-01'
                   FROM referral r JOIN team t ON t.id = r.team_id WHERE t.code = $1`, [TEAM]);
  await c.query(`
    WITH kids AS (
      INSERT INTO child (given_name, family_name, date_of_birth)
      SELECT 'Benchmarkia', 'Newreferral-' || g, DATE '2013-06-01' FROM generate_series(1, $1::int) g RETURNING id)
    INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on)
    SELECT k.id, a.id, t.id, 'school', 'routine', $2::date - 3 FROM kids k, area a, team t WHERE a.code = 'leicestershire' AND t.code = $3`,
    [Math.ceil(CHILDREN / 50), TODAY, TEAM]);
  await c.query('ANALYZE');
}

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
};
const fmt = (x) => x.toFixed(1).padStart(8);

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the API did not answer /api/health within 60 s');
}

async function main() {
  await dropDatabase(DB);
  cli(['migrate'], { env: { ...process.env, DATABASE_URL } });
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  let api;
  try {
    const t0 = performance.now();
    await seed(c);
    console.log(`seeded ${CHILDREN} waiting children in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    api = await startApi({ port: PORT, databaseUrl: DATABASE_URL, queuePrefix: 'bench_duty' });
    const get = await signedInGet({ port: PORT, databaseUrl: DATABASE_URL, username: 'bench.duty', roles: 'duty-clinician', teams: TEAM });
    const teamId = (await c.query(`SELECT id FROM team WHERE code = $1`, [TEAM])).rows[0].id;
    console.log(`\nduty list benchmark — ${machine()}`);
    console.log(`team of ${CHILDREN} waiting children on a database of that team alone`);
    const { http } = await measureDutyList({ get, client: c, team: TEAM, teamId, today: TODAY, n: N });
    console.log(`targets: issue 5 < 200 ms → ${http.p95 < 200 ? 'met' : 'NOT met'} (p95); issue 7 p95 ≤ 50 ms → ${http.p95 <= 50 ? 'met' : `NOT met (${(http.p95 / 50).toFixed(1)}× over)`}`);
  } finally {
    api?.kill('SIGTERM');
    await c.end();
    await new Promise((r) => setTimeout(r, 1000));
    await dropUnlessKept(DB);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
