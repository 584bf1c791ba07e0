import { PTL_FIGURE_DEFINITIONS, PtlReport, PtlWeeksWaited, ptlFigureDefinitionOfDrill } from '@camhs/contracts';
import { Workbook } from 'exceljs';
import { FIXED_FIGURES, WEEKS_WAITED_FIGURES, figureDefinition } from './ptl-figures';
import { ptlReportFigures } from './ptl-report-figures';
import { ptlReportFile, reportFileName } from './ptl-report-files';
import { figureValueText, ptlReportPdf } from './ptl-report-pdf';
import { FIGURES_HEADER, FIGURES_SHEET, ptlReportXlsx } from './ptl-report-xlsx';

const report: PtlReport = {
  asOf: '2019-01-31',
  filters: { area: 'Rutland', team: null },
  period: { from: '2018-04-01', to: '2019-01-31' },
  referralsByMonth: [
    { month: '2018-12', routine: 2, urgent: 1 },
    { month: '2019-01', routine: 0, urgent: 3 },
  ],
  accessCompliance: [{ month: '2019-01', urgency: 'urgent', pass: 1, fail: 4 }],
  accessOutcomes: { accepted: 5, redirected: 6, returned: 7 },
  waitingForAccess: {
    children: 2,
    routine: 2,
    urgent: 0,
    longestWeeks: 45,
    averageWeeks: 27,
    over13Weeks: 1,
    urgentCases: [{ referralId: 'QX-R9', weeksWaiting: 3, hasFutureAppointment: true }],
  },
  inAssessment: { children: 8, longestWeeks: 9, averageWeeks: 4.5 },
  waitingForTreatment: {
    children: 11,
    waits: 13,
    byList: [
      { list: 'ADOS', waits: 9 },
      { list: 'Assessment & Treatment', waits: 4 },
    ],
    withFutureAppointment: 10,
    withoutFutureAppointment: 1,
    withoutFutureAppointmentSeenLast60Days: 1,
    longestWithoutAppointment: { weeks: 58, list: 'ADOS', waitId: 'QX-W1' },
  },
  rtt: { over13Weeks: 12, over18Weeks: 3 },
  duty: { rag: { RED: 14, AMBER: 15, GREEN: 16, unrated: 17 }, redWithoutLeadProfessional: 18, reviewsDue: 19, reviewsOverdue: 20, reviewsCompletedInLast14Days: 21 },
  flow: { acceptedLast14Days: 22, dischargedLast14Days: 23 },
  previous: { asOf: '2019-01-17', waitingForAccess: 24, waitingForTreatmentChildren: 25, waits: 26 },
};
// 9 + 4 = 13 waits, as waitingForTreatment.waits.
const weeksWaited: PtlWeeksWaited = {
  asOf: '2019-01-31',
  filters: { area: 'Rutland', team: null },
  bands: [
    { band: '0-4', fromWeeks: 0, toWeeks: 4, waits: 1 },
    { band: '4-13', fromWeeks: 4, toWeeks: 13, waits: 2 },
    { band: '13-18', fromWeeks: 13, toWeeks: 18, waits: 3 },
    { band: '18-52', fromWeeks: 18, toWeeks: 52, waits: 3 },
    { band: '52+', fromWeeks: 52, toWeeks: null, waits: 4 },
  ],
};

/** The text a PDF shows, one string per text operation (`[<hex> kern <hex>] TJ`), from uncompressed page streams. */
function pdfTextRuns(pdf: Buffer): string[] {
  const runs: string[] = [];
  for (const [, body] of pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>|[\s\d.-])*)\]\s*TJ/gi)) {
    runs.push([...body.matchAll(/<([0-9a-f]*)>/gi)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''));
  }
  return runs;
}

describe('report figures for the exports', () => {
  it('list every figure once, in the contract’s order, with its definition', () => {
    const figures = ptlReportFigures(report, weeksWaited);
    // months 2×2, compliance 2, outcomes 3, access 6 + urgent case 2, assessment 3, treatment 5 + lists 2 + longest 3
    // + bands 5, rtt 2, duty 4 + 4, flow 2, previous 4.
    expect(figures).toHaveLength(4 + 2 + 3 + 8 + 3 + 10 + 5 + 2 + 8 + 2 + 4);
    expect(new Set(figures.map((f) => f.path)).size).toBe(figures.length);
    expect(figures.slice(0, 2).map((f) => [f.path, f.label, f.value])).toEqual([
      ['referralsByMonth.2018-12.routine', 'Routine referrals received: December 2018', 2],
      ['referralsByMonth.2018-12.urgent', 'Urgent referrals received: December 2018', 1],
    ]);
    const byPath = new Map(figures.map((f) => [f.path, f]));
    expect(byPath.get('accessCompliance.2019-01.urgent.fail')?.value).toBe(4);
    expect(byPath.get('waitingForTreatment.byList.Assessment & Treatment')?.value).toBe(4);
    expect(byPath.get('waitingForAccess.urgentCases.QX-R9.hasFutureAppointment')?.value).toBe(true);
    expect(byPath.get('waitingForTreatment.longestWithoutAppointment.list')?.value).toBe('ADOS');
    expect(byPath.get('weeksWaited.52+')?.value).toBe(4);
    expect(byPath.get('previous.asOf')?.value).toBe('2019-01-17');
    expect(byPath.get('duty.rag.unrated')?.definition.unit).toBe('children');
  });

  it('write values with their units', () => {
    const byPath = new Map(ptlReportFigures(report, weeksWaited).map((f) => [f.path, f]));
    const text = (path: string) => figureValueText(byPath.get(path) as NonNullable<ReturnType<typeof byPath.get>>);
    expect(text('waitingForAccess.children')).toBe('2 children');
    expect(text('waitingForAccess.over13Weeks')).toBe('1 referral');
    expect(text('waitingForAccess.averageWeeks')).toBe('27.0 weeks');
    expect(text('inAssessment.averageWeeks')).toBe('4.5 weeks');
    expect(text('waitingForAccess.urgentCases.QX-R9.hasFutureAppointment')).toBe('yes');
    expect(text('previous.asOf')).toBe('17 January 2019');
  });
});

describe('ptl-figures and the definitions agree', () => {
  it('every figure that can be opened has a definition, and every definition that says it opens does', () => {
    expect(FIXED_FIGURES.filter((p) => !ptlFigureDefinitionOfDrill(p))).toEqual([]);
    expect(WEEKS_WAITED_FIGURES.filter((p) => !ptlFigureDefinitionOfDrill(p))).toEqual([]);
    const examples = PTL_FIGURE_DEFINITIONS.filter((d) => d.drill).map((d) =>
      (d.drill as string).replace('{month}', '2019-01').replace('{urgency}', 'urgent').replace('{list}', 'ADOS').replace('{band}', '13-18'),
    );
    expect(examples.filter((p) => !figureDefinition(p))).toEqual([]);
  });

  it('no path that is not a figure opens, not even an object’s own property names', () => {
    for (const path of ['constructor', 'toString', 'weeksWaited.constructor', 'weeksWaited.13-19', 'waitingForAccess.longestWeeks']) expect([path, figureDefinition(path)]).toEqual([path, undefined]);
  });

  it('cuts the weeks-waited bands at whole weeks: from 7·lower days, below 7·upper days', () => {
    expect(WEEKS_WAITED_FIGURES.map((p) => figureDefinition(p)?.rows)).toEqual([
      'open WHERE days >= 0 AND days < 28',
      'open WHERE days >= 28 AND days < 91',
      'open WHERE days >= 91 AND days < 126',
      'open WHERE days >= 126 AND days < 364',
      'open WHERE days >= 364',
    ]);
  });
});

describe('XLSX export', () => {
  it('holds every figure with its definition, and the table-like blocks as sheets', async () => {
    const book = new Workbook();
    // exceljs types its input as an ArrayBuffer: a copy of the bytes is one.
    await book.xlsx.load(new Uint8Array(await ptlReportXlsx(report, weeksWaited)).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([FIGURES_SHEET, 'referralsByMonth', 'accessCompliance', 'waitingForAccess.urgentCases', 'waitingForTreatment.byList', 'weeksWaited']);

    const sheet = book.getWorksheet(FIGURES_SHEET);
    if (!sheet) throw new Error('no Figures sheet');
    const rows = sheet.getSheetValues().filter(Array.isArray).map((r) => r.slice(1));
    expect(rows.slice(0, 7)).toEqual([
      ['Bi-weekly tracking report'],
      ['Report date', '2019-01-31'],
      ['Area', 'Rutland'],
      ['Team', 'All teams'],
      ['Period from', '2018-04-01'],
      ['Period to', '2019-01-31'],
      ['Previous report', '2019-01-17'],
    ]);
    const header = rows.findIndex((r) => r[0] === 'Section');
    expect(rows[header]).toEqual(FIGURES_HEADER);
    const byPath = new Map(rows.slice(header + 1).map((r) => [r[5], r]));
    expect(byPath.size).toBe(51);
    expect(byPath.get('waitingForTreatment.waits')?.slice(0, 4)).toEqual(['Waiting for treatment', 'Waits for treatment', 13, 'waits']);
    expect(byPath.get('waitingForTreatment.waits')?.[4]).toContain('Every open wait is counted, so a child waiting on two lists counts twice.');
    expect(byPath.get('inAssessment.averageWeeks')?.[2]).toBe(4.5);
    expect(byPath.get('duty.reviewsCompletedInLast14Days')?.[2]).toBe(21);
    expect(byPath.get('weeksWaited.13-18')?.[2]).toBe(3);

    const byList = book.getWorksheet('waitingForTreatment.byList')?.getSheetValues().filter(Array.isArray).map((r) => r.slice(1));
    expect(byList?.slice(0, 3)).toEqual([
      ['list', 'waits'],
      ['ADOS', 9],
      ['Assessment & Treatment', 4],
    ]);
    expect(byList?.[3]).toEqual(['How this is counted']);
    const bands = book.getWorksheet('weeksWaited')?.getSheetValues().filter(Array.isArray).map((r) => r.slice(1));
    expect(bands?.slice(0, 2)).toEqual([
      ['band', 'fromWeeks', 'toWeeks', 'waits'],
      ['0-4', 0, 4, 1],
    ]);
    expect(bands?.[5]).toEqual(['52+', 52, undefined, 4]);
  });
});

describe('PDF export', () => {
  it('is an A4 PDF with the title, the report date, the filters and every figure next to its definition', async () => {
    const pdf = await ptlReportPdf(report, weeksWaited, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString().trim()).toBe('%%EOF');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const pages = [...pdf.toString('latin1').matchAll(/\/Type \/Page\b/g)].length;
    expect(pages).toBeGreaterThanOrEqual(2);

    const runs = pdfTextRuns(pdf);
    const joined = runs.join(' ').replace(/\s+/g, ' ');
    expect(runs.slice(0, 6)).toEqual([
      'Bi-weekly tracking report',
      'Report date: 31 January 2019 (as it stood at the end of that day)',
      'Area: Rutland',
      'Team: All teams',
      'Period: 1 April 2018 to 31 January 2019 (the financial year to date)',
      'Trend against the previous report: 17 January 2019',
    ]);
    const after = (label: string) => runs[runs.indexOf(label) + 1];
    expect(after('Children waiting for access')).toBe('2 children');
    expect(after('Waits for treatment')).toBe('13 waits');
    expect(after('Waits for treatment on the list: Assessment & Treatment')).toBe('4 waits');
    expect(after('Waits by weeks waited: 52+ weeks')).toBe('4 waits');
    expect(after('Duty reviews overdue')).toBe('20 children');
    expect(after('Urgent referrals received: January 2019')).toBe('3 referrals');
    expect(joined).toContain('Every open wait is counted, so a child waiting on two lists counts twice.');
    expect(runs).toContain(`Page 1 of ${pages}`);
    // Figures sharing a definition are listed together and the definition follows once.
    const months = runs.indexOf('Routine referrals received: December 2018');
    expect(runs.slice(months, months + 4)).toEqual(['Routine referrals received: December 2018', '2 referrals', 'Routine referrals received: January 2019', '0 referrals']);
    expect(joined.split('Referrals with urgency "urgent" received in that month').length).toBe(2);
  });

  it('is a valid PDF when compressed too', async () => {
    const file = await ptlReportFile('pdf', report, weeksWaited);
    expect(file.contentType).toBe('application/pdf');
    expect(file.fileName).toBe('ptl-report-2019-01-31-rutland.pdf');
    expect(file.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.content.toString('latin1')).toContain('/FlateDecode');
  });
});

describe('export files', () => {
  it('are named after the report date and filters', () => {
    expect(reportFileName(report, 'xlsx')).toBe('ptl-report-2019-01-31-rutland.xlsx');
    expect(reportFileName({ ...report, filters: { area: null, team: null } }, 'csv')).toBe('ptl-report-2019-01-31.csv');
    expect(reportFileName({ ...report, filters: { area: 'Oakham Fringe', team: 'eating-disorders' } }, 'pdf')).toBe('ptl-report-2019-01-31-oakham-fringe-eating-disorders.pdf');
  });

  it('keep the CSV as it was, without the weeks-waited distribution', async () => {
    const file = await ptlReportFile('csv', report, null);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.content.toString('utf8')).toContain('waitingForTreatment.byList\nlist,waits\nADOS,9\nAssessment & Treatment,4\n');
    expect(file.content.toString('utf8')).not.toContain('weeksWaited');
  });
});
