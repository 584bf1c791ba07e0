import { OUTCOME_CATEGORIES, PanelReport, PanelReportFormat, formatPounds, unitWords } from '@camhs/contracts';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { longDate } from '../reports/ptl-report-figures';
import { panelPdf } from './panel-pdf';

type Cell = string | number | null;
export interface PanelReportSection {
  title: string;
  columns: string[];
  rows: Cell[][];
}

export const PANEL_REPORT_CONTENT_TYPES: Record<PanelReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The report as named tables (the CSV's sections and the XLSX's sheets); money in whole pence, as in the JSON. */
export function panelReportSections(r: PanelReport): PanelReportSection[] {
  const a = r.allocations;
  return [
    {
      title: 'summary',
      columns: ['figure', 'value'],
      rows: [
        ['panel', r.panel.name],
        ['financialYear', r.financialYear],
        ['childrenConsidered', r.childrenConsidered],
        ['riskAtStart.high', r.riskAtStart.high],
        ['riskAtStart.medium', r.riskAtStart.medium],
        ['riskAtStart.low', r.riskAtStart.low],
        ['riskAtStart.notRecorded', r.riskAtStart.notRecorded],
        ['highRiskShare.percent', r.highRiskShare.percent],
        ['allocations.count', a.count],
        ['allocations.children', a.children],
        ['allocations.blockUnits', a.blockUnits],
        ['allocations.spotUnits', a.spotUnits],
        ['allocations.blockCostPence', a.blockCostPence],
        ['allocations.spotCostPence', a.spotCostPence],
        ['allocations.costPence', a.costPence],
        ['allocations.overBudget', a.overBudget],
        ['budget.amountPence', r.budget.amountPence],
        ['budget.committedPence', r.budget.committedPence],
        ['budget.remainingPence', r.budget.remainingPence],
        ['outcomes.children', r.outcomes.children],
        ['outcomes.awaitingReview', r.outcomes.awaitingReview],
        ['costAvoided.children', r.costAvoided.children],
        ['costAvoided.totalPence', r.costAvoided.totalPence],
        ['costAvoided.highRiskWithoutPrediction', r.costAvoided.highRiskWithoutPrediction],
        ['costAvoided.leftOutMayProgress', r.costAvoided.leftOutMayProgress],
      ],
    },
    spendSection('byIntervention', r.byIntervention),
    spendSection('byProvider', r.byProvider),
    {
      title: 'capacity',
      columns: ['intervention', 'provider', 'unit', 'blockUnitsPerYear', 'blockUsed', 'blockRemaining', 'spotUnits', 'spotCostPence'],
      rows: r.capacity.map((c) => [c.intervention, c.provider, c.unit, c.blockUnitsPerYear, c.blockUsed, c.blockRemaining, c.spotUnits, c.spotCostPence]),
    },
    { title: 'outcomes', columns: ['category', 'label', 'children'], rows: OUTCOME_CATEGORIES.map((o) => [o.id, o.label, r.outcomes.byCategory[o.id]]) },
    {
      title: 'costAvoided',
      columns: ['hoursPerWeek', 'children', 'perChildPence', 'totalPence'],
      rows: r.costAvoided.groups.map((g) => [g.hoursPerWeek, g.children, g.perChildPence, g.totalPence]),
    },
    { title: 'notes', columns: ['note'], rows: r.notes.map((n) => [n]) },
  ];
}

function spendSection(title: string, rows: PanelReport['byIntervention']): PanelReportSection {
  return {
    title,
    columns: ['key', 'label', 'allocations', 'children', 'blockUnits', 'spotUnits', 'costPence'],
    rows: rows.map((s) => [s.key, s.label, s.allocations, s.children, s.blockUnits, s.spotUnits, s.costPence]),
  };
}

export function panelReportCsv(r: PanelReport): string {
  return panelReportSections(r)
    .map((s) => stringify([[s.title], s.columns, ...s.rows]))
    .join('\n');
}

/** A sheet per section; each money column (…Pence) is followed by the same amount in pounds, as text written from the pence. */
export async function panelReportXlsx(r: PanelReport): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'CAMHS Waiting List Tracker';
  book.title = `${r.panel.name}: panel report ${r.financialYear}`;
  for (const section of panelReportSections(r)) {
    const sheet = book.addWorksheet(section.title);
    const summary = section.title === 'summary';
    const money = section.columns.map((c, i) => (c.endsWith('Pence') ? i : -1)).filter((i) => i >= 0);
    const header = section.columns.flatMap((c, i) => (money.includes(i) ? [c, c.replace(/Pence$/, ' (£)')] : [c]));
    sheet.addRow(summary ? [...header, 'in pounds'] : header).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of section.rows) {
      const cells = row.flatMap((v, i) => (money.includes(i) ? [v, typeof v === 'number' ? formatPounds(v) : v] : [v]));
      const [figure, value] = row;
      sheet.addRow(summary && typeof figure === 'string' && figure.endsWith('Pence') && typeof value === 'number' ? [...cells, formatPounds(value)] : cells);
    }
    sheet.columns.forEach((column, i) => (column.width = section.title === 'notes' ? 140 : i < 2 ? 34 : 16));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The report on A4: each figure with its value, the tables as lines, then how every figure is counted. */
export function panelReportPdf(r: PanelReport, producedAt: Date, options: { compress?: boolean } = {}): Promise<Buffer> {
  const pdf = panelPdf(`${r.panel.name}: panel report ${r.financialYear}`, producedAt, options);
  const money = (p: number | null) => (p === null ? 'not set' : formatPounds(p));
  pdf.heading(`${r.panel.name}: panel report ${r.financialYear}`, 18);
  pdf.para(`${longDate(r.period.from)} to ${longDate(r.period.to)}.`);
  pdf.heading('Children');
  pdf.line('Children considered', String(r.childrenConsidered));
  pdf.line('High risk of escalation at the start', `${r.highRiskShare.children} of ${r.highRiskShare.of}${r.highRiskShare.percent === null ? '' : ` (${r.highRiskShare.percent}%)`}`);
  pdf.line('Medium / low / not recorded', `${r.riskAtStart.medium} / ${r.riskAtStart.low} / ${r.riskAtStart.notRecorded}`);
  pdf.heading('Allocations and spend');
  pdf.line('Allocations (children)', `${r.allocations.count} (${r.allocations.children})`);
  pdf.line('Block / spot units', `${r.allocations.blockUnits} / ${r.allocations.spotUnits}`);
  pdf.line('Spend: block + spot', `${formatPounds(r.allocations.blockCostPence)} + ${formatPounds(r.allocations.spotCostPence)} = ${formatPounds(r.allocations.costPence)}`);
  pdf.line('Budget / committed / remaining', `${money(r.budget.amountPence)} / ${formatPounds(r.budget.committedPence)} / ${money(r.budget.remainingPence)}`);
  pdf.line('Allocations over budget (with a recorded reason)', String(r.allocations.overBudget));
  for (const [title, rows] of [['By intervention', r.byIntervention], ['By provider', r.byProvider]] as const) {
    pdf.heading(title);
    if (rows.length === 0) pdf.para('No allocations.', { quiet: true });
    for (const s of rows) pdf.line(`${s.label}: ${s.allocations} allocation${s.allocations === 1 ? '' : 's'}, ${s.blockUnits} block + ${s.spotUnits} spot units`, formatPounds(s.costPence));
  }
  pdf.heading('Capacity used (block vs spot)');
  for (const c of r.capacity) {
    pdf.line(`${c.intervention} (${c.provider}): ${unitWords(c.unit, c.blockUsed)} of ${c.blockUnitsPerYear} block`, `${unitWords(c.unit, c.spotUnits)} spot (${formatPounds(c.spotCostPence)})`);
  }
  pdf.heading('Outcomes');
  for (const o of OUTCOME_CATEGORIES) pdf.line(o.label, String(r.outcomes.byCategory[o.id]));
  pdf.line('Awaiting review', String(r.outcomes.awaitingReview));
  pdf.heading('Estimated cost avoided');
  for (const g of r.costAvoided.groups) pdf.line(`${g.children} × ${g.hoursPerWeek} hours a week at ${formatPounds(g.perChildPence)} each`, formatPounds(g.totalPence));
  pdf.line('Total', formatPounds(r.costAvoided.totalPence));
  pdf.heading('How each figure is counted');
  for (const note of r.notes) pdf.para(note, { quiet: true });
  return pdf.finish();
}

export async function panelReportFile(format: PanelReportFormat, r: PanelReport, producedAt: Date): Promise<{ content: Buffer; contentType: string; fileName: string }> {
  const slug = r.panel.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const content = format === 'csv' ? Buffer.from(panelReportCsv(r), 'utf8') : format === 'xlsx' ? await panelReportXlsx(r) : await panelReportPdf(r, producedAt);
  return { content, contentType: PANEL_REPORT_CONTENT_TYPES[format], fileName: `panel-report-${slug}-${r.financialYear}.${format}` };
}
