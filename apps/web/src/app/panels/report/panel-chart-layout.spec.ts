import { VERTICAL_CHART_HEIGHT, chartHeight, moneyTick } from './panel-chart-layout';

describe('the layout of a panel chart', () => {
  it('keeps vertical charts at one height and lets horizontal ones grow by 44 px a bar from 100 px, at least 200 px', () => {
    expect(chartHeight({ horizontal: false, labels: ['a', 'b', 'c', 'd', 'e', 'f'] })).toBe(VERTICAL_CHART_HEIGHT);
    expect(chartHeight({ horizontal: true, labels: ['a', 'b'] })).toBe(200); // 100 + 88 = 188, below the minimum
    expect(chartHeight({ horizontal: true, labels: ['a', 'b', 'c', 'd', 'e'] })).toBe(320); // 100 + 5 × 44
  });

  it('writes a money axis in pounds, with pence only between whole pounds', () => {
    expect(moneyTick(0)).toBe('£0');
    expect(moneyTick(1500)).toBe('£1,500');
    expect(moneyTick(2.5)).toBe('£2.50');
  });
});
