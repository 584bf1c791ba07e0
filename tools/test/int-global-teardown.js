// Drops this run's database and Redis keys; stops the embedded PostgreSQL if one was started.
const { Client } = require('pg');

module.exports = async () => {
  const url = new URL(process.env.IT_DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  if (process.env.IT_REDIS_AVAILABLE === '1') {
    const Redis = require('ioredis');
    const redis = new Redis(process.env.IT_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${process.env.IT_RUN}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
  await globalThis.__IT_DATABASE__?.stop();
};
