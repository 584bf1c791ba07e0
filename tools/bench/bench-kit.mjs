// Shared pieces of the benchmarks (tools/bench/*.mjs): databases, the built CLI and API, sign-in,
// timing statistics, and the national-scale database several benchmarks read.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { KEEP, SERVER, admin, busyShare, machineJiffies } from './host-kit.mjs';

export { KEEP, SERVER, admin, machine } from './host-kit.mjs';
export const dbUrl = (name) => `${SERVER}/${name}`;

export async function databaseExists(name) {
  const c = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await c.connect();
  try {
    return (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  } finally {
    await c.end();
  }
}

export async function dropDatabase(name) {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Drop the benchmark's databases unless BENCH_KEEP=1. */
export async function dropUnlessKept(...names) {
  if (KEEP) {
    console.log(`kept (BENCH_KEEP=1): ${names.join(', ')}`);
    return;
  }
  for (const n of names) await dropDatabase(n);
}

/** Run the built CLI synchronously (throws with its output on failure); returns its stdout. */
export function cli(args, { env = process.env, input } = {}) {
  const r = spawnSync(process.execPath, ['dist/apps/cli/main.js', ...args], { env, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

export const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { min: s[0], p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
};
export const fmt = (x, width = 8) => x.toFixed(1).padStart(width);

/**
 * Time `fn` n times after `warm` warm-ups; returns the milliseconds of each run, the last result, and how
 * busy the whole machine was meanwhile (share of all cores: this benchmark, its services and anyone else).
 */
export async function timed(n, fn, warm = 1) {
  let last;
  for (let i = 0; i < warm; i++) last = await fn();
  const ms = [];
  const before = machineJiffies();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    last = await fn();
    ms.push(performance.now() - s);
  }
  return { ms, last, busy: busyShare(before, machineJiffies()) };
}

/** The built API on its own port and database; resolves once /api/health answers. */
export async function startApi({ port, databaseUrl, queuePrefix, extraEnv = {} }) {
  const env = { ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl, API_PORT: String(port), SIGN_IN_RATE_PER_MINUTE: '1000', QUEUE_PREFIX: queuePrefix, LOG_SQL: 'false', ...extraEnv };
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return api;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  api.kill('SIGTERM');
  throw new Error('the API did not answer /api/health within 120 s');
}

/** Create a user with the CLI and sign in over HTTP; returns a GET that sends the session cookie and checks for 200. */
export async function signedInGet({ port, databaseUrl, username, roles, teams }) {
  const password = 'bench-only-password-not-secret-0';
  cli(['users:create', '--username', username, '--roles', roles, '--teams', teams, '--password-stdin'], { env: { ...process.env, DATABASE_URL: databaseUrl }, input: `${password}\n` });
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
  const cookie = res.headers.getSetCookie().map((h) => h.split(';')[0]).join('; ');
  return async (path) => {
    const r = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status}: ${(await r.text()).slice(0, 300)}`);
    return r;
  };
}

export const NATIONAL_DB = process.env.BENCH_NATIONAL_DB ?? 'camhs_bench_national';

/**
 * The national-scale database (`data:generate --scale national --load`), made if it is missing or
 * empty and timed; reused as it is when it holds data (keep it between benchmarks with BENCH_KEEP=1).
 * Returns whether this run made it (and so should drop it afterwards unless kept).
 */
export async function ensureNationalDb() {
  const url = dbUrl(NATIONAL_DB);
  if (await databaseExists(NATIONAL_DB)) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM referral`).catch(() => ({ rows: [{ n: 0 }] }));
    await c.end();
    if (rows[0].n > 1_000_000) {
      // Its data as it is, its schema brought up to date (migrations added since it was made).
      cli(['migrate'], { env: { ...process.env, DATABASE_URL: url } });
      console.log(`using ${NATIONAL_DB} as it is (${rows[0].n} referrals), migrated`);
      return false;
    }
    await dropDatabase(NATIONAL_DB);
  }
  const dir = process.env.BENCH_NATIONAL_DIR ?? '/tmp/camhs-data/national';
  cli(['migrate'], { env: { ...process.env, DATABASE_URL: url } });
  const started = performance.now();
  console.log(`generating and loading the national scale into ${NATIONAL_DB} (several minutes on 2 cores)…`);
  console.log(cli(['data:generate', '--scale', 'national', '--out', dir, '--load', url]).trim());
  console.log(`national data ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return true;
}

export function requireBuilt(...apps) {
  for (const a of apps) if (!existsSync(`dist/apps/${a}/main.js`)) throw new Error(`dist/apps/${a}/main.js is missing: build it first (npm run bench:* does)`);
}

/**
 * Run `measure({ client, databaseUrl })` against the built API on the national database (made if
 * missing): a pg client of its own and the API on `port`; everything stopped afterwards, and the
 * database dropped if this run made it (unless BENCH_KEEP=1).
 */
export async function onNationalApi({ port, queuePrefix }, measure) {
  const made = await ensureNationalDb();
  const databaseUrl = dbUrl(NATIONAL_DB);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const api = await startApi({ port, databaseUrl, queuePrefix });
  try {
    await measure({ client, databaseUrl });
  } finally {
    api.kill('SIGTERM');
    await client.end();
    await new Promise((r) => setTimeout(r, 1000));
    if (made) await dropUnlessKept(NATIONAL_DB);
    else console.log(`${NATIONAL_DB} was there before this run and is left as it was found`);
  }
}

/** A benchmark's entry point: a failure is printed and ends the process with exit code 1. */
export function runBenchmark(main) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
