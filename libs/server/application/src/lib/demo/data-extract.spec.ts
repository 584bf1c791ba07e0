import type { ExtractFile } from '@camhs/domain';
import { parse } from 'csv-parse/sync';
import { writeDataExtract } from './data-extract';
import { DATA_SCALES, withReferrals } from './data-scales';
import { demoExtractChunks } from './demo-extract';
import type { DemoOptions } from './demo-service';

/** Writes into memory. */
async function written(options: DemoOptions) {
  const files: Record<string, string[]> = { 'referrals.csv': [], 'waits.csv': [], 'appointments.csv': [] };
  const totals = await writeDataExtract(options, { write: async (file: ExtractFile, chunk: string) => void files[file].push(chunk) });
  return { totals, text: (f: ExtractFile) => files[f].join('') };
}

describe('writeDataExtract', () => {
  const options: DemoOptions = { seed: 3, asOf: '2026-11-20', scale: withReferrals(DATA_SCALES.national, 3_000) };

  it('writes the three files in one pass, each the same text the per-file generator gives', async () => {
    const { text } = await written(options);
    for (const file of ['referrals.csv', 'waits.csv', 'appointments.csv'] as const) expect(text(file)).toBe([...demoExtractChunks(options, file)].join(''));
  });

  it('counts what it wrote: rows per file, open waits and the referrals waiting', async () => {
    const { totals, text } = await written(options);
    const rows = (f: ExtractFile) => parse(text(f), { columns: true }) as Record<string, string>[];
    const waits = rows('waits.csv');
    const open = waits.filter((w) => w['started_on'] === '' && w['removed_on'] === '');
    expect(totals).toEqual({
      referrals: rows('referrals.csv').length,
      waits: waits.length,
      appointments: rows('appointments.csv').length,
      openWaits: open.length,
      referralsWaiting: new Set(open.map((w) => w['referral_id'])).size,
    });
    expect(totals.referrals).toBeGreaterThan(2_700);
  });

  it('writes in chunks of 2,000 rows (a referral’s rows kept together), so no more is held whatever the scale', async () => {
    const { totals } = await written(options);
    const chunks: string[] = [];
    await writeDataExtract(options, { write: async (file: ExtractFile, chunk: string) => void (file === 'appointments.csv' && chunks.push(chunk)) });
    const sizes = chunks.slice(1).map((c) => (parse(c) as string[][]).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(totals.appointments);
    // Every chunk but the last is flushed as soon as it reaches 2,000 rows: at most one referral's appointments over.
    const mostOfOneReferral = 60;
    for (const n of sizes.slice(0, -1)) expect(n >= 2000 && n < 2000 + mostOfOneReferral).toBe(true);
    expect(sizes[sizes.length - 1]).toBeLessThan(2000 + mostOfOneReferral);
  });

  it('is the same, byte for byte, for the same seed, and differs with another', async () => {
    const a = await written(options);
    const b = await written({ ...options });
    const c = await written({ ...options, seed: 4 });
    expect(b.text('appointments.csv')).toBe(a.text('appointments.csv'));
    expect(c.text('referrals.csv')).not.toBe(a.text('referrals.csv'));
  });
});
