// What a test tier kept for the leak scan when KEEP_TEST_DATA=1 (`npm test` sets it): the run files in
// tmp/test-results name each tier's database and Redis key prefix, so the scan can read them and
// run-all can drop them afterwards (tools/test/run-all.mjs, tools/test/pii-leak.scan-spec.ts).
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const RESULTS_DIR = join(ROOT, 'tmp', 'test-results');
const RUN_FILES = { integration: 'int-run.json', e2e: 'e2e-run.json' };

/** Whether this tier should keep its database and Redis keys for the leak scan instead of dropping them. */
const keepTestData = () => process.env.KEEP_TEST_DATA === '1';

/**
 * Record what a tier kept. Fields: databaseUrl, databaseKind (local|configured|embedded), databaseKept
 * (false when the database had to be dropped anyway: an embedded server stops with the tier), redisUrl,
 * queuePrefix (every Redis key and PostgreSQL queue schema of the tier starts with it).
 */
function writeRunFile(tier, data, dir = RESULTS_DIR) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, RUN_FILES[tier]), `${JSON.stringify({ tier, ...data, writtenAt: new Date().toISOString() }, null, 2)}\n`);
}

function readRunFiles(dir = RESULTS_DIR) {
  return Object.values(RUN_FILES)
    .map((f) => join(dir, f))
    .filter((f) => existsSync(f))
    .map((file) => ({ file, ...JSON.parse(readFileSync(file, 'utf8')) }));
}

/** DROP the database at `databaseUrl` (connecting to `postgres` on the same server). */
async function dropDatabase(databaseUrl) {
  const { Client } = require('pg');
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** DEL every key that starts with `prefix`; returns how many were deleted. */
async function deleteRedisKeys(redisUrl, prefix) {
  const Redis = require('ioredis');
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000, retryStrategy: () => null });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${globEscape(prefix)}*`, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
  return deleted;
}

const globEscape = (s) => s.replace(/[*?[\]\\]/g, '\\$&');

/**
 * Drop every database and Redis prefix the run files name, then delete the run files. Returns the
 * problems met (empty when all went well); never throws.
 */
async function cleanUpKeptData(dir = RESULTS_DIR, log = console.log) {
  const problems = [];
  const { rmSync } = require('node:fs');
  for (const run of readRunFiles(dir)) {
    const ok = [];
    if (run.databaseUrl && run.databaseKept) {
      try {
        await dropDatabase(run.databaseUrl);
        ok.push(`dropped database ${new URL(run.databaseUrl).pathname.slice(1)}`);
      } catch (e) {
        problems.push(`${run.tier}: dropping the database failed: ${e.message}`);
      }
    }
    if (run.redisUrl && run.queuePrefix && run.redisAvailable !== false) {
      try {
        ok.push(`deleted ${await deleteRedisKeys(run.redisUrl, run.queuePrefix)} Redis keys ${run.queuePrefix}*`);
      } catch (e) {
        // A run on the PostgreSQL queue backend may have had no Redis at all: then there is nothing to delete.
        if (run.redisAvailable !== true && /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|connect/i.test(`${e.code ?? ''} ${e.message}`)) {
          ok.push(`Redis not reachable at ${run.redisUrl}: no keys to delete`);
        } else problems.push(`${run.tier}: deleting Redis keys ${run.queuePrefix}* failed: ${e.message}`);
      }
    }
    if (ok.length) log(`[cleanup] ${run.tier}: ${ok.join(', ')}`);
    if (!problems.some((p) => p.startsWith(`${run.tier}:`))) rmSync(run.file, { force: true });
  }
  return problems;
}

module.exports = { RESULTS_DIR, RUN_FILES, keepTestData, writeRunFile, readRunFiles, dropDatabase, deleteRedisKeys, cleanUpKeptData, globEscape };
