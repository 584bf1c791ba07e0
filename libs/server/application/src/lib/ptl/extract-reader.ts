import { CellProblem, Cells, ExtractFile, headerProblems } from '@camhs/domain';
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';

/** A problem located in the extract: file, line and column (1-based; column null for a whole row or file). */
export interface ExtractError {
  file: ExtractFile;
  line: number;
  column: number | null;
  columnName: string | null;
  message: string;
}

/** Where the three files come from. Each may be opened more than once (the import reads twice: check, then write). */
export interface ExtractSource {
  open(file: ExtractFile): Readable;
  exists(file: ExtractFile): boolean;
}

export interface ExtractRow {
  line: number;
  cells: Cells;
  /** Locate a problem in this row. */
  at(problem: CellProblem): ExtractError;
}

/**
 * Stream one CSV file of the extract (UTF-8, RFC 4180, header first), row by row, never holding the
 * whole file. Header problems and malformed CSV are reported as located errors; rows are handed
 * to `onRow` with their line number.
 */
export async function readExtractFile(
  source: ExtractSource,
  file: ExtractFile,
  onRow: (row: ExtractRow) => void | Promise<void>,
): Promise<ExtractError[]> {
  const errors: ExtractError[] = [];
  if (!source.exists(file)) return [{ file, line: 0, column: null, columnName: null, message: `${file} is missing from the extract` }];
  let header: string[] = [];
  const locate = (line: number) => (p: CellProblem): ExtractError => {
    const index = p.column === null ? -1 : header.indexOf(p.column);
    return { file, line, column: index >= 0 ? index + 1 : null, columnName: p.column, message: p.message };
  };
  const parser = source.open(file).pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      columns: (h: string[]) => {
        header = h.map((c) => c.trim());
        for (const p of headerProblems(file, header)) errors.push(locate(1)(p));
        return header;
      },
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Cells; info: { lines: number } }>) {
      // Only header problems can be here yet; with a bad header every row's meaning is uncertain: report the header only.
      if (errors.length) break;
      await onRow({ line: info.lines, cells: record, at: locate(info.lines) });
    }
  } catch (e) {
    const err = e as Error & { lines?: number };
    errors.push({ file, line: err.lines ?? 0, column: null, columnName: null, message: `not valid CSV: ${err.message}` });
  }
  if (header.length === 0 && errors.length === 0) errors.push({ file, line: 1, column: null, columnName: null, message: 'the file is empty (a header line is required)' });
  return errors;
}

/** `referrals.csv:12:5: urgency: 'soon' is not one of: routine, urgent` */
export function formatExtractError(e: ExtractError): string {
  const where = [e.file, e.line || null, e.column].filter((x) => x !== null).join(':');
  return `${where}: ${e.columnName ? `${e.columnName}: ` : ''}${e.message}`;
}
