import type { PanelReport } from '@camhs/contracts';
import { SOURCE_COST_AVOIDANCE_SETTINGS, quoteAllocation } from '@camhs/domain';
import { Workbook } from 'exceljs';
import { quoteSummary } from './allocation-quotes';
import { panelReportNotes } from './panel-report-queries';
import { panelReportCsv, panelReportFile, panelReportPdf, panelReportXlsx } from './panel-report-files';

/** A report written out by hand (not computed): two children allocated, one of them high risk with 32.5 hours predicted. */
const report: PanelReport = {
  panel: { id: 'p-1', name: 'Primary Phase Panel', team: 'inclusion-panel' },
  financialYear: '2026-27',
  period: { from: '2026-04-01', to: '2027-03-31' },
  childrenConsidered: 3,
  riskAtStart: { high: 1, medium: 1, low: 0, notRecorded: 1 },
  highRiskShare: { children: 1, of: 3, percent: 33.3 },
  allocations: { count: 2, children: 2, blockUnits: 6, spotUnits: 2, blockCostPence: 27_000, spotCostPence: 12_000, costPence: 39_000, overBudget: 0 },
  byIntervention: [{ key: 'specialist-counselling', label: 'Specialist counselling', allocations: 2, children: 2, blockUnits: 6, spotUnits: 2, costPence: 39_000 }],
  byProvider: [{ key: 'prov-1', label: 'Futures in Mind', allocations: 2, children: 2, blockUnits: 6, spotUnits: 2, costPence: 39_000 }],
  capacity: [
    { entryId: 'e-1', intervention: 'Specialist counselling', provider: 'Futures in Mind', unit: 'hours', blockUnitsPerYear: 6, blockUsed: 6, blockRemaining: 0, spotUnits: 2, spotCostPence: 12_000 },
  ],
  budget: { amountPence: 100_000, committedPence: 39_000, remainingPence: 61_000 },
  outcomes: { children: 2, awaitingReview: 1, byCategory: { 'high-impact': 1, 'continuing-to-improve': 0, 'limited-impact-other-pathway': 0, 'extra-support-may-progress': 0 } },
  costAvoided: {
    children: 1,
    groups: [{ hoursPerWeek: 32.5, children: 1, perChildPence: 790_610, totalPence: 790_610 }],
    totalPence: 790_610,
    highRiskWithoutPrediction: 0,
    leftOutMayProgress: 0,
    settings: SOURCE_COST_AVOIDANCE_SETTINGS,
    method: 'the method',
  },
  notes: ['A note on how it is counted.'],
};

/** The text runs of an uncompressed PDF from PDFKit's standard fonts (hex glyph strings in TJ arrays). */
function pdfText(pdf: Buffer): string {
  return [...pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>|[\s\d.-])*)\]\s*TJ/gi)]
    .map(([, body]) => [...body.matchAll(/<([0-9a-f]*)>/gi)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''))
    .join(' ');
}

describe('the panel report files', () => {
  it('writes the CSV as named sections, money in whole pence as in the JSON', () => {
    const csv = panelReportCsv(report);
    expect(csv.startsWith('summary\nfigure,value\npanel,Primary Phase Panel\nfinancialYear,2026-27\nchildrenConsidered,3\n')).toBe(true);
    expect(csv).toContain('\nhighRiskShare.percent,33.3\n');
    expect(csv).toContain('\ncapacity\nintervention,provider,unit,blockUnitsPerYear,blockUsed,blockRemaining,spotUnits,spotCostPence\nSpecialist counselling,Futures in Mind,hours,6,6,0,2,12000\n');
    expect(csv).toContain('\noutcomes\ncategory,label,children\nhigh-impact,High / very positive impact,1\n');
    expect(csv).toContain('\ncostAvoided\nhoursPerWeek,children,perChildPence,totalPence\n32.5,1,790610,790610\n');
    expect(csv.endsWith('notes\nnote\nA note on how it is counted.\n')).toBe(true);
  });

  it('writes a sheet per section in the XLSX, each amount in pence followed by the same in pounds', async () => {
    const book = new Workbook();
    await book.xlsx.load(new Uint8Array(await panelReportXlsx(report)).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['summary', 'byIntervention', 'byProvider', 'capacity', 'outcomes', 'costAvoided', 'notes']);
    const rows = (name: string) => (book.getWorksheet(name)?.getSheetValues() ?? []).filter(Array.isArray).map((r) => (r as unknown[]).slice(1));
    expect(rows('costAvoided')).toEqual([
      ['hoursPerWeek', 'children', 'perChildPence', 'perChild (£)', 'totalPence', 'total (£)'],
      [32.5, 1, 790_610, '£7,906.10', 790_610, '£7,906.10'],
    ]);
    expect(rows('summary')).toContainEqual(['budget.remainingPence', 61_000, '£610.00']);
    expect(rows('summary')).toContainEqual(['childrenConsidered', 3]);
  });

  it('writes the PDF with each figure in words and the notes', async () => {
    const text = pdfText(await panelReportPdf(report, new Date('2027-04-02T09:00:00Z'), { compress: false }));
    for (const words of ['Primary Phase Panel: panel report 2026-27', '1 of 3 (33.3%)', '£270.00 + £120.00 = £390.00', '£1,000.00 / £390.00 / £610.00', '6 hours of 6 block', '2 hours spot (£120.00)', '£7,906.10', 'A note on how it is counted.']) {
      expect([words, text.includes(words)]).toEqual([words, true]);
    }
  });

  it('names the file by panel and year, never a child', async () => {
    const file = await panelReportFile('csv', report, new Date('2027-04-02T09:00:00Z'));
    expect([file.fileName, file.contentType]).toEqual(['panel-report-primary-phase-panel-2026-27.csv', 'text/csv; charset=utf-8']);
  });

  it('states every counting rule, with the check on the source’s example', () => {
    const notes = panelReportNotes({ ...report, costAvoided: { ...report.costAvoided, method: 'M.' } });
    expect(notes[0]).toBe('Financial year 2026-27: 2026-04-01 to 2027-03-31.');
    expect(notes.at(-1)).toBe('Check on the method: the source’s own group (38 children at 32.5 hours and 12 at 25) gives £356,795.80 with these figures; the source prints £350,978 without showing its working.');
    expect(notes.some((n) => n.startsWith('Estimated cost avoided: M. Children whose latest outcome'))).toBe(true);
  });
});

describe('an allocation quote in words', () => {
  const counselling = { unit: 'hours' as const, unitCostPence: 4500, spotPricePence: 6000 };
  it('says what comes from the block, what is spot and needs confirming, and what is left of the budget', () => {
    // 2 × 6 = 12 hours, 4 block left: 4 × £45 = £180, 8 × £60 = £480; £1,000 − £660 = £340 left.
    const q = quoteAllocation(counselling, { blockUnits: 40, blockUsed: 36 }, { budgetPence: 100_000, committedPence: 0 }, 2, 6);
    expect(quoteSummary(q, 'hours', '2026-27')).toBe(
      '4 hours from the block (£180.00), 8 hours beyond the block would be spot purchased (£480.00) and needs confirming; £340.00 of the 2026-27 budget would remain.',
    );
    const over = quoteAllocation(counselling, { blockUnits: 0, blockUsed: 0 }, { budgetPence: 5_000, committedPence: 0 }, 1, 1);
    expect(quoteSummary(over, 'hours', '2026-27')).toBe('the block is used up: 1 hour beyond the block would be spot purchased (£60.00) and needs confirming; it takes the panel £10.00 over its 2026-27 budget and needs a recorded reason.');
    const none = quoteAllocation(counselling, { blockUnits: 10, blockUsed: 0 }, { budgetPence: null, committedPence: 0 }, 1, 1);
    expect(quoteSummary(none, 'hours', '2026-27')).toBe('1 hour from the block (£45.00), leaving 9 hours; no budget is set for 2026-27.');
  });
});
