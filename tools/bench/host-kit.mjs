// Shared pieces of the throughput and load benchmarks (job-throughput.mjs, api-load.mjs): the database server,
// the built CLI, Redis keys, the machine's description, and CPU accounting from Linux /proc (where a request's
// or a job's time goes on the machine).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';

export const SERVER = process.env.PGHOST_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const KEEP = process.env.BENCH_KEEP === '1';

/** One statement on the server's maintenance database (CREATE/DROP DATABASE). */
export async function admin(sql) {
  const c = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A fresh, migrated database of this name (dropped first if it exists); returns its URL. */
export async function freshDatabase(name) {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = `${SERVER}/${name}`;
  cli(url, ['migrate']);
  return url;
}

/** Run the built CLI against a database (throws with its output on failure). */
export function cli(databaseUrl, args, input) {
  const r = spawnSync(process.execPath, ['dist/apps/cli/main.js', ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
}

/** Delete every Redis key matching `pattern` (a benchmark's own prefix); returns how many. */
export async function clearKeys(redis, pattern) {
  let cursor = '0';
  let removed = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) removed += await redis.del(...keys);
  } while (cursor !== '0');
  return removed;
}

/** BullMQ connection options for REDIS_URL. */
export function redisConnection() {
  const u = new URL(REDIS_URL);
  return { host: u.hostname, port: Number(u.port || 6379), db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0, maxRetriesPerRequest: null };
}

/** What the figures were measured on. */
export function machine() {
  return `${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
}

/** The fields after `(comm) ` of /proc/PID/stat (state is [0], utime [11], stime [12]), and comm. */
function stat(pid) {
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return { comm: s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')), fields: s.slice(s.lastIndexOf(') ') + 2).split(' ') };
}
const ticksToMs = (fields) => ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;

/** utime + stime of one process so far, in ms. */
export function processCpuMs(pid) {
  return ticksToMs(stat(pid).fields);
}

/**
 * CPU ms used so far by Redis (every `redis-server`) and by PostgreSQL: its shared processes (postmaster,
 * checkpointer, WAL writer…) and the backends connected to `database` — not other databases' backends, so
 * another user's long query does not count. Backends that exit between two readings are lost (pooled
 * connections persist).
 */
export function serviceCpuMs(database) {
  const out = { postgres: 0, redis: 0 };
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let s;
    let title;
    try {
      s = stat(pid);
      title = s.comm === 'postgres' ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
    } catch {
      continue; // exited meanwhile
    }
    if (s.comm === 'redis-server') out.redis += ticksToMs(s.fields);
    if (s.comm !== 'postgres') continue;
    // A client backend's title: "postgres: 15/main: USER DATABASE HOST(PORT) STATE".
    const backendOf = /^postgres: (?:[^:]+: )?\S+ (\S+) \S+\(\d+\)/.exec(title)?.[1];
    if (backendOf === undefined || backendOf === database) out.postgres += ticksToMs(s.fields);
  }
  return out;
}

/** Busy and total jiffies of the whole machine (first line of /proc/stat). */
export function machineJiffies() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3] - f[4], total };
}

/** Share of the machine's CPU that was busy between two readings of machineJiffies(). */
export const busyShare = (a, b) => (b.total > a.total ? (b.busy - a.busy) / (b.total - a.total) : 0);

/** CPU ms the whole machine spent busy between two readings of machineJiffies() (USER_HZ = 100). */
export const busyMs = (a, b) => (b.busy - a.busy) * 10;

/** This process's own CPU so far, in ms. */
export function ownCpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
