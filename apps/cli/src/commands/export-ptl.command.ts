import { ExportPtlExtract, ValidationFailedError, systemActor } from '@camhs/application';
import type { AppConfig } from '@camhs/config';
import type { ExtractFile } from '@camhs/domain';
import { assertMigrated, createDataSource } from '@camhs/persistence';
import { WriteStream, createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { UsageError } from './users.command';

/** `export:ptl DIR [--area A] [--team T]`: write referrals.csv, waits.csv and appointments.csv to DIR. */
export async function exportPtl(config: AppConfig, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { area: { type: 'string' }, team: { type: 'string' } }, allowPositionals: true, strict: true });
  const [dir] = positionals;
  if (!dir) throw new UsageError('usage: npm run export:ptl -- DIR [--area AREA] [--team TEAM]');
  const folder = resolve(process.env['INIT_CWD'] ?? process.cwd(), dir);
  mkdirSync(folder, { recursive: true });
  const streams = new Map<ExtractFile, WriteStream>();
  const target = {
    write: async (file: ExtractFile, chunk: string) => {
      let s = streams.get(file);
      if (!s) streams.set(file, (s = createWriteStream(join(folder, file))));
      if (!s.write(chunk)) await once(s, 'drain');
    },
    close: async (file: ExtractFile) => {
      const s = streams.get(file);
      if (s) await new Promise<void>((res, rej) => s.end((e?: Error | null) => (e ? rej(e) : res())));
    },
  };
  const ds = createDataSource(config.databaseUrl, { poolSize: 2 });
  await ds.initialize();
  try {
    await assertMigrated(ds);
    const counts = await new ExportPtlExtract(ds).execute(target, { area: values.area, team: values.team }, systemActor('cli', 'export:ptl'));
    console.log(`exported to ${folder}: ${counts.referrals} referrals, ${counts.waits} waits, ${counts.appointments} appointments`);
  } catch (e) {
    if (e instanceof ValidationFailedError) throw new UsageError(e.errors.map((f) => `--${f.field}: ${f.messages.join('; ')}`).join('\n'));
    throw e;
  } finally {
    await ds.destroy();
  }
}
