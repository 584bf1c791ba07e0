#!/usr/bin/env node
// `npm start`: the whole product on one machine — database (local or embedded), migrations,
// api, worker and the web app — with one Ctrl-C to stop it all.
// Options (environment): DATABASE_URL (or `embedded`), QUEUE_BACKEND=redis|postgres, REDIS_URL,
// API_PORT (3000), WEB_PORT (4200), QUEUE_PREFIX, START_EPHEMERAL=1 (drop the database on exit; tests),
// START_DEMO_USERS=0 (do not create the demonstration users; they are never created in production),
// START_DEMO_DATA=0 (do not fill an empty database with the demonstration service; never in production).
import { spawn, spawnSync } from 'node:child_process';
import { ROOT, resolveDatabase, resolveQueue } from './services.mjs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NG_CLI_ANALYTICS: 'false', npm_config_loglevel: 'error' };
const apiPort = Number(env.API_PORT || 3000);
const webPort = Number(env.WEB_PORT || 4200);
const databaseName = env.DATABASE_NAME || 'camhs_ptl';
const children = [];
let database;
let queueBackend;
let stopping = false;

function say(msg) {
  console.log(`[start] ${msg}`);
}

function run(label, cmd, args, extraEnv) {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((l) => l.trim())
      .forEach((l) => console.log(`[${label}] ${l}`));
  child.stdout.on('data', prefix);
  child.stderr.on('data', prefix);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${label} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping everything`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, what, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const c of children) {
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  await new Promise((r) => setTimeout(r, 1500));
  let kept = false;
  if (env.START_EPHEMERAL === '1' && database && env.KEEP_TEST_DATA === '1' && database.kind !== 'embedded') {
    // `npm test`: keep the database and Redis keys for the leak scan, which drops them afterwards
    // (tools/test/run-all.mjs). An embedded server stops below, so its database is dropped as usual.
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const dir = `${ROOT}/tmp/test-results`;
    const run = {
      tier: 'e2e',
      databaseUrl: database.url,
      databaseKind: database.kind,
      databaseKept: true,
      redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
      queuePrefix: env.QUEUE_PREFIX,
      writtenAt: new Date().toISOString(),
    };
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/e2e-run.json`, `${JSON.stringify(run, null, 2)}\n`);
      say(`KEEP_TEST_DATA=1: kept the database and queue prefix ${env.QUEUE_PREFIX} for the leak scan (${dir}/e2e-run.json)`);
      kept = true;
    } catch (e) {
      say(`could not record the kept test data (${e.message}); dropping the database`);
    }
  }
  if (env.START_EPHEMERAL === '1' && database && !kept) {
    const { default: pg } = await import('pg');
    const url = new URL(database.url);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect().then(() => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => undefined);
    await client.end().catch(() => undefined);
    if (queueBackend === 'redis' && env.QUEUE_PREFIX) {
      const { default: kept } = await import('../test/kept-test-data.js');
      await kept.deleteRedisKeys(env.REDIS_URL || 'redis://127.0.0.1:6379', env.QUEUE_PREFIX).catch(() => undefined);
    }
  }
  await database?.stop().catch(() => undefined);
  process.exit(code);
}

/** A database with no referrals gets the demonstration service, so the first start shows a living system. */
async function seedDemoDataIfEmpty(appEnv) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: appEnv.DATABASE_URL });
  await client.connect();
  let referrals;
  try {
    referrals = (await client.query('SELECT count(*)::int AS n FROM referral')).rows[0].n;
  } finally {
    await client.end().catch(() => undefined);
  }
  if (referrals > 0) {
    say(`the database holds ${referrals} referral(s): no demonstration data added`);
    return;
  }
  say('the database holds no referrals: adding the demonstration service (fictional children; START_DEMO_DATA=0 skips this)…');
  const d = spawnSync('node', ['dist/apps/cli/main.js', 'demo:seed'], { cwd: ROOT, env: { ...env, ...appEnv }, encoding: 'utf8' });
  if (d.status !== 0) throw new Error(`adding the demonstration data failed:\n${d.stdout}${d.stderr}`);
  for (const line of d.stdout.split('\n').filter((l) => l.trim())) say(line);
}

async function main() {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  database = await resolveDatabase(env, { databaseName });
  const queue = await resolveQueue(env, database);
  queueBackend = queue.backend;
  const appEnv = {
    DATABASE_URL: database.url,
    QUEUE_BACKEND: queue.backend,
    REDIS_URL: queue.redisUrl,
    API_PORT: String(apiPort),
    NODE_ENV: env.NODE_ENV || 'development',
  };
  const where = { local: 'the machine’s PostgreSQL', configured: 'DATABASE_URL', embedded: 'embedded PostgreSQL (data in .data/postgres)' };
  say(`database: ${where[database.kind]} — ${database.url.replace(/:[^:@/]+@/, ':***@')}`);
  say(`queue backend: ${queue.backend === 'redis' ? `Redis at ${queue.redisUrl}` : 'BullMQ on PostgreSQL (no Redis needed)'}`);

  if (env.START_SKIP_BUILD !== '1') {
    say('building api, worker and cli…');
    const b = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'cli', '--parallel=3', '--outputStyle=static'], {
      cwd: ROOT,
      env,
      stdio: 'inherit',
    });
    if (b.status !== 0) throw new Error('build failed');
  }
  const m = spawnSync('node', ['dist/apps/cli/main.js', 'migrate'], { cwd: ROOT, env: { ...env, ...appEnv }, stdio: 'inherit' });
  if (m.status !== 0) throw new Error('migrations failed');
  let demoUsers = '';
  if (appEnv.NODE_ENV !== 'production' && env.START_DEMO_USERS !== '0') {
    // Demonstration accounts, one per role, so a newcomer can sign in at once. Never in production.
    const d = spawnSync('node', ['dist/apps/cli/main.js', 'users:seed-demo'], { cwd: ROOT, env: { ...env, ...appEnv }, encoding: 'utf8' });
    if (d.status !== 0) throw new Error(`creating the demonstration users failed:\n${d.stdout}${d.stderr}`);
    demoUsers = d.stdout;
  }

  if (appEnv.NODE_ENV !== 'production' && env.START_DEMO_DATA !== '0') await seedDemoDataIfEmpty(appEnv);

  run('api', 'node', ['dist/apps/api/main.js'], appEnv);
  run('worker', 'node', ['dist/apps/worker/main.js'], appEnv);
  run('web', 'npx', ['nx', 'serve', 'web', `--port=${webPort}`], { API_PORT: String(apiPort) });

  await waitFor(`http://127.0.0.1:${apiPort}/api/health`, 'the API', 90_000);
  await waitFor(`http://127.0.0.1:${webPort}/`, 'the web app', 180_000);
  console.log(`
  CAMHS Waiting List Tracker is running.
    Staff web app:  http://localhost:${webPort}
    API:            http://localhost:${apiPort}/api  (OpenAPI: /api/docs)
  Press Ctrl-C to stop.
${demoUsers}`);
}

main().catch((e) => {
  console.error(`[start] ${e.message}`);
  void shutdown(1);
});
