#!/usr/bin/env node
// Benchmark of the daily duty list (issue 5: under 200 ms for a team of 5,000; issue 7: p95 ≤ 50 ms).
// Builds its own database (camhs_bench_duty, dropped afterwards unless BENCH_KEEP=1) with one team of
// 5,000 children waiting for treatment, starts the built API (dist/apps/api/main.js) against it, and
// times GET /api/duty/today?team= over HTTP N times; then times a hand-written single SQL query
// returning the same rows (the baseline) N times and prints p50/p95/max of both and their ratio.
// Run with `npm run bench:duty` (builds api and cli first). Env: BENCH_N (default 50), BENCH_CHILDREN
// (default 5000), BENCH_PORT (default 3391), BENCH_DB (default camhs_bench_duty), PGHOST_URL (default postgres://postgres@127.0.0.1:5432).
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const N = Number(process.env.BENCH_N ?? 50);
const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 5000);
const PORT = Number(process.env.BENCH_PORT ?? 3391);
const SERVER = process.env.PGHOST_URL ?? 'postgres://postgres@127.0.0.1:5432';
const DB = process.env.BENCH_DB ?? 'camhs_bench_duty';
const DATABASE_URL = `${SERVER}/${DB}`;
const TEAM = 'bench-duty';
const USER = 'bench.duty';
const PASSWORD = 'bench-duty-password-not-secret-0';
const TODAY = new Date().toISOString().slice(0, 10);
const env = { ...process.env, NODE_ENV: 'development', DATABASE_URL, API_PORT: String(PORT), SIGN_IN_RATE_PER_MINUTE: '1000', QUEUE_PREFIX: 'bench_duty', LOG_SQL: 'false' };

async function admin(sql) {
  const c = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function cli(args, input) {
  const r = spawnSync(process.execPath, ['dist/apps/cli/main.js', ...args], { env, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli ${args[0]} failed: ${r.stderr || r.stdout}`);
}

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

/** The baseline: one hand-written statement giving the list's rows (reviews due today / overdue, to screen, RED without LP), 200 a section. */
const BASELINE = `
  WITH items AS (
    SELECT CASE WHEN s.next_review_on = $2::date THEN 'reviewsDueToday' ELSE 'overdue' END AS section, s.referral_id, r.child_id, r.rag, s.next_review_on AS due_on
      FROM duty_schedule s JOIN referral r ON r.id = s.referral_id WHERE r.team_id = $1 AND s.next_review_on <= $2::date
    UNION ALL
    SELECT 'newReferralsToScreen', r.id, r.child_id, r.rag, r.received_on FROM referral r
     WHERE r.team_id = $1 AND r.stage = 'access' AND r.received_on <= $2::date AND NOT EXISTS (SELECT 1 FROM referral_screening sc WHERE sc.referral_id = r.id)
    UNION ALL
    SELECT 'redWithoutLeadProfessional', r.id, r.child_id, r.rag, r.rag_set_on FROM referral r
     WHERE r.team_id = $1 AND r.rag = 'RED' AND r.discharged_on IS NULL AND (r.lead_professional IS NULL OR btrim(r.lead_professional) = '')),
  ranked AS (
    SELECT i.*, count(*) OVER (PARTITION BY section) AS section_count,
           row_number() OVER (PARTITION BY section ORDER BY CASE rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 WHEN 'GREEN' THEN 2 ELSE 3 END, due_on, referral_id) AS n
      FROM items i)
  SELECT rk.section, rk.referral_id, ch.given_name || ' ' || ch.family_name AS child_name, rk.rag, rk.due_on, rk.section_count
    FROM ranked rk JOIN child ch ON ch.id = rk.child_id WHERE rk.n <= 200 ORDER BY rk.section, rk.n`;

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
  await admin(`DROP DATABASE IF EXISTS ${DB}`);
  cli(['migrate']);
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    const t0 = performance.now();
    await seed(c);
    console.log(`seeded ${CHILDREN} waiting children in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    cli(['users:create', '--username', USER, '--roles', 'duty-clinician', '--teams', TEAM, '--password-stdin'], `${PASSWORD}\n`);
    await waitForHealth();
    const signIn = await fetch(`http://127.0.0.1:${PORT}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: USER, password: PASSWORD }) });
    if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
    const cookie = signIn.headers.getSetCookie().map((h) => h.split(';')[0]).join('; ');
    const get = async () => {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/duty/today?team=${TEAM}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`GET /api/duty/today answered ${res.status}`);
      return res.json();
    };
    const first = await get();
    const counts = Object.entries(first.counts).map(([k, v]) => `${k} ${v}`).join(', ');
    for (let i = 0; i < 5; i++) await get(); // warm-up
    const http = [];
    for (let i = 0; i < N; i++) {
      const s = performance.now();
      await get();
      http.push(performance.now() - s);
    }
    const params = [(await c.query(`SELECT id FROM team WHERE code = $1`, [TEAM])).rows[0].id, TODAY];
    for (let i = 0; i < 5; i++) await c.query(BASELINE, params);
    const sql = [];
    let rows = 0;
    for (let i = 0; i < N; i++) {
      const s = performance.now();
      rows = (await c.query(BASELINE, params)).rowCount;
      sql.push(performance.now() - s);
    }
    const h = stats(http);
    const b = stats(sql);
    const listed = Object.values(first.sections).reduce((n, rs) => n + rs.length, 0);
    console.log(`\nduty list benchmark — ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}`);
    console.log(`team of ${CHILDREN} waiting children; counts: ${counts}; rows listed ${listed} (baseline returns ${rows}); N = ${N}`);
    console.log(`                                     p50      p95      max   (ms)`);
    console.log(`GET /api/duty/today (HTTP)     ${fmt(h.p50)} ${fmt(h.p95)} ${fmt(h.max)}`);
    console.log(`baseline: one SQL query        ${fmt(b.p50)} ${fmt(b.p95)} ${fmt(b.max)}`);
    console.log(`ratio HTTP / baseline          ${fmt(h.p50 / b.p50)} ${fmt(h.p95 / b.p95)} ${fmt(h.max / b.max)}`);
    console.log(`targets: issue 5 < 200 ms → ${h.p95 < 200 ? 'met' : 'NOT met'} (p95); issue 7 p95 ≤ 50 ms → ${h.p95 <= 50 ? 'met' : `NOT met (${(h.p95 / 50).toFixed(1)}× over)`}`);
  } finally {
    api.kill('SIGTERM');
    await c.end();
    if (process.env.BENCH_KEEP !== '1') {
      await new Promise((r) => setTimeout(r, 1000));
      await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
