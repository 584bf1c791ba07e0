/**
 * The three files of a PTL extract and their columns (spec/ptl-extract.md). Column order is free;
 * unknown columns are an error, so a typo never silently drops data.
 */
export const EXTRACT_FILES = {
  'referrals.csv': {
    required: ['referral_id', 'child_id', 'given_name', 'family_name', 'date_of_birth', 'area', 'team', 'referrer_type', 'urgency', 'received_on'],
    optional: [
      'nhs_number',
      'access_completed_on',
      'access_outcome',
      'assessment_completed_on',
      'assessment_outcome',
      'discharged_on',
      'rag',
      'rag_set_on',
      'lead_professional',
    ],
  },
  'waits.csv': {
    required: ['wait_id', 'referral_id', 'list', 'added_on'],
    optional: ['started_on', 'removed_on'],
  },
  'appointments.csv': {
    required: ['appointment_id', 'referral_id', 'date', 'kind', 'status'],
    optional: ['wait_id'],
  },
} as const;

export type ExtractFile = keyof typeof EXTRACT_FILES;

/** A problem with one cell (or, with column null, with the row or the file as a whole). */
export interface CellProblem {
  column: string | null;
  message: string;
}

/** Problems with a file's header line: unknown, repeated and missing columns. */
export function headerProblems(file: ExtractFile, header: readonly string[]): CellProblem[] {
  const { required, optional } = EXTRACT_FILES[file];
  const known: readonly string[] = [...required, ...optional];
  const problems: CellProblem[] = [];
  const seen = new Set<string>();
  for (const raw of header) {
    const column = raw.trim();
    if (!known.includes(column)) problems.push({ column, message: `unknown column '${column}'; the columns of ${file} are: ${known.join(', ')}` });
    else if (seen.has(column)) problems.push({ column, message: `column '${column}' appears more than once` });
    seen.add(column);
  }
  for (const column of required) {
    if (!seen.has(column)) problems.push({ column: null, message: `required column '${column}' is missing` });
  }
  return problems;
}
