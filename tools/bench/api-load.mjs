#!/usr/bin/env node
// Benchmark 6 of issue 7: an authenticated, audited read endpoint under load from a second process on
// loopback (autocannon): goal ≥ 2,000 req/s at most, and p99 ≤ 50 ms at a fixed 500 req/s.
//
// The endpoint: GET /api/referrals/{id}, signed in as a duty clinician of the team. Each request resolves the
// session and the user's teams, reads the referral inside the user's scope, writes one audit row (action
// 'read', the child's id), reads its waits, appointments and clock flags, and answers ~1 KB of JSON. The ids
// rotate over every referral of the team (BENCH_REFERRALS, default 10,000, each with a wait and every other
// one with an appointment), so no single row is hot. The built API (dist/apps/api/main.js, NODE_ENV=production,
// its own database and Redis prefix) serves; autocannon runs in a child process (a second process on
// loopback). After the runs the audit rows are counted: one per 200 answered.
//
// At a fixed rate it runs twice: with autocannon's rate limit (bursts at the start of every second, see paced())
// and with a paced generator of a constant arrival rate (and at half that rate, to show the latency below saturation).
// Baselines in the same run, with the same connections and duration:
//   bare node:http    a bare Node http server (a child process) answering a referral's JSON body — the ceiling
//                     of this machine for HTTP on loopback with the load generator beside it
//   nest 401          the same API without a session cookie: the whole Nest/Express stack (middleware, helmet,
//                     cookie parser, access guard, exception filter) with no database work
//   nest health       GET /api/health, unauthenticated: the stack plus one `SELECT 1` and one Redis call
// The API's only rate limit (@nestjs/throttler) applies to sign-in alone (SIGN_IN_RATE_PER_MINUTE, one
// sign-in here), so no limiter stands in front of what is measured.
//
// Run with `npm run bench:api` (builds api and cli first). Env: BENCH_PORT (API, default 3350; the bare server
// takes the next port), BENCH_CONNECTIONS (default 50), BENCH_DURATION (seconds per run, default 20),
// BENCH_RATE (fixed-rate run, default 500 req/s), BENCH_REFERRALS (default 10000), BENCH_DB (default
// camhs_bench_api), PGHOST_URL, REDIS_URL, BENCH_KEEP=1 keeps the database and the Redis keys.
import { spawn, spawnSync } from 'node:child_process';
import { Agent, createServer, get as httpGet } from 'node:http';
import { performance } from 'node:perf_hooks';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { KEEP, REDIS_URL, SERVER, admin, busyMs, busyShare, clearKeys, cli, freshDatabase, machine, machineJiffies, ownCpuMs, processCpuMs, serviceCpuMs } from './host-kit.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3350);
const BARE_PORT = PORT + 1;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const REFERRALS = Number(process.env.BENCH_REFERRALS ?? 10_000);
const DB = process.env.BENCH_DB ?? 'camhs_bench_api';
const PREFIX = 'bench_api';
const DATABASE_URL = `${SERVER}/${DB}`;

const TEAM = 'bench-api';
const WARM_UP_SECONDS = 5;
const SELF = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------------------
// Child processes: the load generator (`--load CONFIG.json`) and the bare server (`--bare-server PORT BODY`)

/**
 * One load run; prints its result as one JSON line. Paths rotate over config.paths. With `paced`, the paced
 * generator below; otherwise autocannon (at most `rate` requests a second when given).
 */
async function load(configFile) {
  const cfg = JSON.parse(readFileSync(configFile, 'utf8'));
  if (cfg.paced) {
    process.stdout.write(`${JSON.stringify({ result: await paced(cfg), cpuMs: ownCpuMs() })}\n`);
    return;
  }
  const { default: autocannon } = await import('autocannon');
  let next = 0;
  const result = await autocannon({
    url: cfg.url,
    connections: cfg.connections,
    duration: cfg.duration,
    ...(cfg.rate ? { overallRate: cfg.rate } : {}),
    headers: cfg.cookie ? { cookie: cfg.cookie } : {},
    requests: [{ setupRequest: (req) => ({ ...req, path: cfg.paths[next++ % cfg.paths.length] }) }],
  });
  process.stdout.write(`${JSON.stringify({ result, cpuMs: ownCpuMs() })}\n`);
}

/**
 * A constant arrival rate: request i is due at start + i / rate, whatever became of the earlier ones, over at most
 * `connections` keep-alive sockets; its latency counts from when it was due (so time spent waiting for a socket
 * counts, and a slow server is not let off by sending less: no coordinated omission). autocannon's own rate limit
 * is not this: each connection sends its share back to back at the start of every second, then waits.
 */
async function paced(cfg) {
  const { hostname, port } = new URL(cfg.url);
  const agent = new Agent({ keepAlive: true, maxSockets: cfg.connections });
  const total = Math.round(cfg.rate * cfg.duration);
  const latencies = [];
  const statusCodeStats = {};
  let errors = 0;
  let done = 0;
  const start = performance.now();
  await new Promise((resolve) => {
    const finish = () => ++done === total && resolve();
    const fire = (due, path) => {
      const req = httpGet({ hostname, port, path, agent, headers: cfg.cookie ? { cookie: cfg.cookie } : {} }, (res) => {
        res.resume();
        res.on('end', () => {
          statusCodeStats[res.statusCode] = { count: (statusCodeStats[res.statusCode]?.count ?? 0) + 1 };
          if (res.statusCode === (cfg.expect ?? 200)) latencies.push(performance.now() - due);
          finish();
        });
      });
      req.on('error', () => {
        errors++;
        finish();
      });
    };
    let sent = 0;
    const tick = () => {
      const now = performance.now();
      for (; sent < total && start + (sent * 1000) / cfg.rate <= now; sent++) fire(start + (sent * 1000) / cfg.rate, cfg.paths[sent % cfg.paths.length]);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  agent.destroy();
  const sorted = latencies.sort((x, y) => x - y);
  const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
  return {
    duration: (performance.now() - start) / 1000,
    requests: { total: done },
    latency: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) },
    statusCodeStats,
    errors,
    timeouts: 0,
  };
}

function bareServer(port, bodyFile) {
  const body = readFileSync(bodyFile);
  createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  }).listen(port, '127.0.0.1', () => process.stdout.write('[bare server] listening\n'));
}

// ---------------------------------------------------------------------------------------------------------
// The benchmark

/** REFERRALS children of one team, accepted and waiting on a list; every other one with a booked appointment. */
async function seed(c) {
  await c.query(`INSERT INTO team (code, name) VALUES ($1, 'Benchmark API team')`, [TEAM]);
  await c.query(`INSERT INTO team_area (team_id, area_id) SELECT t.id, a.id FROM team t, area a WHERE t.code = $1 AND a.code = 'leicestershire'`, [TEAM]);
  await c.query(
    `WITH kids AS (
       INSERT INTO child (given_name, family_name, date_of_birth)
       SELECT 'Loadcannonia', 'Apibench-' || g, DATE '2011-05-06' + (g % 3000) FROM generate_series(1, $1::int) g RETURNING id)
     INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on, stage, access_completed_on, access_outcome,
                           assessment_completed_on, assessment_outcome, rag, rag_set_on)
     SELECT k.id, a.id, t.id, 'school', 'routine', DATE '2025-03-03', 'accepted', DATE '2025-03-20', 'accepted', DATE '2025-04-10', 'accepted', 'AMBER', DATE '2025-04-10'
       FROM kids k, area a, team t WHERE a.code = 'leicestershire' AND t.code = $2`,
    [REFERRALS, TEAM],
  );
  await c.query(
    `INSERT INTO wait (referral_id, list_id, added_on)
     SELECT r.id, (SELECT id FROM waiting_list WHERE name = 'Neurodevelopmental'), DATE '2025-04-11' FROM referral r JOIN team t ON t.id = r.team_id WHERE t.code = $1`,
    [TEAM],
  );
  await c.query(
    `INSERT INTO appointment (referral_id, wait_id, date, kind)
     SELECT w.referral_id, w.id, DATE '2026-12-01' + (row_number() OVER (ORDER BY w.id))::int % 60, 'treatment'
       FROM wait w WHERE abs(hashtext(w.id::text)) % 2 = 0`,
  );
  await c.query('ANALYZE');
  return (await c.query(`SELECT r.id FROM referral r JOIN team t ON t.id = r.team_id WHERE t.code = $1 ORDER BY r.id`, [TEAM])).rows.map((r) => r.id);
}

async function waitForLine(child, text) {
  let seen = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      seen += d;
      if (seen.includes(text)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before '${text}'`)));
  });
  child.stdout.resume();
}

async function startApi() {
  const env = {
    ...process.env, NODE_ENV: 'production', DATABASE_URL, API_PORT: String(PORT), QUEUE_BACKEND: 'redis', REDIS_URL, QUEUE_PREFIX: PREFIX, LOG_SQL: 'false',
  };
  // stdout is the request log (one line a request, as in production) and goes to a file.
  const logFile = join(tmpdir(), `bench-api-${process.pid}.log`);
  const out = openSync(logFile, 'w');
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], { env, stdio: ['ignore', out, 'inherit'] });
  closeSync(out);
  for (let i = 0; i < 240; i++) {
    if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return { api, logFile };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  api.kill('SIGTERM');
  throw new Error('the API did not answer /api/health within 120 s');
}

async function signIn() {
  const username = 'bench.api';
  const password = 'bench-only-password-not-secret-0';
  cli(DATABASE_URL, ['users:create', '--username', username, '--roles', 'duty-clinician', '--teams', TEAM, '--password-stdin'], `${password}\n`);
  const res = await fetch(`http://127.0.0.1:${PORT}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
  return res.headers.getSetCookie().map((h) => h.split(';')[0]).join('; ');
}

/** Run autocannon in a child process; returns its result and the CPU ms the load generator used. */
function autocannonRun(cfg) {
  const file = join(tmpdir(), `bench-api-load-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(cfg));
  const r = spawnSync(process.execPath, [SELF, '--load', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  rmSync(file, { force: true });
  if (r.status !== 0) throw new Error(`autocannon failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * A warm-up, then the measured run, with the CPU of the server process and of PostgreSQL over it. Counts only
 * answers with the expected status (cfg.expect, 200 unless said); any other answer, error or timeout is bad.
 */
function measure(name, serverPid, cfg) {
  const warm = autocannonRun({ ...cfg, duration: WARM_UP_SECONDS }).result;
  const cpu0 = processCpuMs(serverPid);
  const s0 = serviceCpuMs(DB);
  const own0 = ownCpuMs();
  const m0 = machineJiffies();
  const started = Date.now();
  const { result: r, cpuMs: loadCpuMs } = autocannonRun(cfg);
  const wallMs = Date.now() - started;
  const cpu1 = processCpuMs(serverPid);
  const s1 = serviceCpuMs(DB);
  const own1 = ownCpuMs();
  const m1 = machineJiffies();
  const answered = Object.values(r.statusCodeStats).reduce((n, x) => n + x.count, 0);
  const total = r.statusCodeStats[cfg.expect ?? 200]?.count ?? 0;
  const bad = answered - total + r.errors + r.timeouts;
  return {
    name,
    reqPerSec: total / r.duration,
    total,
    warmUpOk: warm.statusCodeStats[cfg.expect ?? 200]?.count ?? 0,
    bad,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    serverCpuMsPerReq: (cpu1 - cpu0) / total,
    postgresCpuMsPerReq: (s1.postgres - s0.postgres) / total,
    loadCpuMsPerReq: loadCpuMs / total,
    busy: busyShare(m0, m1),
    // CPU the machine spent on anything but this run (other users of the machine), in cores.
    othersCores: (busyMs(m0, m1) - (cpu1 - cpu0) - (s1.postgres - s0.postgres) - (s1.redis - s0.redis) - loadCpuMs - (own1 - own0)) / wallMs,
  };
}

async function main() {
  const redis = new Redis(REDIS_URL);
  await clearKeys(redis, `${PREFIX}:*`);
  await freshDatabase(DB);
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  let api;
  let bare;
  let logFile;
  const bodyFile = join(tmpdir(), `bench-api-body-${process.pid}.json`);
  try {
    const ids = await seed(c);
    ({ api, logFile } = await startApi());
    const cookie = await signIn();
    const paths = ids.map((id) => `/api/referrals/${id}`);
    const sample = await fetch(`http://127.0.0.1:${PORT}${paths[0]}`, { headers: { cookie } });
    if (sample.status !== 200) throw new Error(`GET ${paths[0]} answered ${sample.status}`);
    const body = Buffer.from(await sample.arrayBuffer());
    writeFileSync(bodyFile, body);
    bare = spawn(process.execPath, [SELF, '--bare-server', String(BARE_PORT), bodyFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    await waitForLine(bare, 'listening');
    const auditBefore = (await c.query(`SELECT count(*)::int AS n FROM audit_event WHERE operation = 'GET /api/referrals/{id}' AND action = 'read'`)).rows[0].n;

    console.log(`API load benchmark — ${machine()}`);
    console.log(`${CONNECTIONS} connections, ${DURATION} s a run after ${WARM_UP_SECONDS} s of warm-up; autocannon in a child process; ${REFERRALS} referrals, response ${body.length} bytes\n`);
    const base = { connections: CONNECTIONS, duration: DURATION };
    const runs = [
      measure('bare node:http (ceiling)', bare.pid, { ...base, url: `http://127.0.0.1:${BARE_PORT}`, paths }),
      measure('nest 401 (no session)', api.pid, { ...base, url: `http://127.0.0.1:${PORT}`, paths, expect: 401 }),
      measure('nest GET /api/health', api.pid, { ...base, url: `http://127.0.0.1:${PORT}`, paths: ['/api/health'] }),
      measure('GET /api/referrals/{id} max', api.pid, { ...base, url: `http://127.0.0.1:${PORT}`, paths, cookie }),
      measure(`GET /api/referrals/{id} @ ${RATE}/s`, api.pid, { ...base, duration: Math.max(DURATION, 30), url: `http://127.0.0.1:${PORT}`, paths, cookie, rate: RATE }),
      measure(`… paced ${RATE}/s`, api.pid, { ...base, duration: Math.max(DURATION, 30), url: `http://127.0.0.1:${PORT}`, paths, cookie, rate: RATE, paced: true }),
      measure(`… paced ${RATE / 2}/s`, api.pid, { ...base, duration: Math.max(DURATION, 30), url: `http://127.0.0.1:${PORT}`, paths, cookie, rate: RATE / 2, paced: true }),
    ];
    console.log(`${'run'.padEnd(34)} ${'req/s'.padStart(7)} ${'p50'.padStart(6)} ${'p90'.padStart(6)} ${'p99'.padStart(6)} ${'max'.padStart(6)}    other/err  CPU ms/req: server postgres autocannon  machine busy  others (cores)`);
    for (const r of runs) {
      console.log(
        `${r.name.padEnd(34)} ${r.reqPerSec.toFixed(0).padStart(7)} ${String(r.p50).padStart(6)} ${String(r.p90).padStart(6)} ${String(r.p99).padStart(6)} ${String(r.max).padStart(6)}  ${String(r.bad).padStart(11)}  ${r.serverCpuMsPerReq.toFixed(2).padStart(17)} ${r.postgresCpuMsPerReq.toFixed(2).padStart(8)} ${r.loadCpuMsPerReq.toFixed(2).padStart(10)}  ${`${(r.busy * 100).toFixed(0)}%`.padStart(12)} ${r.othersCores.toFixed(2).padStart(15)}`,
      );
      if (r.bad > 0) throw new Error(`${r.name}: ${r.bad} answers had another status, failed or timed out`);
    }
    const [ceiling, nest401, , max, fixed, paced, pacedHalf] = runs;
    // Every 200 of the referral runs and of their warm-ups wrote one audit row. A run ends with up to one request
    // in flight per connection, which the API answers (and audits) after autocannon has stopped counting.
    const audited = (await c.query(`SELECT count(*)::int AS n FROM audit_event WHERE operation = 'GET /api/referrals/{id}' AND action = 'read'`)).rows[0].n - auditBefore;
    const answered = [max, fixed, paced, pacedHalf].reduce((n, r) => n + r.total + r.warmUpOk, 0);
    const cutOff = 8 * CONNECTIONS;
    console.log(`\naudit rows written by the referral runs: ${audited} for ${answered} answers 200 (warm-ups included; up to ${cutOff} more in flight at the runs' ends)`);
    if (audited < answered || audited > answered + cutOff) throw new Error(`expected one audit row per answer: ${audited} rows, ${answered} answers`);
    console.log(`latencies in ms (autocannon's, from sending a request to its answer)`);
    console.log(`max throughput: ${max.reqPerSec.toFixed(0)} req/s = ${((max.reqPerSec / ceiling.reqPerSec) * 100).toFixed(1)}% of the bare server, ${((max.reqPerSec / nest401.reqPerSec) * 100).toFixed(1)}% of the Nest stack without database work`);
    console.log(`goal ≥ 2,000 req/s: ${max.reqPerSec >= 2000 ? 'met' : `NOT met (${(2000 / max.reqPerSec).toFixed(1)}× short)`}`);
    console.log(`goal p99 ≤ 50 ms at ${RATE} req/s (autocannon): p99 ${fixed.p99} ms, achieved ${fixed.reqPerSec.toFixed(0)} req/s → ${fixed.p99 <= 50 && fixed.reqPerSec >= RATE * 0.98 ? 'met' : 'NOT met'}`);
    console.log(`the same paced at a constant ${RATE} req/s: p99 ${paced.p99} ms, achieved ${paced.reqPerSec.toFixed(0)} req/s → ${paced.p99 <= 50 && paced.reqPerSec >= RATE * 0.98 ? 'met' : 'NOT met'}; at ${RATE / 2} req/s: p99 ${pacedHalf.p99} ms`);
  } finally {
    bare?.kill('SIGTERM');
    api?.kill('SIGTERM');
    await c.end();
    await new Promise((r) => setTimeout(r, 1500));
    rmSync(bodyFile, { force: true });
    if (logFile && !KEEP) rmSync(logFile, { force: true });
    if (KEEP) console.log(`kept (BENCH_KEEP=1): database ${DB}, Redis keys ${PREFIX}:*, request log ${logFile}`);
    else {
      await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
      await clearKeys(redis, `${PREFIX}:*`);
    }
    redis.disconnect();
  }
}

const [, , mode, a, b] = process.argv;
const run = mode === '--load' ? load(a) : mode === '--bare-server' ? Promise.resolve(bareServer(Number(a), b)) : main();
run.catch((e) => {
  console.error(e);
  process.exit(1);
});
