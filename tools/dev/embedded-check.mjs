#!/usr/bin/env node
// Starts an embedded PostgreSQL in DIR on PORT, migrates a database on it with the built CLI
// (queue tables included), prints what it found as JSON, and stops the server. Used by a test.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { ROOT, startEmbeddedPostgres } from './services.mjs';

const [dataDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({ dataDir, port: Number(port) });
try {
  const url = `${server.baseUrl}/camhs_embedded_check`;
  const m = spawnSync(process.execPath, ['dist/apps/cli/main.js', 'migrate'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATABASE_URL: url, QUEUE_BACKEND: 'postgres' },
    encoding: 'utf8',
  });
  if (m.status !== 0) throw new Error(`migrate failed: ${m.stdout}${m.stderr}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const version = (await client.query('SHOW server_version')).rows[0].server_version;
  const areas = (await client.query('SELECT count(*)::int AS n FROM area')).rows[0].n;
  const migrations = (await client.query('SELECT name FROM schema_migration ORDER BY id')).rows.map((r) => r.name);
  const queueSchema = (await client.query("SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'camhs_queues'")).rows[0].n;
  await client.end();
  console.log(JSON.stringify({ version, areas, migrations, queueSchema, migrateOutput: m.stdout }));
} finally {
  await server.stop();
}
