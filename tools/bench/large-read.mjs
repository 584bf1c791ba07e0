#!/usr/bin/env node
// Benchmark 7 of issue 7: large reads (> 1,000 rows) through the product vs raw `pg`. Goal ≤ 1.2×.
// On the national database (made if missing; BENCH_KEEP=1 keeps it):
// 1. The report's drill-down over HTTP (GET /api/reports/ptl/drill, figure waitingForTreatment.waits:
//    every open wait, named) for one area and for one team, as a manager; baselines: a hand-written
//    query returning the same rows through pg in this process (rows compared), and the same query
//    served as JSON over HTTP by a bare node:http server with a pg pool — raw pg through the same
//    transport, without Nest, TypeORM, sessions, scope or audit.
// 2. The PTL extract export of one team (`export:ptl DIR --team T`, the built CLI: paged reads,
//    audited); baseline: the same three files written from three plain pg queries through the same
//    CSV writer (files compared byte for byte). The CLI's start-up is measured on a team with no
//    referrals and reported beside it.
// Run with `npm run bench:large-read` (builds api and cli). Env: BENCH_N (default 10), BENCH_PORT (default 3394).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { NATIONAL_DB, fmt, machine, onNationalApi, requireBuilt, runBenchmark, signedInGet, stats, timed } from './bench-kit.mjs';

const N = Number(process.env.BENCH_N ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3394);
const AREA = 'Area 01-2';
const TEAM = 'p01-generic-outpatient';
const OUT = '/tmp/camhs-data/large-read';
const pct = (x) => `${Math.round(100 * x)}%`;

/** The drill's rows for waitingForTreatment.waits, by hand: open waits of the area or team, named, longest first. */
const DRILL_SQL = `
  SELECT r.id, r.source_id AS "referralId", r.child_id AS "childId", w.source_id AS "waitId", l.name AS list, ($1::date - w.added_on) AS days,
         r.urgency, c.given_name || ' ' || c.family_name AS "childName"
    FROM wait w JOIN referral r ON r.id = w.referral_id JOIN waiting_list l ON l.id = w.list_id JOIN child c ON c.id = r.child_id
   WHERE ($2::uuid IS NULL OR r.area_id = $2) AND ($3::uuid IS NULL OR r.team_id = $3)
     AND w.added_on <= $1 AND (w.started_on IS NULL OR w.started_on > $1) AND (w.removed_on IS NULL OR w.removed_on > $1)
   ORDER BY days DESC, "referralId", "waitId"`;

const D = (col, as) => `to_char(${col}, 'YYYY-MM-DD') AS ${as}`;
/** The extract of one team by hand ($1 team id): the export's columns, in its order, whole. */
const EXPORT_SQL = {
  'referrals.csv': `SELECT r.source_id AS referral_id, c.source_id AS child_id, c.nhs_number, c.given_name, c.family_name, ${D('c.date_of_birth', 'date_of_birth')},
       a.name AS area, t.code AS team, r.referrer_type, r.urgency, ${D('r.received_on', 'received_on')}, ${D('r.access_completed_on', 'access_completed_on')},
       r.access_outcome, ${D('r.assessment_completed_on', 'assessment_completed_on')}, r.assessment_outcome, ${D('r.discharged_on', 'discharged_on')}, r.rag,
       ${D('r.rag_set_on', 'rag_set_on')}, r.lead_professional
     FROM referral r JOIN child c ON c.id = r.child_id JOIN area a ON a.id = r.area_id JOIN team t ON t.id = r.team_id WHERE r.team_id = $1 ORDER BY r.source_id`,
  'waits.csv': `SELECT w.source_id AS wait_id, r.source_id AS referral_id, l.name AS list, ${D('w.added_on', 'added_on')}, ${D('w.started_on', 'started_on')},
       ${D('w.removed_on', 'removed_on')}
     FROM wait w JOIN referral r ON r.id = w.referral_id JOIN waiting_list l ON l.id = w.list_id WHERE r.team_id = $1 ORDER BY w.source_id`,
  'appointments.csv': `SELECT ap.source_id AS appointment_id, r.source_id AS referral_id, w.source_id AS wait_id, ${D('ap.date', 'date')}, ap.kind, ap.status
     FROM appointment ap JOIN referral r ON r.id = ap.referral_id LEFT JOIN wait w ON w.id = ap.wait_id WHERE r.team_id = $1 ORDER BY ap.source_id`,
};

function exportViaCli(team, dir, databaseUrl) {
  rmSync(dir, { recursive: true, force: true });
  const s = performance.now();
  const r = spawnSync(process.execPath, ['dist/apps/cli/main.js', 'export:ptl', dir, '--team', team], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`export:ptl failed: ${r.stderr}`);
  return performance.now() - s;
}

async function exportViaPg(client, teamId, dir) {
  let rows = 0;
  for (const [file, sql] of Object.entries(EXPORT_SQL)) {
    const result = await client.query(sql, [teamId]);
    rows += result.rowCount;
    await writeFile(`${dir}/${file}`, stringify(result.rows, { header: true, columns: result.fields.map((f) => f.name), cast: { string: (v) => v } }));
  }
  return rows;
}

function line(label, a) {
  console.log(`${label.padEnd(42)} ${fmt(a.min)} ${fmt(a.p50)} ${fmt(a.max)}`);
}

async function main() {
  requireBuilt('api', 'cli');
  await onNationalApi({ port: PORT, queuePrefix: 'bench_large_read' }, async ({ client: c, databaseUrl }) => {
    const asOf = (await c.query(`SELECT to_char(max(received_on), 'YYYY-MM-DD') AS d FROM referral`)).rows[0].d;
    const [{ id: areaId }] = (await c.query(`SELECT id FROM area WHERE name = $1`, [AREA])).rows;
    const [{ id: teamId }] = (await c.query(`SELECT id FROM team WHERE code = $1`, [TEAM])).rows;
    const providerTeams = (await c.query(`SELECT code FROM team WHERE code LIKE 'p01-%' ORDER BY code`)).rows.map((r) => r.code);
    const get = await signedInGet({ port: PORT, databaseUrl, username: `bench.read.${Date.now().toString(36)}`, roles: 'manager', teams: providerTeams.join(',') });
    console.log(`\nlarge reads — ${machine()}; ${NATIONAL_DB}, as of ${asOf}, N = ${N} after one warm-up each`);
    console.log(`${''.padEnd(42)}      min      p50      max   (ms)`);
    // Raw pg over HTTP: the drill's rows for the parameters in the address, as JSON, nothing else.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    const bare = createServer(async (req, res) => {
      const q = new URL(req.url, 'http://bare').searchParams;
      const { rows } = await pool.query(DRILL_SQL, [q.get('asOf'), q.get('area') || null, q.get('team') || null]);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
    });
    await new Promise((r) => bare.listen(0, '127.0.0.1', r));
    const bareGet = async (params) => (await fetch(`http://127.0.0.1:${bare.address().port}/?${new URLSearchParams(params)}`)).json();
    const verdicts = [];
    for (const [what, query, params] of [
      [`area ${AREA}`, `&area=${encodeURIComponent(AREA)}`, [asOf, areaId, null]],
      [`team ${TEAM}`, `&team=${TEAM}`, [asOf, null, teamId]],
    ]) {
      const http = await timed(N, async () => (await get(`/api/reports/ptl/drill?asOf=${asOf}&figure=waitingForTreatment.waits${query}`)).json());
      const raw = await timed(N, async () => (await c.query(DRILL_SQL, params)).rows);
      const rawHttp = await timed(N, async () => bareGet({ asOf, area: params[1] ?? '', team: params[2] ?? '' }));
      const same = JSON.stringify(http.last) === JSON.stringify(raw.last) && JSON.stringify(rawHttp.last) === JSON.stringify(raw.last);
      const h = stats(http.ms);
      const b = stats(raw.ms);
      const bh = stats(rawHttp.ms);
      console.log(`drill-down, ${what}: ${http.last.length} rows (${same ? 'same rows' : 'rows DIFFER'})`);
      line('  GET /api/reports/ptl/drill (HTTP)', h);
      line('  raw pg, same rows, in this process', b);
      line('  raw pg served by bare node:http', bh);
      console.log(`  ratio (p50) ${(h.p50 / b.p50).toFixed(2)}× raw pg in process, ${(h.p50 / bh.p50).toFixed(2)}× raw pg over bare HTTP → goal ≤ 1.2× ${h.p50 <= 1.2 * b.p50 ? 'met' : h.p50 <= 1.2 * bh.p50 ? 'met against raw pg over the same transport, NOT met against rows in process' : 'NOT met'}; machine busy ${pct(http.busy)} / ${pct(raw.busy)} / ${pct(rawHttp.busy)}`);
      verdicts.push(same);
    }
    bare.close();
    await pool.end();
    const startup = stats((await timed(3, async () => exportViaCli('crisis', `${OUT}/empty`, databaseUrl))).ms);
    const cliMs = await timed(Math.min(N, 5), async () => exportViaCli(TEAM, `${OUT}/cli`, databaseUrl));
    rmSync(`${OUT}/pg`, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', `${OUT}/pg`]);
    const pgRun = await timed(Math.min(N, 5), async () => exportViaPg(c, teamId, `${OUT}/pg`));
    // The same plain queries with PostgreSQL's parallel workers off: the plan a cursor gets (a cursor's query never runs in parallel).
    await c.query(`SET max_parallel_workers_per_gather = 0`);
    const pgSerial = await timed(Math.min(N, 5), async () => exportViaPg(c, teamId, `${OUT}/pg`));
    await c.query(`RESET max_parallel_workers_per_gather`);
    const sameFiles = Object.keys(EXPORT_SQL).every((f) => readFileSync(`${OUT}/cli/${f}`).equals(readFileSync(`${OUT}/pg/${f}`)));
    const e = stats(cliMs.ms);
    const p = stats(pgRun.ms);
    console.log(`export of team ${TEAM}: ${pgRun.last} rows in three files (${sameFiles ? 'byte for byte the same' : 'files DIFFER'})`);
    line('  export:ptl --team (CLI process)', e);
    line('  of which start-up (a team with no rows)', startup);
    const ps = stats(pgSerial.ms);
    line('  raw pg + the same CSV writer', p);
    line('  the same, parallel query off (a cursor’s plan)', ps);
    const own = e.p50 - startup.p50;
    console.log(`  machine busy ${pct(cliMs.busy)} / ${pct(pgRun.busy)} / ${pct(pgSerial.busy)}; ratio (p50) ${(e.p50 / p.p50).toFixed(2)}×, without the start-up ${(own / p.p50).toFixed(2)}× → goal ≤ 1.2× ${own <= 1.2 * p.p50 ? 'met' : 'NOT met'}; against raw pg with the same serial plan ${(own / ps.p50).toFixed(2)}×`);
    verdicts.push(sameFiles);
    if (verdicts.includes(false)) process.exitCode = 1;
  });
}

runBenchmark(main);
