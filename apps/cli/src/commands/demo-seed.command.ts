import { DEMO_SCALES, ImportCounts, SeedDemoData, isDemoScaleName, systemActor } from '@camhs/application';
import type { AppConfig } from '@camhs/config';
import { Clock, isCalendarDate, systemClock, today } from '@camhs/domain';
import { assertMigrated, createDataSource } from '@camhs/persistence';
import { parseArgs } from 'node:util';
import { UsageError } from './users.command';

const counts = (c: ImportCounts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;

/**
 * `demo:seed [--as-of YYYY-MM-DD] [--seed N] [--scale demo] [--force]`: fill an empty database with the
 * demonstration service (fictional children), as of today unless told otherwise. Never in production.
 * A database that already holds referrals is refused unless --force is given.
 */
export async function demoSeed(config: AppConfig, args: string[], clock: Clock = systemClock): Promise<void> {
  if (config.env === 'production') throw new UsageError('demonstration data is never created in production (NODE_ENV=production)');
  const { values } = parseArgs({
    args,
    options: { 'as-of': { type: 'string' }, seed: { type: 'string', default: '1' }, scale: { type: 'string', default: 'demo' }, force: { type: 'boolean', default: false } },
    strict: true,
  });
  const asOf = values['as-of'] ?? today(clock);
  if (!isCalendarDate(asOf)) throw new UsageError(`--as-of: '${asOf}' is not a date written YYYY-MM-DD`);
  const seed = values.seed;
  if (!/^\d{1,10}$/.test(seed) || Number(seed) > 0xffffffff) throw new UsageError(`--seed: '${seed}' is not a whole number from 0 to 4294967295`);
  const scale = values.scale;
  if (!isDemoScaleName(scale)) throw new UsageError(`--scale: '${scale}' is not a scale; the scales are: ${Object.keys(DEMO_SCALES).join(', ')}`);

  const ds = createDataSource(config.databaseUrl, { poolSize: 2 });
  await ds.initialize();
  try {
    await assertMigrated(ds);
    const started = performance.now();
    const result = await new SeedDemoData(ds).execute({ seed: Number(seed), asOf, scale: DEMO_SCALES[scale] }, systemActor('cli', 'demo:seed'), values.force);
    if (!result.seeded) {
      console.error(`refused: the database already holds ${result.existingReferrals} referral(s); demonstration data only goes into an empty database.
  --force imports it anyway, beside what is there. Rows are matched on source ids, so running it again with the same
  --seed and --as-of creates and changes nothing.`);
      process.exitCode = 1;
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`demonstration data (fictional children, for trying the product only): seed ${seed}, as of ${asOf}, scale ${scale}, in ${seconds} s
  referrals:    ${counts(result.referrals)}
  waits:        ${counts(result.waits)}
  appointments: ${counts(result.appointments)}
  children:     ${result.children}${result.areasCreated.length ? `\n  new areas:    ${result.areasCreated.join(', ')}` : ''}`);
  } finally {
    await ds.destroy();
  }
}
