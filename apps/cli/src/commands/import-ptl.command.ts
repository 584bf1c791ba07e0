import { ImportCounts, ImportPtlExtract, formatExtractError, systemActor } from '@camhs/application';
import type { AppConfig } from '@camhs/config';
import type { ExtractFile } from '@camhs/domain';
import { assertMigrated, createDataSource } from '@camhs/persistence';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './users.command';

const counts = (c: ImportCounts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;

/** `import:ptl DIR`: import the PTL extract in DIR; prints the counts, or every problem (exit 1, nothing written). */
export async function importPtl(config: AppConfig, args: string[]): Promise<void> {
  const [dir] = args;
  if (!dir) throw new UsageError('usage: npm run import:ptl -- DIR   (DIR holds referrals.csv, waits.csv, appointments.csv)');
  // npm runs scripts from the project root; a relative DIR means relative to where the command was typed.
  const folder = resolve(process.env['INIT_CWD'] ?? process.cwd(), dir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`DIR: '${dir}' is not a folder`);
  const source = {
    exists: (file: ExtractFile) => existsSync(join(folder, file)),
    open: (file: ExtractFile) => createReadStream(join(folder, file)),
  };
  const ds = createDataSource(config.databaseUrl, { poolSize: 2 });
  await ds.initialize();
  try {
    await assertMigrated(ds);
    const result = await new ImportPtlExtract(ds).execute(source, systemActor('cli', 'import:ptl'));
    if (!result.ok) {
      for (const e of result.errors) console.error(formatExtractError(e));
      console.error(`rejected: ${result.errors.length} problem(s) in ${folder}; nothing was written`);
      process.exitCode = 1;
      return;
    }
    console.log(`imported ${folder}
  referrals:    ${counts(result.referrals)}
  waits:        ${counts(result.waits)}
  appointments: ${counts(result.appointments)}${result.areasCreated.length ? `\n  new areas:    ${result.areasCreated.join(', ')}` : ''}${
      result.teamsCreated.length ? `\n  new teams:    ${result.teamsCreated.join(', ')}` : ''
    }`);
  } finally {
    await ds.destroy();
  }
}
