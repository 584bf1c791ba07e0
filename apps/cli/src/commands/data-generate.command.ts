import { DATA_SCALES, DemoScale, isDataScaleName, withReferrals, writeDataExtract } from '@camhs/application';
import type { AppConfig } from '@camhs/config';
import { Clock, ExtractFile, isCalendarDate, systemClock, today } from '@camhs/domain';
import { once } from 'node:events';
import { WriteStream, createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadExtractByCopy } from './extract-copy-load';
import { UsageError } from './users.command';

const USAGE = 'usage: npm run data:generate -- --scale trust|region|national --out DIR [--seed N] [--as-of YYYY-MM-DD] [--referrals N] [--load DATABASE_URL]';

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * `data:generate`: write a generated PTL extract (fictional children) for benchmarks, at a trust,
 * region or national scale, streaming (nothing but a chunk of rows is held); optionally load it
 * into an empty migrated database with COPY (`--load`). The same seed, scale and as-of date give
 * the same files byte for byte. `--referrals N` keeps the scale's shape with about N referrals.
 */
export async function dataGenerate(config: AppConfig, args: string[], clock: Clock = systemClock): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string' },
      referrals: { type: 'string' },
      load: { type: 'string' },
    },
    strict: true,
  });
  const { scale: scaleName, out } = values;
  if (!scaleName || !out) throw new UsageError(USAGE);
  if (!isDataScaleName(scaleName)) throw new UsageError(`--scale: '${scaleName}' is not a scale; the scales are: ${Object.keys(DATA_SCALES).join(', ')}`);
  const seed = values.seed;
  if (!/^\d{1,10}$/.test(seed) || Number(seed) > 0xffffffff) throw new UsageError(`--seed: '${seed}' is not a whole number from 0 to 4294967295`);
  const asOf = values['as-of'] ?? today(clock);
  if (!isCalendarDate(asOf)) throw new UsageError(`--as-of: '${asOf}' is not a date written YYYY-MM-DD`);
  let scale: DemoScale = DATA_SCALES[scaleName];
  if (values.referrals !== undefined) {
    if (!/^\d{1,8}$/.test(values.referrals) || Number(values.referrals) < 1) throw new UsageError(`--referrals: '${values.referrals}' is not a whole number from 1 to 99999999`);
    scale = withReferrals(scale, Number(values.referrals));
  }
  if (values.load && config.env === 'production') throw new UsageError('--load: generated data is never loaded in production (NODE_ENV=production)');

  const folder = resolve(process.env['INIT_CWD'] ?? process.cwd(), out);
  mkdirSync(folder, { recursive: true });
  const started = performance.now();
  const streams = new Map<ExtractFile, WriteStream>();
  const totals = await writeDataExtract(
    { seed: Number(seed), asOf, scale },
    {
      write: async (file, chunk) => {
        let s = streams.get(file);
        if (!s) streams.set(file, (s = createWriteStream(join(folder, file))));
        if (!s.write(chunk)) await once(s, 'drain');
      },
    },
  );
  await Promise.all([...streams.values()].map((s) => new Promise<void>((res, rej) => s.end((e?: Error | null) => (e ? rej(e) : res())))));
  console.log(`generated ${scaleName} extract (fictional children; seed ${seed}, as of ${asOf}) in ${seconds(started)} s → ${folder}
  referrals:    ${totals.referrals}
  waits:        ${totals.waits} (${totals.openWaits} open on ${asOf}, of ${totals.referralsWaiting} referrals waiting for treatment)
  appointments: ${totals.appointments}`);

  if (values.load) {
    const loading = performance.now();
    const loaded = await loadExtractByCopy(values.load, folder, scale, clock);
    const { copy, derive, duty } = loaded.phases;
    console.log(`loaded in ${seconds(loading)} s: COPY ${copy.toFixed(1)} s, deriving the tables ${derive.toFixed(1)} s, duty day ${duty.toFixed(1)} s
  ${Object.entries(loaded.steps).map(([what, s]) => `${what} ${s.toFixed(1)} s`).join(', ')}
  referrals ${loaded.referrals}, children ${loaded.children}, waits ${loaded.waits}, appointments ${loaded.appointments}
  duty schedule for ${loaded.dutyDay.day}: ${loaded.dutyDay.replanned} children planned, ${loaded.dutyDay.tasksCreated} review tasks opened`);
  }
}
