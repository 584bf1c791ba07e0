#!/usr/bin/env node
// Benchmark 4 of issue 7: Redis memory for the duty schedule. Goal: ≤ 5% of the naive design.
// - Naive (the baseline): one delayed BullMQ job per waiting child until their next review, as the
//   architecture forbids. BENCH_CHILDREN (default 1,000,000) such jobs are really added under a
//   throwaway prefix (ids like the product's: child UUIDs, due dates over the next 182 days, the
//   product's default job options), measured, then deleted.
// - Ours: the schedule lives in PostgreSQL; Redis holds the duty queue's job schedulers and a bounded
//   history of their runs. Measured by running the built worker (dist/apps/worker/main.js) under its
//   own prefix against a copy of the national database (~514,000 children waiting) and against an
//   empty one, until the duty day it runs at start-up has completed; then the worker is stopped and
//   its keys deleted. Its steady state is bounded by the retention settings, computed from the
//   measured size of one run.
// Memory is the sum of MEMORY USAGE (SAMPLES 0) over the prefix's keys — exact and unaffected by
// others' use of the same Redis — with INFO used_memory before and after as a cross-check.
// Run with `npm run bench:redis-memory` (builds worker and cli). Env: BENCH_CHILDREN, REDIS_URL.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { NATIONAL_DB, admin, cli, dbUrl, dropDatabase, dropUnlessKept, ensureNationalDb, machine, requireBuilt } from './bench-kit.mjs';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 1_000_000);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const STAMP = Date.now().toString(36);
/** The product's default job options (libs/server/queues/src/lib/job-options.ts). */
const DEFAULT_JOB_OPTIONS = { attempts: 8, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 } };
/** Retention bounds of the duty queue (same file): completed jobs kept ≤ 10,000; BullMQ trims its events stream to ~10,000. */
const RETAINED_RUNS = 10_000;
const MB = 2 ** 20;
/** BullMQ's own keys of a queue (anything else under `<prefix>:<queue>:` is a job's hash or its logs). */
const QUEUE_KEYS = new Set(['wait', 'paused', 'meta', 'id', 'delayed', 'active', 'completed', 'failed', 'events', 'repeat', 'stalled', 'stalled-check', 'limiter', 'marker', 'prioritized', 'pc', 'de', 'schedulers']);

const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });

async function usedMemory() {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)[1]);
}

/** Every key under `pattern` with its MEMORY USAGE, summed (and per key type). */
async function keysUsage(pattern) {
  let cursor = '0';
  let bytes = 0;
  let keys = 0;
  const byKind = {};
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 2000);
    cursor = next;
    if (!batch.length) continue;
    const p = redis.pipeline();
    for (const k of batch) p.memory('USAGE', k, 'SAMPLES', 0);
    const sizes = await p.exec();
    batch.forEach((k, i) => {
      const size = Number(sizes[i][1] ?? 0);
      const part = k.split(':')[2];
      const kind = QUEUE_KEYS.has(part) ? part : 'jobs';
      bytes += size;
      keys++;
      byKind[kind] = (byKind[kind] ?? 0) + size;
    });
  } while (cursor !== '0');
  return { bytes, keys, byKind };
}

async function deleteKeys(pattern) {
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 5000);
    cursor = next;
    if (batch.length) await redis.unlink(...batch);
  } while (cursor !== '0');
}

/** The naive design: one delayed job per waiting child until their next review. */
async function naive() {
  const prefix = `bench_naive_${STAMP}`;
  const queue = new Queue('duty', { connection: redis, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  const before = await usedMemory();
  const started = performance.now();
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  try {
    for (let done = 0; done < CHILDREN; ) {
      const batch = [];
      for (let i = 0; i < 2000 && done < CHILDREN; i++, done++) {
        const childId = randomUUID();
        const dueOn = new Date(today + (1 + (done % 182)) * 86_400_000).toISOString().slice(0, 10);
        batch.push({ name: 'duty-review', data: { childId, dueOn }, opts: { jobId: `duty-review-${childId}-${dueOn}`, delay: Date.parse(`${dueOn}T06:00:00Z`) - Date.now() } });
      }
      await queue.addBulk(batch);
    }
    const addSeconds = (performance.now() - started) / 1000;
    const after = await usedMemory();
    const usage = await keysUsage(`${prefix}:*`);
    return { prefix, addSeconds, info: after - before, ...usage };
  } finally {
    await queue.close();
    await deleteKeys(`${prefix}:*`);
  }
}

/** Ours: the real worker under its own prefix on `databaseUrl`, until its start-up duty day has completed. */
async function ours(databaseUrl, label) {
  const prefix = `bench_ours_${label}_${STAMP}`;
  const before = await usedMemory();
  const started = performance.now();
  const env = { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, QUEUE_BACKEND: 'redis', REDIS_URL, QUEUE_PREFIX: prefix, LOG_SQL: 'false' };
  const worker = spawn(process.execPath, ['dist/apps/worker/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (;;) {
      const done = await redis.zrange(`${prefix}:duty:completed`, 0, -1);
      const failed = await redis.zrange(`${prefix}:duty:failed`, 0, -1);
      if (failed.some((id) => id.startsWith('duty-day'))) throw new Error(`the duty day failed under ${prefix}`);
      if (done.some((id) => id.startsWith('duty-day'))) break;
      if (performance.now() - started > 20 * 60_000) throw new Error('the duty day did not complete within 20 minutes');
      if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode})`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const seconds = (performance.now() - started) / 1000;
    const duty = await keysUsage(`${prefix}:duty:*`);
    const all = await keysUsage(`${prefix}:*`);
    const events = await redis.xlen(`${prefix}:duty:events`);
    const runs = await redis.zrange(`${prefix}:duty:completed`, 0, -1);
    const runSizes = await Promise.all(runs.map(async (id) => Number(await redis.memory('USAGE', `${prefix}:duty:${id}`, 'SAMPLES', 0))));
    const jobBytes = Math.max(0, ...runSizes);
    return { prefix, seconds, info: (await usedMemory()) - before, duty, all, completed: runs.length, jobBytes, events };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
    await deleteKeys(`${prefix}:*`);
  }
}

const mb = (b) => `${(b / MB).toFixed(2)} MB`;

async function main() {
  requireBuilt('worker', 'cli');
  console.log(`duty schedule in Redis — ${machine()}; ${(await redis.info('server')).match(/redis_version:(\S+)/)[1]} at ${REDIS_URL}`);
  const made = await ensureNationalDb();
  const copy = `camhs_bench_redis_${STAMP}`;
  const empty = `camhs_bench_redis_empty_${STAMP}`;
  try {
    let t = performance.now();
    await admin(`CREATE DATABASE ${copy} TEMPLATE ${NATIONAL_DB}`);
    console.log(`copied ${NATIONAL_DB} for the worker in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    cli(['migrate'], { env: { ...process.env, DATABASE_URL: dbUrl(empty) } });

    t = performance.now();
    const n = await naive();
    console.log(`\nnaive: ${CHILDREN} delayed jobs added in ${n.addSeconds.toFixed(0)} s: ${n.keys} keys, ${mb(n.bytes)} by MEMORY USAGE (${mb(n.bytes / CHILDREN * 1e6)} per million children); INFO used_memory +${mb(n.info)}`);
    console.log(`  by key: ${Object.entries(n.byKind).map(([k, v]) => `${k} ${mb(v)}`).join(', ')}; deleted`);

    const national = await ours(dbUrl(copy), 'national');
    const none = await ours(dbUrl(empty), 'empty');
    for (const [what, o] of [['national (514k children waiting)', national], ['empty database', none]]) {
      console.log(`\nours, ${what}: duty day done ${o.seconds.toFixed(0)} s after start; duty queue ${o.duty.keys} keys, ${mb(o.duty.bytes)}; all queues ${o.all.keys} keys, ${mb(o.all.bytes)}; INFO used_memory +${mb(o.info)}`);
      console.log(`  duty keys: ${Object.entries(o.duty.byKind).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KiB`).join(', ')}; ${o.completed} completed runs, the largest ${o.jobBytes} B; ${o.events} events`);
    }
    // Steady state at worst: the retained runs at their measured size, and the events stream at its cap (its size per entry as measured).
    const eventsPerEntry = (national.duty.byKind.events ?? 0) / Math.max(1, national.events);
    const bound = national.duty.bytes + RETAINED_RUNS * national.jobBytes + RETAINED_RUNS * Math.max(eventsPerEntry, 200);
    const perMillion = n.bytes / CHILDREN * 1e6;
    console.log(`\nratio ours / naive (per million children): after start-up ${(100 * national.duty.bytes / perMillion).toFixed(3)}%; at the retention bound (${RETAINED_RUNS} runs kept, events capped) ≤ ${mb(bound)} = ${(100 * bound / perMillion).toFixed(2)}%`);
    console.log(`goal ≤ 5% → ${bound <= 0.05 * perMillion ? 'met' : 'NOT met'} (even at the bound); ours does not grow with the children: ${mb(none.duty.bytes)} with none, ${mb(national.duty.bytes)} with 514k`);
  } finally {
    await dropDatabase(copy);
    await dropDatabase(empty);
    if (made) await dropUnlessKept(NATIONAL_DB);
    redis.disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
