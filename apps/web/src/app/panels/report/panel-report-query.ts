import { Params } from '@angular/router';
import { PanelReportFormat } from '@camhs/contracts';
import { CalendarDate, financialYearOf, isFinancialYear } from '@camhs/domain';
import { SelectOption } from '../../shared/select-field.component';

/** What the panel report page shows, as kept in its address (`?panel=…&year=2026-27`). */
export interface PanelReportQuery {
  panel: string;
  /** A financial year written `YYYY-YY`. */
  year: string;
}

/** How many financial years before the current one the picker offers (an older year can still be typed in the address). */
export const YEARS_BACK = 4;

/** Reads `?year=`; no year means the current financial year. A malformed year is kept, for the API to name the field. */
export function reportYearFromAddress(param: string | null, today: CalendarDate): string {
  return param?.trim() || financialYearOf(today);
}

export function samePanelReportQuery(a: PanelReportQuery, b: PanelReportQuery): boolean {
  return a.panel === b.panel && a.year === b.year;
}

export function panelReportAddress(q: PanelReportQuery): Params {
  return { panel: q.panel, year: q.year };
}

/** `2026-27` moved on `by` years: `2025-26` for -1 (years are checked before they get here). */
function yearShifted(year: string, by: number): string {
  const start = Number(year.slice(0, 4)) + by;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The financial years to choose from, latest first: the next one (allocations starting after
 * 1 April count in it), the current one and `YEARS_BACK` before it; plus the year asked for when it
 * is a year outside that range.
 */
export function reportYearOptions(today: CalendarDate, current: string | null): SelectOption[] {
  const thisYear = financialYearOf(today);
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => yearShifted(thisYear, 1 - i));
  const options = years.map((y) => ({ value: y, text: yearText(y) }));
  return current && isFinancialYear(current) && !years.includes(current) ? [...options, { value: current, text: yearText(current) }] : options;
}

/** `2026-27` → `2026 to 2027 (1 April 2026 to 31 March 2027)`. */
export function yearText(year: string): string {
  const start = Number(year.slice(0, 4));
  return `${start} to ${start + 1} (1 April ${start} to 31 March ${start + 1})`;
}

/** The year the form holds, checked before asking the API; null when it will do. */
export function yearProblem(value: string): string | null {
  if (!value.trim()) return 'Select the financial year';
  if (!isFinancialYear(value.trim())) return 'The financial year must be written like 2026-27';
  return null;
}

/** The download link of an export; the path's id and the query are escaped. */
export function panelExportHref(q: PanelReportQuery, format: PanelReportFormat): string {
  return `/api/panels/${encodeURIComponent(q.panel)}/report/export?${new URLSearchParams({ financialYear: q.year, format })}`;
}
