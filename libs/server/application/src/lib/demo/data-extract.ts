import type { ExtractFile } from '@camhs/domain';
import { stringify } from 'csv-stringify/sync';
import { episodeCells, extractColumns } from './demo-extract';
import { DemoOptions, generateDemoService } from './demo-service';

/** Where the generated files go, chunk by chunk; `write` resolves once the chunk may be followed by another (back-pressure). */
export interface ExtractSink {
  write(file: ExtractFile, chunk: string): Promise<void>;
}

/** What was written, and the headline figures of the service on the as-of date. */
export interface GeneratedExtract {
  referrals: number;
  waits: number;
  appointments: number;
  /** Waits open on the as-of date. */
  openWaits: number;
  /** Referrals with an open wait on the as-of date (children waiting for treatment, bar the rare child waiting under two referrals). */
  referralsWaiting: number;
}

const FILES: readonly ExtractFile[] = ['referrals.csv', 'waits.csv', 'appointments.csv'];
/** Rows per file held before they are written: memory stays flat whatever the scale. */
const CHUNK_ROWS = 2000;

/**
 * Write a generated service as a PTL extract, all three files in one pass over the episodes (each
 * referral is generated once), a chunk at a time. Same options, same bytes.
 */
export async function writeDataExtract(options: DemoOptions, sink: ExtractSink): Promise<GeneratedExtract> {
  const totals: GeneratedExtract = { referrals: 0, waits: 0, appointments: 0, openWaits: 0, referralsWaiting: 0 };
  const pending = new Map<ExtractFile, string[][]>(FILES.map((f) => [f, []]));
  const flush = async (file: ExtractFile) => {
    const rows = pending.get(file) as string[][];
    if (rows.length) await sink.write(file, stringify(rows));
    pending.set(file, []);
  };
  for (const file of FILES) await sink.write(file, stringify([extractColumns(file)]));
  for (const episode of generateDemoService(options)) {
    totals.referrals++;
    totals.waits += episode.waits.length;
    totals.appointments += episode.appointments.length;
    const open = episode.waits.filter((w) => w.startedOn === null && w.removedOn === null).length;
    totals.openWaits += open;
    if (open > 0) totals.referralsWaiting++;
    for (const file of FILES) {
      const rows = pending.get(file) as string[][];
      rows.push(...episodeCells(episode, file));
      if (rows.length >= CHUNK_ROWS) await flush(file);
    }
  }
  for (const file of FILES) await flush(file);
  return totals;
}
