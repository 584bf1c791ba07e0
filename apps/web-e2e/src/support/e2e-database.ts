import { Client } from 'pg';

/**
 * A connection to this run's database, found the way tools/dev/services.mjs finds it for the web
 * server: DATABASE_URL when given (other than `embedded`), else the machine's PostgreSQL on
 * 127.0.0.1:5432, else the embedded server on 54329. The name comes from playwright.config.ts.
 */
export async function connectToE2eDatabase(): Promise<Client> {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name) throw new Error('E2E_DATABASE_NAME is not set: run the tests with -c apps/web-e2e/playwright.config.ts');
  const configured = process.env.DATABASE_URL;
  const candidates =
    configured && configured !== 'embedded'
      ? [configured]
      : [
          ...(configured === 'embedded' ? [] : [`postgres://postgres@127.0.0.1:5432/${name}`]),
          `postgres://postgres:postgres@127.0.0.1:54329/${name}`,
        ];
  const failures: string[] = [];
  for (const connectionString of candidates) {
    const client = new Client({ connectionString, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      return client;
    } catch (e) {
      failures.push(`${connectionString.replace(/:[^:@/]+@/, ':***@')}: ${(e as Error).message}`);
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`Could not reach the e2e database:\n${failures.join('\n')}`);
}

/** Make a user's sessions look idle for 31 minutes (the idle limit is 30). Returns how many changed. */
export async function idleSessionsOf(username: string): Promise<number> {
  const client = await connectToE2eDatabase();
  try {
    const result = await client.query(
      `UPDATE user_session SET last_seen_at = now() - interval '31 minutes'
        WHERE revoked_at IS NULL AND user_id = (SELECT id FROM app_user WHERE username = $1)`,
      [username],
    );
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
