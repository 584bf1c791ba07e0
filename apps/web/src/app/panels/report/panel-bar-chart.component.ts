import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterRenderEffect, computed, inject, input, viewChild } from '@angular/core';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { pounds } from './panel-report-format';
import { PanelChartSpec } from './panel-report-charts';
import { chartHeight, moneyTick } from './panel-chart-layout';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * A bar chart of the panel report, drawn by Chart.js. The canvas is an image named by the chart's
 * summary; keyboard and screen reader users have the same numbers in the table the caption points to.
 */
@Component({
  selector: 'camhs-panel-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-chart {
      margin: 0 0 16px;
    }
    .app-chart__canvas {
      position: relative;
    }
  `,
  template: `
    <figure class="app-chart" [id]="spec().id">
      <div class="app-chart__canvas" [style.height.px]="height()">
        <canvas #canvas role="img" [attr.aria-label]="spec().summary"></canvas>
      </div>
      <figcaption class="nhsuk-body-s nhsuk-u-margin-top-2">
        <a [href]="'#' + spec().tableId" (click)="showTable($event)">Show these figures as a table</a>
      </figcaption>
    </figure>
  `,
})
export class PanelBarChartComponent {
  readonly spec = input.required<PanelChartSpec>();
  readonly height = computed(() => chartHeight(this.spec()));

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar'> | null = null;

  constructor() {
    afterRenderEffect(() => this.draw(this.spec()));
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  /** A fragment link would be resolved against the base href and reload the app: move to the table instead. */
  showTable(event: Event): void {
    event.preventDefault();
    const table = document.getElementById(this.spec().tableId);
    table?.scrollIntoView({ block: 'start' });
    table?.focus();
  }

  private draw(spec: PanelChartSpec): void {
    this.chart?.destroy();
    const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    const valueAxis = spec.horizontal ? 'x' : 'y';
    const categoryAxis = spec.horizontal ? 'y' : 'x';
    this.chart = new Chart(this.canvas().nativeElement, {
      type: 'bar',
      data: {
        labels: spec.labels,
        // Money is drawn in pounds; the tooltip writes the exact pence.
        datasets: spec.series.map((s) => ({ label: s.label, data: spec.money ? s.values.map((v) => v / 100) : s.values, backgroundColor: s.colour, borderColor: s.colour })),
      },
      options: {
        indexAxis: categoryAxis === 'y' ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : { duration: 300 },
        plugins: {
          legend: { display: spec.series.length > 1 },
          tooltip: {
            callbacks: {
              label: (item) => {
                const value = spec.series[item.datasetIndex]?.values[item.dataIndex] ?? 0;
                return `${item.dataset.label ?? ''}: ${spec.money ? pounds(value) : value}`;
              },
            },
          },
        },
        scales: {
          [categoryAxis]: { stacked: spec.stacked },
          [valueAxis]: {
            stacked: spec.stacked,
            beginAtZero: true,
            ticks: spec.money ? { callback: (value: string | number) => moneyTick(Number(value)) } : { precision: 0 },
            title: { display: true, text: spec.axis },
          },
        },
      },
    });
  }
}
