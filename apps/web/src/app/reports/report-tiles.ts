import { PtlReport } from '@camhs/contracts';
import { FigureItem, countNumber, definitionAt } from './report-figures';

/** A headline tile: a figure, and (for the figures the report repeats for 14 days earlier) that earlier value. */
export interface HeadlineTile extends FigureItem {
  value: number;
  previous: { value: number; asOf: string; drill: string } | null;
}

function tile(r: PtlReport, path: string, value: number, previous: number | null = null): HeadlineTile {
  const definition = definitionAt(path);
  return {
    id: `tile-${path.replace(/\./g, '-')}`,
    label: definition.label,
    number: countNumber(value, path, definition),
    definition,
    value,
    previous: previous === null ? null : { value: previous, asOf: r.previous.asOf, drill: path },
  };
}

/** The figures managers look at first; those in `previous` carry the trend against the last report. */
export function headlineTiles(r: PtlReport): HeadlineTile[] {
  return [
    tile(r, 'waitingForAccess.children', r.waitingForAccess.children, r.previous.waitingForAccess),
    tile(r, 'waitingForAccess.over13Weeks', r.waitingForAccess.over13Weeks),
    tile(r, 'inAssessment.children', r.inAssessment.children),
    tile(r, 'waitingForTreatment.children', r.waitingForTreatment.children, r.previous.waitingForTreatmentChildren),
    tile(r, 'waitingForTreatment.waits', r.waitingForTreatment.waits, r.previous.waits),
    tile(r, 'rtt.over13Weeks', r.rtt.over13Weeks),
    tile(r, 'rtt.over18Weeks', r.rtt.over18Weeks),
    tile(r, 'duty.redWithoutLeadProfessional', r.duty.redWithoutLeadProfessional),
  ];
}
