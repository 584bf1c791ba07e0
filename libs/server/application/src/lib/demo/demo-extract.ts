import { AppointmentRecord, EXTRACT_FILES, ExtractFile, ReferralRecord, WaitRecord } from '@camhs/domain';
import { stringify } from 'csv-stringify/sync';
import { Readable } from 'node:stream';
import type { ExtractSource } from '../ptl/extract-reader';
import { DemoEpisode } from './demo-episode';
import { DemoOptions, generateDemoService } from './demo-service';

type ColumnOf<F extends ExtractFile> = (typeof EXTRACT_FILES)[F]['required'][number] | (typeof EXTRACT_FILES)[F]['optional'][number];

/** How each column of a file is written from a record: the compiler insists on every column of the extract. */
type CellWriters<F extends ExtractFile, T> = { readonly [C in ColumnOf<F>]: (row: T) => string | null };

const REFERRAL_CELLS: CellWriters<'referrals.csv', ReferralRecord> = {
  referral_id: (r) => r.referralId,
  child_id: (r) => r.childId,
  nhs_number: (r) => r.nhsNumber,
  given_name: (r) => r.givenName,
  family_name: (r) => r.familyName,
  date_of_birth: (r) => r.dateOfBirth,
  area: (r) => r.area,
  team: (r) => r.team,
  referrer_type: (r) => r.referrerType,
  urgency: (r) => r.urgency,
  received_on: (r) => r.receivedOn,
  access_completed_on: (r) => r.accessCompletedOn,
  access_outcome: (r) => r.accessOutcome,
  assessment_completed_on: (r) => r.assessmentCompletedOn,
  assessment_outcome: (r) => r.assessmentOutcome,
  discharged_on: (r) => r.dischargedOn,
  rag: (r) => r.rag,
  rag_set_on: (r) => r.ragSetOn,
  lead_professional: (r) => r.leadProfessional,
};

const WAIT_CELLS: CellWriters<'waits.csv', WaitRecord> = {
  wait_id: (w) => w.waitId,
  referral_id: (w) => w.referralId,
  list: (w) => w.list,
  added_on: (w) => w.addedOn,
  started_on: (w) => w.startedOn,
  removed_on: (w) => w.removedOn,
};

const APPOINTMENT_CELLS: CellWriters<'appointments.csv', AppointmentRecord> = {
  appointment_id: (a) => a.appointmentId,
  referral_id: (a) => a.referralId,
  wait_id: (a) => a.waitId,
  date: (a) => a.date,
  kind: (a) => a.kind,
  status: (a) => a.status,
};

/** The columns of a file in the order the extract lists them (required, then optional). */
export function extractColumns(file: ExtractFile): string[] {
  return [...EXTRACT_FILES[file].required, ...EXTRACT_FILES[file].optional];
}

/** One file's rows of an episode, as cells keyed by column (empty cell = not known / not happened). */
export function episodeRows(episode: DemoEpisode, file: ExtractFile): Record<string, string>[] {
  const columns = extractColumns(file);
  return episodeCells(episode, file).map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
}

/** One file's rows of an episode, as cells in the order of extractColumns (the bulk writer's form: no object per row). */
export function episodeCells(episode: DemoEpisode, file: ExtractFile): string[][] {
  const write = <T>(writers: Readonly<Record<string, (row: T) => string | null>>, rows: T[]) => {
    const columns = extractColumns(file);
    return rows.map((row) => columns.map((c) => writers[c](row) ?? ''));
  };
  if (file === 'referrals.csv') return write(REFERRAL_CELLS, [episode.referral]);
  if (file === 'waits.csv') return write(WAIT_CELLS, episode.waits);
  return write(APPOINTMENT_CELLS, episode.appointments);
}

/** Rows per CSV chunk: streams stay small whatever the scale. */
const CHUNK_ROWS = 500;

/** One file of the demonstration extract as CSV text (header first), chunk by chunk, generated as it is read. */
export function* demoExtractChunks(options: DemoOptions, file: ExtractFile): Generator<string> {
  const columns = extractColumns(file);
  yield stringify([columns]);
  let rows: Record<string, string>[] = [];
  for (const episode of generateDemoService(options)) {
    rows.push(...episodeRows(episode, file));
    if (rows.length >= CHUNK_ROWS) {
      yield stringify(rows, { columns });
      rows = [];
    }
  }
  if (rows.length) yield stringify(rows, { columns });
}

/**
 * The demonstration service as a PTL extract the import reads like any other (so every validation
 * rule applies). Each file is generated afresh whenever it is opened; the generator is deterministic,
 * so the import's two passes (check, then write) see the same rows, and nothing is held in memory.
 */
export function demoExtractSource(options: DemoOptions): ExtractSource {
  return {
    exists: () => true,
    open: (file) => Readable.from(demoExtractChunks(options, file), { objectMode: false }),
  };
}
