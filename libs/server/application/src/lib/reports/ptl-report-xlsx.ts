import { PtlReport, PtlWeeksWaited, bandWords, ptlFigureDefinition } from '@camhs/contracts';
import { Workbook, Worksheet } from 'exceljs';
import { ReportFigure, ptlReportFigures } from './ptl-report-figures';
import { ReportSection, ptlReportSections } from './ptl-report-sections';

/** The sheet of every figure: its header row (the rows above it say which report this is). */
export const FIGURES_SHEET = 'Figures';
export const FIGURES_HEADER = ['Section', 'Figure', 'Value', 'Unit', 'How this is counted', 'Path'];

/** The blocks that are tables (one row per month, case, list or band) get a sheet of their own, named as the CSV section. */
const TABLE_SECTIONS: Record<string, Record<string, string>> = {
  referralsByMonth: { routine: 'referralsByMonth[].routine', urgent: 'referralsByMonth[].urgent' },
  accessCompliance: { pass: 'accessCompliance[].pass', fail: 'accessCompliance[].fail' },
  'waitingForAccess.urgentCases': { weeksWaiting: 'waitingForAccess.urgentCases[].weeksWaiting', hasFutureAppointment: 'waitingForAccess.urgentCases[].hasFutureAppointment' },
  'waitingForTreatment.byList': { waits: 'waitingForTreatment.byList[].waits' },
};

/**
 * The report as an XLSX workbook: a `Figures` sheet with every figure, its unit and how it is
 * counted, then a sheet per table-like block (the CSV's sections, headed by the contract's field
 * names) and one for the weeks-waited distribution. Dates are written as text (`YYYY-MM-DD`), as in the JSON.
 */
export async function ptlReportXlsx(report: PtlReport, weeksWaited: PtlWeeksWaited): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'CAMHS Waiting List Tracker';
  book.title = `Bi-weekly tracking report, ${report.asOf}`;
  figuresSheet(book, report, ptlReportFigures(report, weeksWaited));
  for (const section of ptlReportSections(report)) {
    const definitions = TABLE_SECTIONS[section.title];
    if (definitions) tableSheet(book, section, definitions);
  }
  tableSheet(
    book,
    { title: 'weeksWaited', columns: ['band', 'fromWeeks', 'toWeeks', 'waits'], rows: weeksWaited.bands.map((b) => [b.band, b.fromWeeks, b.toWeeks, b.waits]) },
    { waits: 'weeksWaited.bands[].waits' },
    weeksWaited.bands.map((b) => bandWords(b)),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

function figuresSheet(book: Workbook, report: PtlReport, figures: ReportFigure[]): void {
  const sheet = book.addWorksheet(FIGURES_SHEET);
  const context: [string, string][] = [
    ['Report date', report.asOf],
    ['Area', report.filters.area ?? 'All areas'],
    ['Team', report.filters.team ?? 'All teams'],
    ['Period from', report.period.from],
    ['Period to', report.period.to],
    ['Previous report', report.previous.asOf],
  ];
  sheet.addRow(['Bi-weekly tracking report']).font = { bold: true, size: 14 };
  for (const row of context) sheet.addRow(row);
  sheet.addRow([]);
  const header = sheet.addRow(FIGURES_HEADER);
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  for (const f of figures) sheet.addRow([f.section, f.label, f.value, f.definition.unit, f.definition.counted, f.path]);
  sheet.columns.forEach((column, i) => (column.width = [22, 48, 12, 14, 90, 44][i]));
  sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
}

/** A block as a table, then what each counted column means (and any further notes) below it. */
function tableSheet(book: Workbook, section: ReportSection, definitions: Record<string, string>, notes: string[] = []): Worksheet {
  const sheet = book.addWorksheet(section.title);
  sheet.addRow(section.columns).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of section.rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['How this is counted']).font = { bold: true };
  for (const [column, path] of Object.entries(definitions)) {
    const definition = ptlFigureDefinition(path);
    if (definition) sheet.addRow([column, `${definition.label} (${definition.unit}): ${definition.counted}`]);
  }
  for (const note of notes) sheet.addRow(['', note]);
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 28 : 16));
  return sheet;
}
