import { PanelReport } from '@camhs/contracts';
import {
  budgetText,
  capacityTable,
  costAvoidedExclusions,
  costAvoidedHeadline,
  costAvoidedSettingsText,
  costAvoidedTable,
  outcomesTable,
  riskTable,
  spendByInterventionTable,
  spendByProviderTable,
  summaryFigures,
} from './panel-report-figures';
import { testPanelReport } from './panel-report.testing';

const r = testPanelReport();
const withBudget = (budget: PanelReport['budget']): PanelReport => ({ ...r, budget });

describe('the panel report’s summary', () => {
  it('states each figure in words, money with pence and the high-risk share with its base', () => {
    expect(summaryFigures(r).map((f) => [f.label, f.value, f.detail])).toEqual([
      ['Children considered', '5 children', null],
      ['At high risk of escalating to a statutory assessment at the start', '3 of 5 children (60.0%)', null],
      ['Interventions allocated', '5 allocations for 4 children', '30 block units and 16 spot units (hours or place-weeks, as each intervention is counted)'],
      // £1,150.00 block + £690.00 spot = £1,840.00.
      ['Spend', '£1,840.00', 'Block £1,150.00; spot £690.00'],
      ['Budget', '£2,000.00: £1,840.00 committed, £160.00 remaining', null],
      ['Estimated cost avoided', '£7,906.10', 'For 1 child at high risk at the start'],
    ]);
  });

  it('puts the report’s own note next to the figure it explains', () => {
    const notes = Object.fromEntries(summaryFigures(r).map((f) => [f.id, f.note]));
    expect(notes['figure-children-considered']).toBe('Children considered: distinct children whose case the panel decided on at a sitting in the year.');
    expect(notes['figure-high-risk-share']).toBe('Risk at the start: the coordinator’s pre-panel risk when the panel first decided on the case.');
    expect(notes['figure-spend']).toBe('Allocations and spend: allocations starting in the year, at the prices recorded when they were made.');
    expect(notes['figure-budget']).toBe('Budget: the panel’s budget for the year against the cost of its allocations starting in the year.');
  });

  it('writes the budget as committed and remaining, over it, or not set', () => {
    expect(budgetText(r)).toBe('£2,000.00: £1,840.00 committed, £160.00 remaining');
    // £1,500.00 − £1,840.00 = −£340.00.
    expect(budgetText(withBudget({ amountPence: 150_000, committedPence: 184_000, remainingPence: -34_000 }))).toBe('£1,500.00: £1,840.00 committed, over by £340.00');
    expect(budgetText(withBudget({ amountPence: null, committedPence: 184_000, remainingPence: null }))).toBe('No budget set for 2025-26 (£1,840.00 committed)');
  });

  it('says how many allocations went over budget, when any did', () => {
    const over = summaryFigures({ ...r, allocations: { ...r.allocations, overBudget: 2 } }).find((f) => f.id === 'figure-budget');
    expect(over?.detail).toBe('2 allocations were recorded over budget, each with a reason');
    const one = summaryFigures({ ...r, allocations: { ...r.allocations, overBudget: 1 } }).find((f) => f.id === 'figure-budget');
    expect(one?.detail).toBe('1 allocation was recorded over budget, each with a reason');
  });
});

describe('the panel report’s tables', () => {
  it('shares the children considered out by risk at the start, each share with its base', () => {
    const t = riskTable(r);
    expect(t.rows).toEqual([
      { header: 'High', cells: ['3', '3 of 5 children (60.0%)'] },
      { header: 'Medium', cells: ['1', '1 of 5 children (20.0%)'] },
      { header: 'Low', cells: ['1', '1 of 5 children (20.0%)'] },
      { header: 'Not recorded', cells: ['0', '0 of 5 children (0.0%)'] },
    ]);
    expect(t.footer).toEqual({ header: 'Children considered', cells: ['5', ''] });
  });

  it('lists spend by intervention and by provider, with the year’s totals below', () => {
    const byType = spendByInterventionTable(r);
    expect(byType.headings).toEqual(['Intervention', 'Allocations', 'Children', 'Block units', 'Spot units', 'Cost']);
    expect(byType.rows).toEqual([
      // Tutoring: 20 block × £35.00 + 15 spot × £42.00 = £700.00 + £630.00.
      { header: 'Specialist tutoring', cells: ['2', '2', '20', '15', '£1,330.00'] },
      // Counselling: 10 block × £45.00 + 1 spot × £60.00 = £450.00 + £60.00.
      { header: 'Specialist counselling', cells: ['3', '3', '10', '1', '£510.00'] },
    ]);
    expect(byType.footer).toEqual({ header: 'All allocations', cells: ['5', '4', '30', '16', '£1,840.00'] });
    expect(spendByProviderTable(r).rows.map((row) => [row.header, row.cells[4]])).toEqual([
      ['Learning Links', '£1,330.00'],
      ['Talking Space', '£510.00'],
    ]);
    expect(spendByInterventionTable({ ...r, byIntervention: [] }).footer).toBeNull();
  });

  it('shows each block contract used, remaining and spot bought, in its own unit', () => {
    const t = capacityTable(r);
    expect(t.rows).toEqual([
      { header: 'Specialist counselling', cells: ['Talking Space', '10 hours', '10 of 10 hours (100.0%)', '0 hours', '1 hour', '£60.00'] },
      { header: 'Specialist tutoring', cells: ['Learning Links', '20 hours', '20 of 20 hours (100.0%)', '0 hours', '15 hours', '£630.00'] },
      { header: 'Nurture outreach', cells: ['Nurture Hub', '24 place-weeks', '0 of 24 place-weeks (0.0%)', '24 place-weeks', '0 place-weeks', '£0.00'] },
    ]);
    expect(t.numeric).toEqual([false, true, true, true, true, true]);
  });

  it('distributes the children allocated by their latest outcome, in the four categories, and those awaiting review', () => {
    const t = outcomesTable(r);
    expect(t.rows).toEqual([
      { header: 'High / very positive impact', cells: ['1', '1 of 4 children (25.0%)'] },
      { header: 'Continuing to improve (may need more)', cells: ['1', '1 of 4 children (25.0%)'] },
      { header: 'Limited impact — other pathway appropriate', cells: ['1', '1 of 4 children (25.0%)'] },
      { header: 'Extra support required — may progress to a statutory plan', cells: ['1', '1 of 4 children (25.0%)'] },
      { header: 'Awaiting review', cells: ['0', '0 of 4 children (0.0%)'] },
    ]);
    expect(t.footer).toEqual({ header: 'Children allocated', cells: ['4', ''] });
  });
});

describe('the estimated cost avoided', () => {
  it('shows each group’s cost per child and in total', () => {
    // 32.5 h × £11.26 × 38 weeks = £13,906.10, less £6,000.00 = £7,906.10.
    expect(costAvoidedTable(r).rows).toEqual([{ header: '32.5 hours', cells: ['32.5 × £11.26 × 38 weeks, less £6,000.00', '1', '£7,906.10', '£7,906.10'] }]);
    expect(costAvoidedTable(r).footer).toEqual({ header: 'All', cells: ['', '1', '', '£7,906.10'] });
    expect(costAvoidedHeadline(r)).toBe('£7,906.10 for 1 child at high risk at the start');
  });

  it('adds up the source’s own example to £356,795.80', () => {
    // 38 children at 32.5 h: £7,906.10 each, £300,431.80; 12 at 25 h: 25 × £11.26 × 38 = £10,697.00 − £6,000.00 = £4,697.00 each, £56,364.00.
    const source: PanelReport = {
      ...r,
      costAvoided: {
        ...r.costAvoided,
        children: 50,
        groups: [
          { hoursPerWeek: 32.5, children: 38, perChildPence: 790_610, totalPence: 30_043_180 },
          { hoursPerWeek: 25, children: 12, perChildPence: 469_700, totalPence: 5_636_400 },
        ],
        totalPence: 35_679_580,
      },
    };
    expect(costAvoidedTable(source).rows.map((row) => [row.header, ...row.cells.slice(1)])).toEqual([
      ['32.5 hours', '38', '£7,906.10', '£300,431.80'],
      ['25 hours', '12', '£4,697.00', '£56,364.00'],
    ]);
    expect(costAvoidedTable(source).footer?.cells[3]).toBe('£356,795.80');
    expect(costAvoidedHeadline(source)).toBe('£356,795.80 for 50 children at high risk at the start');
  });

  it('states the figures used and what the estimate leaves out, so a reader can check it', () => {
    expect(costAvoidedSettingsText(r)).toBe('£11.26 an hour, 38 school weeks a year, less the first £6,000.00 that schools already fund');
    expect(costAvoidedExclusions(r)).toEqual([
      '1 child at high risk at the start with no predicted hours of support is not in the estimate.',
      '1 child whose latest outcome is “may progress to a statutory plan” is left out: that cost may yet fall due.',
    ]);
    const more = { ...r, costAvoided: { ...r.costAvoided, highRiskWithoutPrediction: 2, leftOutMayProgress: 0 } };
    expect(costAvoidedExclusions(more)).toEqual(['2 children at high risk at the start with no predicted hours of support are not in the estimate.']);
  });
});
