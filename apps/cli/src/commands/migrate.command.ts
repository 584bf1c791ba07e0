import { AppConfig, redactUrl } from '@camhs/config';
import { createDataSource, ensureDatabaseExists } from '@camhs/persistence';
import { postgresQueueSchema } from '@camhs/queues';
import { runMigrations } from 'bullmq';
import { Client } from 'pg';

/** Create the database if missing, apply pending migrations, and prepare BullMQ's tables if used. */
export async function migrate(config: AppConfig): Promise<void> {
  const created = await ensureDatabaseExists(config.databaseUrl);
  if (created) console.log(`created database ${redactUrl(config.databaseUrl)}`);
  const ds = createDataSource(config.databaseUrl, { poolSize: 2 });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'database is up to date');
  } finally {
    await ds.destroy();
  }
  if (config.queue.backend === 'postgres') {
    const client = new Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      const version = await runMigrations(client, postgresQueueSchema(config.queue.prefix));
      console.log(`queue tables ready (BullMQ PostgreSQL schema v${version})`);
    } finally {
      await client.end();
    }
  }
}
