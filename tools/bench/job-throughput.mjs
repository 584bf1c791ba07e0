#!/usr/bin/env node
// Benchmark 3 of issue 7: job throughput through our processors vs a raw `bullmq` Worker with a no-op body
// at the same concurrency (goal ≥ 80%).
//
// The job: `check-access-clock` on the `access` queue, a real idempotent job of the pathway. Each job locks
// its referral, inserts the referral's access-target flag (every referral here was received 100 days ago,
// so its routine 91-day target is breached and each job inserts exactly one `clock_flag` row) and marks its
// outbox intent processed, in one transaction. Every referral is registered beforehand, in access, with its
// outbox intent, as registration leaves it.
//
// Four variants, each processing N jobs on its own Redis prefix, at the same concurrency (the worker's
// configured WORKER_CONCURRENCY, 5 unless BENCH_CONCURRENCY says otherwise), one after the other:
//   noop         a raw bullmq Worker (a child process) whose body does nothing — the issue's baseline
//   hand-sql     a raw bullmq Worker whose body runs the job's SQL by hand with `pg` (same statements,
//                same role, pool of 10 as the app's) — separates the framework from the database work
//   ours         the built worker (dist/apps/worker/main.js, NODE_ENV=production), jobs added to its queue
//   ours-outbox  the built worker, the intents left in outbox_message for its relay to enqueue (end to end)
// For the first three the queue is paused, the N jobs added (the same name, id and options the app uses),
// and the queue resumed; jobs/s is counted from the first to the last completion (BullMQ's finishedOn).
// Each variant gets fresh referrals, so every job does the real work (checked: every job must answer 'done').
// Rounds rotate the order of the variants; the median over rounds is reported.
//
// Run with `npm run bench:jobs` (builds worker and cli first). Env: BENCH_N (default 5000, at most 9000: the
// queue keeps the last 10,000 completed jobs), BENCH_ROUNDS (default 3), BENCH_CONCURRENCY (default 5),
// BENCH_DB (default camhs_bench_jobs), BENCH_PREFIX (Redis key prefix, default bench_jobs), REDIS_URL,
// PGHOST_URL (default postgres://postgres@127.0.0.1:5432), BENCH_KEEP=1 keeps the database and the keys.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  KEEP, REDIS_URL, SERVER, admin, busyMs, busyShare, clearKeys, freshDatabase, machine, machineJiffies, ownCpuMs, processCpuMs, redisConnection, serviceCpuMs,
} from './host-kit.mjs';

const N = Number(process.env.BENCH_N ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 5);
const DB = process.env.BENCH_DB ?? 'camhs_bench_jobs';
const PREFIX = process.env.BENCH_PREFIX ?? 'bench_jobs';
const DATABASE_URL = `${SERVER}/${DB}`;
const TEAM = 'bench-jobs';
const VARIANTS = ['noop', 'hand-sql', 'ours', 'ours-outbox'];
const QUEUES = ['access', 'assessment', 'treatment', 'duty', 'letters', 'reports', 'panels'];
const JOB_NAME = 'check-access-clock';
const jobId = (referralId) => `access-clock-${referralId}`;
/** The app's default job options (libs/server/queues job-options.ts), so every variant's jobs are alike. */
const JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** The service's calendar date (Europe/London), as the app's clock gives it. */
const todayInLondon = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

// ---------------------------------------------------------------------------------------------------------
// The raw workers (child processes: `job-throughput.mjs --raw-worker noop|hand-sql PREFIX`)

/**
 * The access clock check written by hand: the same statements, in the same transaction, as StageWork's
 * checkAccessClock + ClockFlags.sweep('access', id) + markJobProcessed. Parameters: today, the access
 * targets (urgent 28, routine 91 days), the warning windows (urgent 7, routine 14 days), the referral.
 */
const MARK_ACCESS = `
  INSERT INTO clock_flag (referral_id, wait_id, clock, state, target_on)
  SELECT id, NULL, 'access', CASE WHEN $1::date > target_on THEN 'breached' ELSE 'approaching' END, target_on
    FROM (SELECT r.id, r.urgency, r.received_on + CASE r.urgency WHEN 'urgent' THEN $2::int ELSE $3::int END AS target_on
            FROM referral r
           WHERE r.stage = 'access' AND r.received_on <= $1::date AND ($6::uuid IS NULL OR r.id = $6)) running
   WHERE $1::date >= target_on - CASE urgency WHEN 'urgent' THEN $4::int ELSE $5::int END
  ON CONFLICT DO NOTHING
  RETURNING 1`;

async function handSql(pool, referralId) {
  const c = await pool.connect();
  try {
    await c.query('START TRANSACTION');
    const { rows } = await c.query(
      `SELECT child_id, stage, access_completed_on, assessment_completed_on, discharged_on FROM referral WHERE id = $1 FOR UPDATE`,
      [referralId],
    );
    let outcome = 'referral-missing';
    if (rows.length === 1) {
      outcome = rows[0].stage !== 'access' ? 'obsolete' : (await c.query(MARK_ACCESS, [todayInLondon(), 28, 91, 7, 14, referralId])).rowCount > 0 ? 'done' : 'already-done';
    }
    await c.query(`UPDATE outbox_message SET processed_at = now() WHERE job_id = $1 AND processed_at IS NULL`, [jobId(referralId)]);
    await c.query('COMMIT');
    return outcome;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

async function rawWorker(mode, prefix) {
  // The app's pool: 10 connections acting as the runtime role (persistence data-source.ts).
  const pool = mode === 'hand-sql' ? new pg.Pool({ connectionString: DATABASE_URL, max: 10, options: '-c role=camhs_app' }) : null;
  const body = pool ? (job) => handSql(pool, job.data.referralId) : async () => null;
  const worker = new Worker('access', body, { connection: redisConnection(), prefix, concurrency: CONCURRENCY });
  worker.on('error', (e) => console.error(`[raw worker] ${e.message}`));
  await worker.waitUntilReady();
  process.stdout.write('[raw worker] ready\n');
  process.once('SIGTERM', async () => {
    await worker.close();
    await pool?.end();
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------------------
// The benchmark

/**
 * N referrals received 100 days ago, in access, each with its check-access-clock intent in the outbox (as
 * registration writes it). `dispatched`: the intents are marked as already relayed (the jobs are added to the
 * queue by the benchmark), otherwise the worker's relay finds them. One transaction; returns the referral ids.
 */
async function registerReferrals(c, tag, n, dispatched) {
  const { rows } = await c.query(
    `WITH kids AS (
       INSERT INTO child (given_name, family_name, date_of_birth)
       SELECT 'Throughputia', 'Jobbench-' || $1 || '-' || g, DATE '2012-03-04' + (g % 2000) FROM generate_series(1, $2::int) g RETURNING id),
     refs AS (
       INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on)
       SELECT k.id, a.id, t.id, 'gp', 'routine', $3::date - 100 FROM kids k, area a, team t WHERE a.code = 'leicestershire' AND t.code = $4
       RETURNING id),
     intents AS (
       INSERT INTO outbox_message (queue, job_name, job_id, payload, dispatched_at, dispatch_count)
       SELECT 'access', $5, 'access-clock-' || id, jsonb_build_object('referralId', id::text), CASE WHEN $6 THEN now() END, CASE WHEN $6 THEN 1 ELSE 0 END
         FROM refs RETURNING 1)
     SELECT id, (SELECT count(*) FROM intents) AS intents FROM refs`,
    [tag, n, todayInLondon(), TEAM, JOB_NAME, dispatched],
  );
  if (rows.length !== n || Number(rows[0].intents) !== n) throw new Error(`registered ${rows.length} referrals, ${rows[0]?.intents} intents; expected ${n}`);
  return rows.map((r) => r.id);
}

async function waitForLine(file, text, child, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${file}: the process exited (${child.exitCode}): ${readFileSync(file, 'utf8').slice(-2000)}`);
    if (readFileSync(file, 'utf8').includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${file}: no '${text}' within ${timeoutMs / 1000} s`);
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(t);
}

/** Start the variant's worker process on its prefix; resolves once it is ready (and, for ours, idle). */
async function startWorker(variant, prefix, logFile) {
  const out = openSync(logFile, 'w');
  const ours = variant.startsWith('ours');
  const child = ours
    ? spawn(process.execPath, ['dist/apps/worker/main.js'], {
        env: {
          ...process.env, NODE_ENV: 'production', DATABASE_URL, QUEUE_BACKEND: 'redis', REDIS_URL, QUEUE_PREFIX: prefix,
          WORKER_CONCURRENCY: String(CONCURRENCY), LOG_SQL: 'false',
        },
        stdio: ['ignore', out, out],
      })
    : spawn(process.execPath, [fileURLToPath(import.meta.url), '--raw-worker', variant, prefix], { env: process.env, stdio: ['ignore', out, out] });
  closeSync(out);
  await waitForLine(logFile, ours ? '[worker] processing queues' : '[raw worker] ready', child);
  return child;
}

/** Wait until no queue under the prefix has a job waiting or running (the worker's start-up runs are done), 1 s in a row. */
async function waitIdle(queues, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  let quietSince = null;
  while (Date.now() < until) {
    const counts = await Promise.all(queues.map((q) => q.getJobCounts('active', 'waiting', 'prioritized')));
    const busy = counts.reduce((s, c) => s + c.active + c.waiting + c.prioritized, 0);
    if (busy === 0) {
      quietSince ??= Date.now();
      if (Date.now() - quietSince >= 1000) return;
    } else quietSince = null;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the worker did not become idle');
}

/** Poll (every 200 ms, cheap) until N more jobs of the access queue have completed or failed. */
async function waitForJobs(queue, before, n, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const c = await queue.getJobCounts('completed', 'failed');
    if (c.completed + c.failed - before >= n) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`jobs not done within ${timeoutMs / 1000} s`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

/** One variant, one round: returns its figures. */
async function runVariant(variant, round, c) {
  const prefix = `${PREFIX}_${variant.replace('-', '_')}_r${round}`;
  const logFile = join(tmpdir(), `bench-jobs-${variant}-r${round}.log`);
  const child = await startWorker(variant, prefix, logFile);
  const queues = QUEUES.map((name) => new Queue(name, { connection: redisConnection(), prefix, defaultJobOptions: JOB_OPTIONS }));
  const access = queues[0];
  try {
    if (variant.startsWith('ours')) await waitIdle(queues);
    const needsReferrals = variant !== 'noop';
    const tag = `${variant}-r${round}`;
    await c.query('ANALYZE child, referral, outbox_message, clock_flag');
    const before = await access.getJobCounts('completed', 'failed');
    const beforeDone = before.completed + before.failed;
    let cpu0;
    let m0;
    let s0;
    let own0;
    let released;
    let ids;
    if (variant === 'ours-outbox') {
      // Once this transaction commits the relay (polling every 500 ms) moves the intents to the queue.
      ids = await registerReferrals(c, tag, N, false);
      released = Date.now();
      cpu0 = processCpuMs(child.pid);
      s0 = serviceCpuMs(DB);
      own0 = ownCpuMs();
      m0 = machineJiffies();
    } else {
      ids = needsReferrals ? await registerReferrals(c, tag, N, true) : Array.from({ length: N }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
      await access.pause();
      await access.addBulk(ids.map((referralId) => ({ name: JOB_NAME, data: { referralId }, opts: { ...JOB_OPTIONS, jobId: jobId(referralId) } })));
      cpu0 = processCpuMs(child.pid);
      s0 = serviceCpuMs(DB);
      own0 = ownCpuMs();
      m0 = machineJiffies();
      released = Date.now();
      await access.resume();
    }
    await waitForJobs(access, beforeDone, N, Math.max(300_000, N * 100));
    const cpu1 = processCpuMs(child.pid);
    const s1 = serviceCpuMs(DB);
    const own1 = ownCpuMs();
    const m1 = machineJiffies();
    const doneAt = Date.now();
    const wanted = new Set(ids.map(jobId));
    const jobs = (await access.getJobs(['completed', 'failed'], 0, -1)).filter((j) => j && wanted.has(j.id));
    const failed = jobs.filter((j) => j.failedReason);
    if (jobs.length !== N) throw new Error(`${variant}: found ${jobs.length} of the ${N} jobs`);
    if (failed.length) throw new Error(`${variant}: ${failed.length} jobs failed, e.g. ${failed[0].failedReason}`);
    const outcomes = {};
    for (const j of jobs) outcomes[String(j.returnvalue)] = (outcomes[String(j.returnvalue)] ?? 0) + 1;
    if (needsReferrals && outcomes.done !== N) throw new Error(`${variant}: expected every job to flag its referral ('done'), got ${JSON.stringify(outcomes)}`);
    if (needsReferrals) {
      const { rows } = await c.query(
        `SELECT count(*)::int AS flags, (SELECT count(*)::int FROM outbox_message WHERE job_id = ANY($2) AND processed_at IS NOT NULL) AS processed
           FROM clock_flag WHERE referral_id = ANY($1::uuid[]) AND clock = 'access' AND state = 'breached'`,
        [ids, [...wanted]],
      );
      if (rows[0].flags !== N || rows[0].processed !== N) throw new Error(`${variant}: ${rows[0].flags} flags and ${rows[0].processed} intents processed; expected ${N} of each`);
    }
    const finished = jobs.map((j) => j.finishedOn).sort((a, b) => a - b);
    const spanMs = finished[N - 1] - finished[0];
    return {
      variant,
      round,
      jobsPerSecond: ((N - 1) * 1000) / spanMs,
      wallMs: finished[N - 1] - released,
      firstAfterMs: finished[0] - released,
      jobMsP50: pct(jobs.map((j) => j.finishedOn - j.processedOn), 0.5),
      jobMsP95: pct(jobs.map((j) => j.finishedOn - j.processedOn), 0.95),
      workerCpuMsPerJob: (cpu1 - cpu0) / N,
      postgresCpuMsPerJob: (s1.postgres - s0.postgres) / N,
      redisCpuMsPerJob: (s1.redis - s0.redis) / N,
      machineBusy: busyShare(m0, m1),
      // CPU the machine spent on anything but this run (other users of the machine), in cores.
      othersCores: (busyMs(m0, m1) - (cpu1 - cpu0) - (s1.postgres - s0.postgres) - (s1.redis - s0.redis) - (own1 - own0)) / (doneAt - released),
    };
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    await stop(child);
    if (!KEEP) rmSync(logFile, { force: true });
  }
}

async function main() {
  if (!(N >= 2 && N <= 9000)) throw new Error('BENCH_N must be between 2 and 9000 (the queue keeps the last 10,000 completed jobs)');
  const redis = new Redis(REDIS_URL);
  await clearKeys(redis, `${PREFIX}_*`);
  await freshDatabase(DB);
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  const results = [];
  try {
    await c.query(`INSERT INTO team (code, name) VALUES ($1, 'Benchmark jobs team')`, [TEAM]);
    console.log(`job throughput benchmark — ${machine()}`);
    console.log(`N = ${N} check-access-clock jobs per run, concurrency ${CONCURRENCY}, ${ROUNDS} rounds (order rotated)\n`);
    console.log(`${'variant'.padEnd(12)} round   jobs/s  first→last  release→last  job p50/p95 ms  CPU ms/job: worker postgres redis  machine busy  others (cores)`);
    for (let round = 1; round <= ROUNDS; round++) {
      for (let k = 0; k < VARIANTS.length; k++) {
        const variant = VARIANTS[(k + round - 1) % VARIANTS.length];
        const r = await runVariant(variant, round, c);
        results.push(r);
        console.log(
          `${variant.padEnd(12)} ${String(round).padStart(5)} ${r.jobsPerSecond.toFixed(0).padStart(8)} ${(((N - 1) * 1000) / r.jobsPerSecond / 1000).toFixed(2).padStart(9)} s ${(r.wallMs / 1000).toFixed(2).padStart(11)} s ${`${r.jobMsP50}/${r.jobMsP95}`.padStart(15)} ${r.workerCpuMsPerJob.toFixed(2).padStart(18)} ${r.postgresCpuMsPerJob.toFixed(2).padStart(8)} ${r.redisCpuMsPerJob.toFixed(2).padStart(5)} ${`${(r.machineBusy * 100).toFixed(0)}%`.padStart(13)} ${r.othersCores.toFixed(2).padStart(15)}`,
        );
      }
    }
    const med = Object.fromEntries(VARIANTS.map((v) => [v, median(results.filter((r) => r.variant === v).map((r) => r.jobsPerSecond))]));
    const cpu = (v, key) => median(results.filter((r) => r.variant === v).map((r) => r[key])).toFixed(2);
    console.log(`\nmedian over ${ROUNDS} rounds: jobs/s (CPU ms per job: worker process, postgres, redis-server)`);
    for (const v of VARIANTS) console.log(`  ${v.padEnd(12)} ${med[v].toFixed(0).padStart(7)}  (${cpu(v, 'workerCpuMsPerJob')}, ${cpu(v, 'postgresCpuMsPerJob')}, ${cpu(v, 'redisCpuMsPerJob')})`);
    const ratio = (a, b) => `${((med[a] / med[b]) * 100).toFixed(1)}%`;
    console.log(`\nratios of the medians:`);
    console.log(`  ours / noop          ${ratio('ours', 'noop')}   ← the issue's goal (≥ 80%): ${med.ours / med.noop >= 0.8 ? 'met' : `NOT met (${(0.8 / (med.ours / med.noop)).toFixed(1)}× short)`}`);
    console.log(`  ours-outbox / noop   ${ratio('ours-outbox', 'noop')}`);
    console.log(`  ours / hand-sql      ${ratio('ours', 'hand-sql')}   (the framework's share: same SQL, by hand with pg)`);
    console.log(`  ours-outbox / hand-sql ${ratio('ours-outbox', 'hand-sql')}`);
    console.log(`  hand-sql / noop      ${ratio('hand-sql', 'noop')}   (the database work's share)`);
  } finally {
    await c.end();
    if (KEEP) console.log(`kept (BENCH_KEEP=1): database ${DB}, Redis keys ${PREFIX}_*`);
    else {
      await admin(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
      await clearKeys(redis, `${PREFIX}_*`);
    }
    redis.disconnect();
  }
}

if (process.argv[2] === '--raw-worker') {
  rawWorker(process.argv[3], process.argv[4]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
