// Drops this run's database and Redis keys; stops the embedded PostgreSQL if one was started.
// With KEEP_TEST_DATA=1 (`npm test`) it keeps them for the leak scan instead and records them in
// tmp/test-results/int-run.json; run-all drops them after the scan. An embedded server cannot outlive
// the tier, so its database is dropped here as before (the scan then says it could not read it).
const { dropDatabase, deleteRedisKeys, keepTestData, writeRunFile } = require('./kept-test-data');

module.exports = async () => {
  const keep = keepTestData();
  const embedded = process.env.IT_DATABASE_KIND === 'embedded';
  const redisAvailable = process.env.IT_REDIS_AVAILABLE === '1';
  try {
    if (keep) {
      writeRunFile('integration', {
        databaseUrl: process.env.IT_DATABASE_URL,
        databaseKind: process.env.IT_DATABASE_KIND,
        databaseKept: !embedded,
        redisUrl: process.env.IT_REDIS_URL,
        redisAvailable,
        queuePrefix: process.env.IT_RUN,
      });
    }
    if (!keep || embedded) await dropDatabase(process.env.IT_DATABASE_URL);
    if (!keep && redisAvailable) await deleteRedisKeys(process.env.IT_REDIS_URL, process.env.IT_RUN);
  } finally {
    await globalThis.__IT_DATABASE__?.stop();
  }
};
