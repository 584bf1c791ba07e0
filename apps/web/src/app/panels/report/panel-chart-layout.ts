import { PanelChartSpec } from './panel-report-charts';

/** Height of a vertical chart; a horizontal one grows with its bars so that labels never overlap. */
export const VERTICAL_CHART_HEIGHT = 300;
const HORIZONTAL_BASE = 100;
const HORIZONTAL_PER_BAR = 44;
const HORIZONTAL_MIN = 200;

/** The chart's height in CSS pixels. */
export function chartHeight(spec: Pick<PanelChartSpec, 'horizontal' | 'labels'>): number {
  return spec.horizontal ? Math.max(HORIZONTAL_MIN, HORIZONTAL_BASE + HORIZONTAL_PER_BAR * spec.labels.length) : VERTICAL_CHART_HEIGHT;
}

const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const WITH_PENCE = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A money axis's tick, in pounds: `£1,500`, or `£2.50` between whole pounds. */
export function moneyTick(pounds: number): string {
  return (Number.isInteger(pounds) ? WHOLE_POUNDS : WITH_PENCE).format(pounds);
}
