import { CreateUser, SeedDemoUsers, ValidationFailedError, systemActor, DEMO_USERS } from '@camhs/application';
import { AppConfig } from '@camhs/config';
import { ROLE_LABELS, passwordProblem } from '@camhs/domain';
import { createDataSource } from '@camhs/persistence';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';

/** A problem with the command line, printed as `--flag: message` and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const FLAG_FOR_FIELD: Record<string, string> = { username: '--username', roles: '--roles', teams: '--teams', password: 'password', displayName: '--display-name' };

async function withDataSource<T>(config: AppConfig, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = createDataSource(config.databaseUrl, { poolSize: 2 });
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

function generatePassword(username: string): string {
  for (;;) {
    const candidate = randomBytes(18).toString('base64url');
    if (!passwordProblem(candidate, username)) return candidate;
  }
}

const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * `users:create --username u --roles r1,r2 --teams t1,t2 [--display-name "…"] [--password-stdin]`.
 * Without --password-stdin a strong password is generated and printed once.
 */
export async function createUser(config: AppConfig, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      roles: { type: 'string' },
      teams: { type: 'string' },
      'display-name': { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.username) throw new UsageError('--username is required');
  if (!values.roles) throw new UsageError(`--roles is required (comma-separated): ${Object.keys(ROLE_LABELS).join(', ')}`);
  const generated = !values['password-stdin'];
  const password = generated ? generatePassword(values.username) : await readStdin();
  try {
    const user = await withDataSource(config, (ds) =>
      new CreateUser(ds).execute(
        { username: values.username as string, displayName: values['display-name'], roles: list(values.roles), teams: list(values.teams), password },
        systemActor('cli', 'users:create'),
      ),
    );
    console.log(`created user ${user.username} (${user.id})`);
    if (generated) console.log(`password (shown once; give it to the user over a secure channel): ${password}`);
  } catch (e) {
    if (e instanceof ValidationFailedError) {
      throw new UsageError(e.errors.map((f) => `${FLAG_FOR_FIELD[f.field] ?? f.field}: ${f.messages.join('; ')}`).join('\n'));
    }
    throw e;
  }
}

/** `users:seed-demo`: the demonstration users (never in production). Prints them with a warning. */
export async function seedDemoUsers(config: AppConfig): Promise<void> {
  if (config.env === 'production') throw new UsageError('demonstration users are never created in production (NODE_ENV=production)');
  const result = await withDataSource(config, (ds) => new SeedDemoUsers(ds, new CreateUser(ds)).execute(config.auth.demoPassword));
  const rows = DEMO_USERS.map((u) => `    ${u.username.padEnd(14)} ${u.roles.map((r) => ROLE_LABELS[r]).join(', ').padEnd(20)} ${u.teams.join(', ') || '(no team)'}`);
  console.log(`  Demonstration users — for trying the product only, never for real patient data.
  Password for all of them: ${config.auth.demoPassword}${result.created.length ? `  (created now: ${result.created.join(', ')})` : ''}
${rows.join('\n')}
`);
}
