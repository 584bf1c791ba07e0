#!/usr/bin/env node
// `npm run chaos`: the fault-injection suite (issue 7). Each scenario starts real api and worker
// processes (the built dist/apps) on this machine's loopback, injects a fault, prints what it
// injected and what it checked, and the run exits non-zero on any loss, duplicate or failed check.
//
//   npm run chaos                      full: 100 kills, 1,000 operations, 10,000 fuzz cases… (~15 min)
//   npm run chaos -- --short           a few iterations of each (CHAOS_SHORT=1 too; `npm test` runs this)
//   npm run chaos -- --only 1,4        some scenarios only;  --seed N (or CHAOS_SEED) repeats a run's randomness
//   --json FILE                        also write the checks passed and failed, per scenario, to FILE
//
// Everything it creates is its own: a database chaos_<id> (dropped afterwards), Redis keys under the
// prefix chaos_<id> (deleted afterwards), a private redis-server for the Redis faults, ports 3340–3349.
// It never restarts the machine's PostgreSQL or Redis. Logs of every process: tmp/chaos/<id>/logs
// (kept when a check fails).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Scenario, seededRandom } from './lib/report.mjs';
import { cleanUp, createRun, createUser, harnessClient, migrate } from './lib/stack.mjs';
import { today } from './lib/pathway.mjs';
import { workerKills } from './scenarios/worker-kills.mjs';
import { redisLoss } from './scenarios/redis-loss.mjs';
import { postgresOutage } from './scenarios/postgres-outage.mjs';
import { identicalRequests } from './scenarios/identical-requests.mjs';
import { concurrentEdits } from './scenarios/concurrent-edits.mjs';
import { apiFuzz } from './scenarios/api-fuzz.mjs';
import { gracefulShutdown } from './scenarios/graceful-shutdown.mjs';

const SCENARIOS = [
  [1, workerKills],
  [2, redisLoss],
  [3, postgresOutage],
  [4, identicalRequests],
  [5, concurrentEdits],
  [6, apiFuzz],
  [7, gracefulShutdown],
];
// Cheapest first, so a broken build shows in seconds.
const ORDER = [4, 5, 1, 7, 3, 2, 6];

const { values } = parseArgs({
  options: { short: { type: 'boolean', default: false }, only: { type: 'string' }, seed: { type: 'string' }, json: { type: 'string' } },
});
const short = values.short || process.env.CHAOS_SHORT === '1';
const only = values.only ? values.only.split(',').map(Number) : null;
const seed = Number(values.seed ?? process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
// The whole run is bounded: past this, everything is stopped and the run fails.
const deadlineMs = (short ? 8 : 60) * 60_000;

const started = Date.now();
console.log(`[chaos] ${short ? 'short' : 'full'} run, seed ${seed}${only ? `, scenarios ${only.join(',')}` : ''}`);
const run = await createRun();
console.log(`[chaos] database ${run.id} (${run.database.kind}), Redis ${run.redisAvailable ? run.redisUrl : 'NOT AVAILABLE'} prefix ${run.id}*, logs ${run.logDir}`);

let interrupted = null;
const watchdog = setTimeout(() => {
  interrupted = `the run passed its ${deadlineMs / 60_000}-minute bound`;
  console.error(`[chaos] ${interrupted}: stopping`);
  void finish(2);
}, deadlineMs);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = signal;
    void finish(130);
  });
}

const results = [];
let finishing = null;

async function finish(code) {
  finishing ??= (async () => {
    clearTimeout(watchdog);
    const failed = code !== 0 || results.some((r) => !r.ok);
    console.log('\n━━ chaos summary ━━');
    for (const r of results) {
      const figures = Object.entries(r.figures)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.number}. ${r.title} — ${r.checks} checks, ${r.failures.length} failed, ${r.seconds} s${figures ? ` (${figures})` : ''}`);
      for (const f of r.failures) console.log(`        ✘ ${f.split('\n')[0]}`);
      for (const g of r.gaps) console.log(`        ⚠ ${g}`);
    }
    if (values.json) {
      // For `npm test`'s summary: checks passed and failed (a scenario that never ran counts as one failure).
      const checksFailed = results.reduce((n, r) => n + r.failures.length, 0) + (code !== 0 && !results.some((r) => !r.ok) ? 1 : 0);
      const summary = { passed: results.reduce((n, r) => n + r.checks - r.failures.length, 0), failed: checksFailed, skipped: 0, scenarios: results.map((r) => ({ number: r.number, title: r.title, ok: r.ok, seconds: r.seconds, figures: r.figures, failures: r.failures, gaps: r.gaps })) };
      writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
    }
    const problems = await cleanUp(run, { keepLogs: failed }).catch((e) => [e.message]);
    for (const p of problems) console.log(`[chaos] cleanup: ${p}`);
    console.log(
      `[chaos] ${failed ? 'FAILED' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s (seed ${seed})${interrupted ? ` — ${interrupted}` : ''}${failed ? `; logs kept in ${run.logDir}` : ''}`,
    );
    process.exit(problems.length && code === 0 ? 1 : failed ? code || 1 : 0);
  })();
  return finishing;
}

try {
  if (!run.redisAvailable) throw new Error(`Redis does not answer at ${run.redisUrl}: the chaos suite runs the queues on Redis (set REDIS_URL)`);
  migrate(run);
  const db = await harnessClient(run);
  const teams = ['generic-outpatient'];
  const users = {
    duty: createUser(run, 'chaos.duty', ['duty-clinician', 'lead-professional'], teams),
    // Every role, so the fuzzer's requests get past the access guard to validation and the use cases.
    fuzz: createUser(run, 'chaos.fuzz', ['duty-clinician', 'lead-professional', 'manager', 'admin'], [...teams, 'crisis']),
    coordinator: createUser(run, 'chaos.panels', ['panel-coordinator'], ['inclusion-panel']),
  };
  const ctx = { run, db, users, short, full: !short, random: seededRandom(seed), today: today() };
  for (const number of ORDER) {
    if (only && !only.includes(number)) continue;
    if (interrupted) break;
    const [, scenario] = SCENARIOS.find(([n]) => n === number);
    console.log(`\n━━ scenario ${number} (${scenario.name}) ━━`);
    let result;
    try {
      result = await scenario(ctx);
    } catch (e) {
      result = new Scenario(number, scenario.name);
      result.check(false, 'the scenario ran to the end', e.stack ?? e.message);
    }
    results.push(result.finish());
  }
  await db.end();
  await finish(0);
} catch (e) {
  console.error(`[chaos] ${e.stack ?? e.message}`);
  await finish(1);
}
