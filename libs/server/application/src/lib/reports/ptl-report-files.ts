import type { PtlExportFormat, PtlReport, PtlWeeksWaited } from '@camhs/contracts';
import { ptlReportPdf } from './ptl-report-pdf';
import { ptlReportCsv } from './ptl-report-sections';
import { ptlReportXlsx } from './ptl-report-xlsx';

/** A report export: its bytes, media type and file name. */
export interface ReportFile {
  content: Buffer;
  contentType: string;
  fileName: string;
}

export const REPORT_CONTENT_TYPES: Record<PtlExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** `ptl-report-2019-01-31[-<area>][-<team>].<format>`, the filters reduced to letters, digits and dashes. */
export function reportFileName(report: PtlReport, format: PtlExportFormat): string {
  const part = (value: string | null) => (value ? `-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '');
  return `ptl-report-${report.asOf}${part(report.filters.area)}${part(report.filters.team)}.${format}`;
}

/** The report in one export format. The CSV carries the contract's figures only; XLSX and PDF add the weeks-waited distribution and every definition. */
export async function ptlReportFile(format: PtlExportFormat, report: PtlReport, weeksWaited: PtlWeeksWaited | null): Promise<ReportFile> {
  const fileName = reportFileName(report, format);
  const contentType = REPORT_CONTENT_TYPES[format];
  if (format === 'csv') return { content: Buffer.from(ptlReportCsv(report), 'utf8'), contentType, fileName };
  if (!weeksWaited) throw new Error(`The ${format} export needs the weeks-waited distribution`);
  return { content: format === 'xlsx' ? await ptlReportXlsx(report, weeksWaited) : await ptlReportPdf(report, weeksWaited), contentType, fileName };
}
