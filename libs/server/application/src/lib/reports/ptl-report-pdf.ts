import { PtlReport, PtlWeeksWaited, ptlUnitWord } from '@camhs/contracts';
import PDFDocument from 'pdfkit';
import { ReportFigure, longDate, ptlReportFigures } from './ptl-report-figures';

export interface PdfOptions {
  /** Compress the page streams (on by default); tests turn it off to read the text back. */
  compress?: boolean;
}

const MARGIN = 50;
const VALUE_WIDTH = 110;
const GREY = '#4c6272';
const BLACK = '#212b32';

/** `1 child`-style text of a figure's value with its unit; averages keep their one decimal place. */
export function figureValueText(f: ReportFigure): string {
  const { value } = f;
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return f.definition.unit === 'date' ? longDate(value) : value;
  const number = f.path.endsWith('averageWeeks') ? value.toFixed(1) : String(value);
  const unit = f.definition.unit;
  if (unit === 'yes or no' || unit === 'date' || unit === 'list' || unit === 'wait id') return number;
  return `${number} ${ptlUnitWord(unit, value)}`;
}

/**
 * The report as an A4 PDF: title, report date, filters and period, then every figure (and the
 * weeks-waited distribution) by section, each with its value and how it is counted. Figures that
 * share a definition (the months of one list, say) are listed together and the definition follows once.
 */
export function ptlReportPdf(report: PtlReport, weeksWaited: PtlWeeksWaited, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: `Bi-weekly tracking report, ${longDate(report.asOf)}`, Author: 'CAMHS Waiting List Tracker' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  heading(doc, report);
  let section = '';
  const figures = groupedByDefinition(ptlReportFigures(report, weeksWaited));
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.section !== section) {
      section = f.section;
      ensureRoom(doc, 60);
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(BLACK).text(section, MARGIN);
      doc.moveDown(0.3);
    }
    figureLine(doc, f);
    const next = figures[i + 1];
    // The definition once, after the last figure that shares it.
    if (!next || next.definition !== f.definition || next.section !== f.section) {
      const text = f.definition.counted;
      ensureRoom(doc, doc.font('Helvetica').fontSize(8.5).heightOfString(text, { width: contentWidth(doc) }) + 6);
      doc.fillColor(GREY).text(text, MARGIN, doc.y, { width: contentWidth(doc) }).moveDown(0.5);
    }
  }
  pageNumbers(doc);
  doc.end();
  return done;
}

/** Within each section, the figures that share a definition side by side (months of routine, then of urgent), otherwise in order. */
function groupedByDefinition(figures: ReportFigure[]): ReportFigure[] {
  const groups = new Map<string, ReportFigure[]>();
  for (const f of figures) {
    const key = `${f.section}\u0000${f.definition.path}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].flat();
}

function heading(doc: PDFKit.PDFDocument, r: PtlReport): void {
  doc.font('Helvetica-Bold').fontSize(18).fillColor(BLACK).text('Bi-weekly tracking report');
  doc.moveDown(0.4).font('Helvetica').fontSize(10.5);
  const lines = [
    `Report date: ${longDate(r.asOf)} (as it stood at the end of that day)`,
    `Area: ${r.filters.area ?? 'All areas'}`,
    `Team: ${r.filters.team ?? 'All teams'}`,
    `Period: ${longDate(r.period.from)} to ${longDate(r.period.to)} (the financial year to date)`,
    `Trend against the previous report: ${longDate(r.previous.asOf)}`,
  ];
  for (const line of lines) doc.text(line);
}

function figureLine(doc: PDFKit.PDFDocument, f: ReportFigure): void {
  const width = contentWidth(doc) - VALUE_WIDTH - 10;
  doc.font('Helvetica-Bold').fontSize(10);
  ensureRoom(doc, doc.heightOfString(f.label, { width }) + 2);
  const y = doc.y;
  doc.fillColor(BLACK).text(f.label, MARGIN, y, { width });
  const after = doc.y;
  doc.font('Helvetica').text(figureValueText(f), MARGIN + width + 10, y, { width: VALUE_WIDTH, align: 'right' });
  doc.y = Math.max(after, doc.y) + 2;
  doc.x = MARGIN;
}

const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - 2 * MARGIN;

/** Start a new page when what comes next would not fit above the bottom margin. */
function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function pageNumbers(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(GREY).text(`Page ${i + 1} of ${count}`, MARGIN, doc.page.height - MARGIN / 2 - 4, { width: contentWidth(doc), align: 'center' });
    doc.page.margins.bottom = bottom;
  }
}
