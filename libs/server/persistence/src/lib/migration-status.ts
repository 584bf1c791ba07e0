import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

export class UnmigratedDatabaseError extends Error {
  constructor(pending: string[]) {
    super(
      `The database has ${pending.length} pending migration(s) (${pending.join(', ')}). ` +
        `Run \`npm run db:migrate\` and start again.`,
    );
    this.name = 'UnmigratedDatabaseError';
  }
}

/** Names of migrations known to the code but not yet applied to the database. */
export async function pendingMigrations(ds: DataSource): Promise<string[]> {
  const table = ds.options.migrationsTableName ?? 'migrations';
  const exists = await ds.query(`SELECT to_regclass($1) AS t`, [table]);
  const applied = new Set<string>();
  if (exists[0]?.t) {
    const rows: { name: string }[] = await ds.query(`SELECT name FROM ${table}`);
    rows.forEach((r) => applied.add(r.name));
  }
  return ds.migrations.map((m) => m.name ?? m.constructor.name).filter((n) => !applied.has(n));
}

/** Refuse to run on a database that is behind the code. */
export async function assertMigrated(ds: DataSource): Promise<void> {
  const pending = await pendingMigrations(ds);
  if (pending.length > 0) throw new UnmigratedDatabaseError(pending);
}

/** Check the database at `databaseUrl` (as its owner, before any runtime-role connection is made). */
export async function assertDatabaseMigrated(databaseUrl: string): Promise<void> {
  const ds = createDataSource(databaseUrl, { poolSize: 1 });
  await ds.initialize();
  try {
    await assertMigrated(ds);
  } finally {
    await ds.destroy();
  }
}
