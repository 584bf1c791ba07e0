import { PtlReportQueries, ValidationFailedError } from '@camhs/application';
import type { AppConfig } from '@camhs/config';
import { PTL_EXPORT_FORMATS, PtlExportFormat } from '@camhs/contracts';
import { isCalendarDate } from '@camhs/domain';
import { assertMigrated, createDataSource } from '@camhs/persistence';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './users.command';

const FORMATS = ['json', ...PTL_EXPORT_FORMATS] as const;
type Format = (typeof FORMATS)[number];
/** Files, not text: written only to --out. */
const BINARY: readonly Format[] = ['xlsx', 'pdf'];

/** `report:ptl --as-of YYYY-MM-DD [--area A] [--team T] [--format json|csv|xlsx|pdf] [--out FILE]`: the same figures as the API. */
export async function reportPtl(config: AppConfig, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { 'as-of': { type: 'string' }, area: { type: 'string' }, team: { type: 'string' }, format: { type: 'string', default: 'json' }, out: { type: 'string' } },
    strict: true,
  });
  const asOf = values['as-of'];
  const format = values.format as Format;
  if (!asOf || !isCalendarDate(asOf)) throw new UsageError('--as-of: a date written YYYY-MM-DD is required');
  if (!FORMATS.includes(format)) throw new UsageError(`--format: '${values.format}' is not a format; use one of ${FORMATS.join(', ')}`);
  if (BINARY.includes(format) && !values.out) throw new UsageError(`--out: the ${format} format is a file; say where to write it (--out FILE)`);
  const ds = createDataSource(config.databaseUrl, { poolSize: 4 });
  await ds.initialize();
  try {
    await assertMigrated(ds);
    // An operator's command: the whole service, narrowed only by the filters given.
    const reports = new PtlReportQueries(ds);
    const query = { asOf, area: values.area, team: values.team };
    const content =
      format === 'json' ? `${JSON.stringify(await reports.build(query, null), null, 2)}\n` : (await reports.render(query, format as PtlExportFormat, null)).content;
    if (values.out) writeFileSync(resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out), content);
    else process.stdout.write(content);
  } catch (e) {
    if (e instanceof ValidationFailedError) throw new UsageError(e.errors.map((f) => `--${f.field}: ${f.messages.join('; ')}`).join('\n'));
    throw e;
  } finally {
    await ds.destroy();
  }
}
