// The system under test for `npm run chaos`: its own database and Redis key prefix, a snapshot of the
// built api, worker and cli (so a rebuild by someone else mid-run changes nothing), and real api and
// worker processes that a scenario can start, kill -9 and SIGTERM. Loopback only.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { ROOT, redisAnswers, resolveDatabase } from '../../dev/services.mjs';

const require = createRequire(import.meta.url);
const { dropDatabase, deleteRedisKeys } = require('../../test/kept-test-data.js');

export { deleteRedisKeys };

/** Ports 3340–3349 belong to the chaos suite: the api takes the first free one, the private Redis the first free from 3341. */
const API_PORTS = [3340, 3342, 3343, 3344, 3345];
const REDIS_PORTS = [3341, 3346, 3347, 3348, 3349];

/** The first of `ports` nobody listens on (something else on the machine may hold one for a while). */
async function freePort(ports) {
  for (const port of ports) {
    const free = await new Promise((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`none of the ports ${ports.join(', ')} is free`);
}

/** application_name of the processes the suite starts: the PostgreSQL outage cuts exactly these. */
export const APP_NAMES = { api: 'chaos-api', worker: 'chaos-worker', harness: 'chaos-harness' };

const PASSWORD = 'chaos-suite-password-not-a-secret';

/**
 * A chaos run: a fresh database, a Redis prefix and a folder for logs. Nothing here touches
 * anything that is not this run's (other databases, other prefixes, the machine's services).
 */
export async function createRun() {
  const id = `chaos_${Date.now().toString(36)}_${process.pid}`;
  const dir = join(ROOT, 'tmp', 'chaos', id);
  const logDir = join(dir, 'logs');
  mkdirSync(logDir, { recursive: true });
  for (const app of ['api', 'worker', 'cli']) {
    const from = join(ROOT, 'dist', 'apps', app, 'main.js');
    if (!existsSync(from)) throw new Error(`${from} is missing: build first (npm run chaos builds api, worker and cli)`);
    mkdirSync(join(dir, 'dist', app), { recursive: true });
    cpSync(from, join(dir, 'dist', app, 'main.js'));
  }
  const db = await resolveDatabase({ ...process.env }, { databaseName: id, dataDir: join(ROOT, '.data', 'postgres-chaos'), port: 54331 });
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const run = {
    id,
    dir,
    logDir,
    databaseUrl: db.url,
    database: db,
    redisUrl,
    redisAvailable: await redisAnswers(redisUrl),
    processes: new Set(),
    prefixes: new Set(),
  };
  return run;
}

/** Create and migrate the run's database (the built cli; it creates the database when missing). */
export function migrate(run) {
  const r = spawnSync(process.execPath, [join(run.dir, 'dist', 'cli', 'main.js'), 'migrate'], {
    env: baseEnv(run, `${run.id}_cli`),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`migrating ${run.id} failed:\n${r.stdout}${r.stderr}`);
}

/** A user through the cli (hashed password, teams by code); all share one password. */
export function createUser(run, username, roles, teams = []) {
  const args = ['users:create', '--username', username, '--roles', roles.join(','), '--password-stdin'];
  if (teams.length) args.push('--teams', teams.join(','));
  const r = spawnSync(process.execPath, [join(run.dir, 'dist', 'cli', 'main.js'), ...args], {
    env: baseEnv(run, `${run.id}_cli`),
    input: `${PASSWORD}\n`,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`creating user ${username} failed:\n${r.stdout}${r.stderr}`);
  return { username, password: PASSWORD };
}

/** Environment of every process of the run; `prefix` is its Redis key prefix (one per scenario). */
function baseEnv(run, prefix, extra = {}) {
  run.prefixes.add(prefix);
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    DATABASE_URL: run.databaseUrl,
    QUEUE_BACKEND: 'redis',
    REDIS_URL: run.redisUrl,
    QUEUE_PREFIX: prefix,
    OUTBOX_POLL_MS: '200',
    // A dispatched intent whose job vanished (Redis flushed) is relayed again after 10 s instead of
    // the production 2 minutes, so a scenario can wait for it; the mechanism is the same.
    OUTBOX_REDISPATCH_AFTER_MS: '10000',
    SIGN_IN_RATE_PER_MINUTE: '10000',
    ...extra,
  };
}

let serial = 0;

/**
 * Start a built app as a real process; resolves once it says it is ready (or rejects with its output).
 * `ready` false: resolve at once (a scenario that kills it during start-up).
 */
function startProcess(run, app, name, env, readyLine, { ready = true } = {}) {
  const logFile = join(run.logDir, `${String(++serial).padStart(3, '0')}-${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [join(run.dir, 'dist', app, 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const collect = (d) => {
    out += d;
    if (out.length > 200_000) out = out.slice(-100_000);
    log.write(d);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const proc = {
    name,
    child,
    pid: child.pid,
    logFile,
    exit: null,
    output: () => out,
    get alive() {
      return proc.exit === null;
    },
  };
  proc.exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      proc.exit = { code, signal };
      run.processes.delete(proc);
      log.end();
      resolve(proc.exit);
    }),
  );
  /** SIGKILL: no shutdown hooks; in-flight jobs abandoned mid-transaction. */
  proc.kill9 = async () => {
    if (proc.alive) child.kill('SIGKILL');
    return proc.exited;
  };
  /** SIGTERM, then wait (SIGKILL after `graceMs`); resolves with how it ended and how long it took. */
  proc.term = async (graceMs = 30_000) => {
    const started = Date.now();
    if (proc.alive) child.kill('SIGTERM');
    const timer = setTimeout(() => proc.alive && child.kill('SIGKILL'), graceMs);
    const exit = await proc.exited;
    clearTimeout(timer);
    return { ...exit, ms: Date.now() - started };
  };
  run.processes.add(proc);
  if (!ready) return Promise.resolve(proc);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${out.slice(-3000)}`)), 60_000);
    const check = setInterval(() => {
      if (out.includes(readyLine)) {
        clearTimeout(timer);
        clearInterval(check);
        resolve(proc);
      }
    }, 25);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(check);
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready:\n${out.slice(-3000)}`));
    });
  });
}

/** Start the api on a free port of the suite's; `api.base` is its address (…/api). */
export async function startApi(run, { prefix, redisUrl, name = 'api' }) {
  const port = await freePort(API_PORTS);
  const env = baseEnv(run, prefix, { API_PORT: String(port), API_HOST: '127.0.0.1', PGAPPNAME: APP_NAMES.api, ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
  const api = await startProcess(run, 'api', name, env, '[api] listening on');
  api.base = `http://127.0.0.1:${port}/api`;
  return api;
}

export function startWorker(run, { prefix, redisUrl, name = 'worker', ready = true }) {
  const env = baseEnv(run, prefix, { PGAPPNAME: APP_NAMES.worker, ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
  return startProcess(run, 'worker', name, env, '[worker] processing queues', { ready });
}

/** A pg client of the harness itself (its application_name keeps it out of the outage). */
export async function harnessClient(run, database = true) {
  const url = new URL(run.databaseUrl);
  if (!database) url.pathname = '/postgres';
  const c = new pg.Client({ connectionString: url.toString(), application_name: APP_NAMES.harness });
  await c.connect();
  return c;
}

/** Start a private redis-server on a free port of the suite's (no persistence), or null when none is installed. */
export async function startPrivateRedis(run) {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const port = await freePort(REDIS_PORTS);
  const dir = join(run.dir, `redis-${port}`);
  mkdirSync(dir, { recursive: true });
  const start = async () => {
    const child = spawn(which.stdout.trim(), ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--maxmemory-policy', 'noeviction'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(join(run.logDir, `redis-${port}.log`), { flags: 'a' });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    for (let i = 0; i < 100; i++) {
      if (await redisAnswers(`redis://127.0.0.1:${port}`)) return { child, exited };
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    throw new Error(`redis-server on port ${port} did not start`);
  };
  let current = await start();
  const server = {
    url: `redis://127.0.0.1:${port}`,
    /** Stop it hard (its data goes: no persistence) and start it again, empty. Returns ms it was down. */
    async restart(downMs) {
      const t = Date.now();
      current.child.kill('SIGKILL');
      await current.exited;
      await new Promise((r) => setTimeout(r, downMs));
      current = await start();
      return Date.now() - t;
    },
    async stop() {
      current.child.kill('SIGKILL');
      await current.exited;
    },
  };
  run.privateRedis = server;
  return server;
}

/** Stop every process, drop the database and delete the run's Redis keys; the logs go unless kept. */
export async function cleanUp(run, { keepLogs }) {
  const problems = [];
  await Promise.all([...run.processes].map((p) => p.kill9()));
  await run.privateRedis?.stop().catch((e) => problems.push(`stopping the private redis-server: ${e.message}`));
  try {
    await dropDatabase(run.databaseUrl);
  } catch (e) {
    problems.push(`dropping database ${run.id}: ${e.message}`);
  }
  if (run.redisAvailable) {
    try {
      await deleteRedisKeys(run.redisUrl, run.id);
    } catch (e) {
      problems.push(`deleting Redis keys ${run.id}*: ${e.message}`);
    }
  }
  await run.database.stop().catch(() => undefined);
  if (keepLogs) rmSync(join(run.dir, 'dist'), { recursive: true, force: true });
  else rmSync(run.dir, { recursive: true, force: true });
  return problems;
}
