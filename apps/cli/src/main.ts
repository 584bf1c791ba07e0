import 'reflect-metadata';
import { ConfigError, loadConfig } from '@camhs/config';
import { dataGenerate } from './commands/data-generate.command';
import { demoSeed } from './commands/demo-seed.command';
import { exportPtl } from './commands/export-ptl.command';
import { importPtl } from './commands/import-ptl.command';
import { migrate } from './commands/migrate.command';
import { reportPtl } from './commands/report-ptl.command';
import { UsageError, createUser, seedDemoUsers } from './commands/users.command';

/**
 * Operator commands. `npm run db:migrate` → `cli migrate`; `npm run users:create -- --username …` →
 * `cli users:create`. Each command reads the validated
 * config (DATABASE_URL, REDIS_URL, QUEUE_BACKEND) and exits non-zero with a message on failure.
 */
const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  migrate: async () => migrate(loadConfig()),
  'users:create': async (args) => createUser(loadConfig(), args),
  'users:seed-demo': async () => seedDemoUsers(loadConfig()),
  'import:ptl': async (args) => importPtl(loadConfig(), args),
  'export:ptl': async (args) => exportPtl(loadConfig(), args),
  'report:ptl': async (args) => reportPtl(loadConfig(), args),
  'demo:seed': async (args) => demoSeed(loadConfig(), args),
  'data:generate': async (args) => dataGenerate(loadConfig(), args),
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`usage: cli <command>\ncommands: ${Object.keys(COMMANDS).join(', ')}`);
    process.exit(2);
  }
  await command(args);
}

main().catch((e: Error) => {
  if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(e.message);
    process.exit(2);
  }
  console.error(e instanceof ConfigError ? e.message : `error: ${e.message}`);
  process.exit(1);
});
