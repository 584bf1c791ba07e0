import { capacityChart, outcomesChart, riskChart, spendByInterventionChart, spendByProviderChart } from './panel-report-charts';
import { capacityTable, outcomesTable, riskTable, spendByInterventionTable, spendByProviderTable } from './panel-report-figures';
import { testPanelReport } from './panel-report.testing';

const r = testPanelReport();

describe('the panel report’s charts', () => {
  it('draws the children considered by risk at the start', () => {
    const c = riskChart(r);
    expect(c.labels).toEqual(['High', 'Medium', 'Low', 'Not recorded']);
    expect(c.series.map((s) => s.values)).toEqual([[3, 1, 1, 0]]);
    expect([c.money, c.stacked, c.axis]).toEqual([false, false, 'Children']);
    expect(c.summary).toContain('the 5 children considered');
  });

  it('draws spend in pence (shown as pounds), highest first, by intervention and by provider', () => {
    const byType = spendByInterventionChart(r);
    expect(byType.labels).toEqual(['Specialist tutoring', 'Specialist counselling']);
    expect(byType.series).toEqual([{ label: 'Spend', values: [133_000, 51_000], colour: '#005eb8' }]);
    expect([byType.money, byType.horizontal, byType.axis]).toEqual([true, true, 'Spend (£)']);
    expect(spendByProviderChart(r).labels).toEqual(['Learning Links', 'Talking Space']);
  });

  it('stacks block used, block remaining and spot bought for each contract', () => {
    const c = capacityChart(r);
    expect(c.labels).toEqual(['Specialist counselling, Talking Space (hours)', 'Specialist tutoring, Learning Links (hours)', 'Nurture outreach, Nurture Hub (place-weeks)']);
    expect(c.series.map((s) => [s.label, s.values])).toEqual([
      ['Block used', [10, 20, 0]],
      ['Block remaining', [0, 0, 24]],
      ['Spot bought', [1, 15, 0]],
    ]);
    expect(c.stacked).toBe(true);
  });

  it('draws the outcomes in the four categories and those awaiting review', () => {
    const c = outcomesChart({ ...r, outcomes: { children: 4, awaitingReview: 2, byCategory: { 'high-impact': 1, 'continuing-to-improve': 1, 'limited-impact-other-pathway': 0, 'extra-support-may-progress': 0 } } });
    expect(c.labels).toHaveLength(5);
    expect(c.labels[4]).toBe('Awaiting review');
    expect(c.series[0].values).toEqual([1, 1, 0, 0, 2]);
  });

  it('points each chart at the table with the same figures', () => {
    expect(riskChart(r).tableId).toBe(riskTable(r).id);
    expect(spendByInterventionChart(r).tableId).toBe(spendByInterventionTable(r).id);
    expect(spendByProviderChart(r).tableId).toBe(spendByProviderTable(r).id);
    expect(capacityChart(r).tableId).toBe(capacityTable(r).id);
    expect(outcomesChart(r).tableId).toBe(outcomesTable(r).id);
  });
});
