// Creates this run's database (on the machine's PostgreSQL, or an embedded one when none answers),
// migrates it with the built CLI, and picks a Redis key prefix. Tests read IT_* variables.
// With KEEP_TEST_DATA=1 (`npm test`) it records them in tmp/test-results/int-run.json for the leak scan.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { keepTestData, writeRunFile } = require('./kept-test-data');

module.exports = async () => {
  const root = join(__dirname, '..', '..');
  const { resolveDatabase, redisAnswers } = await import(join(root, 'tools/dev/services.mjs'));
  const run = `it_${Date.now().toString(36)}_${process.pid}`;
  const env = { ...process.env };
  const db = await resolveDatabase(env, { databaseName: run, dataDir: join(root, '.data', 'postgres-test'), port: 54330 });
  const redisUrl = env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (keepTestData()) {
    // Written now, not only in the teardown, so run-all can drop the database even if the tier dies.
    writeRunFile('integration', { databaseUrl: db.url, databaseKind: db.kind, databaseKept: db.kind !== 'embedded', redisUrl, queuePrefix: run });
  }
  const migrate = spawnSync(process.execPath, [join(root, 'dist/apps/cli/main.js'), 'migrate'], {
    env: { ...env, DATABASE_URL: db.url, QUEUE_BACKEND: 'postgres', QUEUE_PREFIX: run, NODE_ENV: 'test' },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrating the test database failed:\n${migrate.stdout}${migrate.stderr}`);
  process.env.IT_RUN = run;
  process.env.IT_DATABASE_URL = db.url;
  process.env.IT_DATABASE_KIND = db.kind;
  process.env.IT_REDIS_URL = redisUrl;
  process.env.IT_REDIS_AVAILABLE = (await redisAnswers(redisUrl)) ? '1' : '0';
  globalThis.__IT_DATABASE__ = db;
  console.log(`\n[int] database ${db.kind} ${db.url.replace(/:[^:@/]+@/, ':***@')}, Redis ${process.env.IT_REDIS_AVAILABLE === '1' ? redisUrl : 'not available (PostgreSQL queue backend only)'}, prefix ${run}`);
};
