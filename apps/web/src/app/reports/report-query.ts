import { Params } from '@angular/router';
import { PtlExportFormat } from '@camhs/contracts';
import { isCalendarDate } from '@camhs/domain';

/** What the Reports page shows, as kept in its address (`?asOf=…&area=…&team=…`); '' = all areas / all teams. */
export interface ReportQuery {
  asOf: string;
  area: string;
  team: string;
}

/** Reads `?asOf=&area=&team=`; no date means today. A malformed date is kept, for the API to name the field. */
export function reportQueryFromAddress(params: { get(name: string): string | null }, today: string): ReportQuery {
  return { asOf: params.get('asOf')?.trim() || today, area: params.get('area')?.trim() ?? '', team: params.get('team')?.trim() ?? '' };
}

export function sameReportQuery(a: ReportQuery, b: ReportQuery): boolean {
  return a.asOf === b.asOf && a.area === b.area && a.team === b.team;
}

/** The address's query parameters for a report; "all" filters are left out. */
export function reportAddress(q: ReportQuery): Params {
  return { asOf: q.asOf, area: q.area || null, team: q.team || null };
}

/** The API's query parameters for a report; "all" filters are left out. */
export function reportApiParams(q: ReportQuery): Record<string, string> {
  return { asOf: q.asOf, ...(q.area ? { area: q.area } : {}), ...(q.team ? { team: q.team } : {}) };
}

/** The drill-down page's address parameters for a figure (at another date for a previous report's figure). */
export function drillAddress(q: ReportQuery, figure: string, asOf = q.asOf): Params {
  return { figure, ...reportAddress({ ...q, asOf }) };
}

/** The download link of an export. URLSearchParams writes `+` as %2B and spaces as `+`, as the API reads them. */
export function exportHref(q: ReportQuery, format: PtlExportFormat): string {
  return `/api/reports/ptl/export?${new URLSearchParams({ ...reportApiParams(q), format })}`;
}

/** The report date the form holds, checked before asking the API; null when it will do. */
export function asOfProblem(value: string): string | null {
  if (!value.trim()) return 'Enter the report date';
  if (!isCalendarDate(value.trim())) return 'The report date must be a real date, for example 31 1 2019';
  return null;
}
