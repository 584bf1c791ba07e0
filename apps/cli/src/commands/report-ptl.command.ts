import { PtlReportQueries, ValidationFailedError, ptlReportCsv } from '@camhs/application';
import type { AppConfig } from '@camhs/config';
import { isCalendarDate } from '@camhs/domain';
import { assertMigrated, createDataSource } from '@camhs/persistence';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './users.command';

/** `report:ptl --as-of YYYY-MM-DD [--area A] [--team T] [--format json|csv] [--out FILE]`: the same figures as the API. */
export async function reportPtl(config: AppConfig, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { 'as-of': { type: 'string' }, area: { type: 'string' }, team: { type: 'string' }, format: { type: 'string', default: 'json' }, out: { type: 'string' } },
    strict: true,
  });
  const asOf = values['as-of'];
  if (!asOf || !isCalendarDate(asOf)) throw new UsageError('--as-of: a date written YYYY-MM-DD is required');
  if (values.format !== 'json' && values.format !== 'csv') throw new UsageError(`--format: '${values.format}' is not available yet; json and csv are (xlsx is still to come)`);
  const ds = createDataSource(config.databaseUrl, { poolSize: 4 });
  await ds.initialize();
  try {
    await assertMigrated(ds);
    // An operator's command: the whole service, narrowed only by the filters given.
    const report = await new PtlReportQueries(ds).build({ asOf, area: values.area, team: values.team }, null);
    const text = values.format === 'csv' ? ptlReportCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
    if (values.out) writeFileSync(resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out), text);
    else process.stdout.write(text);
  } catch (e) {
    if (e instanceof ValidationFailedError) throw new UsageError(e.errors.map((f) => `--${f.field}: ${f.messages.join('; ')}`).join('\n'));
    throw e;
  } finally {
    await ds.destroy();
  }
}
