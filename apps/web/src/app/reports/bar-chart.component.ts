import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterRenderEffect, inject, input, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { ChartSpec } from './report-charts';
import { ReportQuery, drillAddress } from './report-query';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * A bar chart drawn by Chart.js. The canvas is an image named by the chart's summary; clicking a bar
 * opens its rows. Keyboard and screen reader users have the same numbers, each a link, in the table
 * the caption points to.
 */
@Component({
  selector: 'camhs-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-chart {
      margin: 0 0 16px;
    }
    .app-chart__canvas {
      position: relative;
      height: 300px;
    }
  `,
  template: `
    <figure class="app-chart" [id]="spec().id">
      <div class="app-chart__canvas">
        <canvas #canvas role="img" [attr.aria-label]="spec().summary"></canvas>
      </div>
      <figcaption class="nhsuk-body-s nhsuk-u-margin-top-2">
        <a [href]="'#' + spec().tableId" (click)="showTable($event)">Show these figures as a table</a>: each number there (like each bar
        here) opens the list of children behind it.
      </figcaption>
    </figure>
  `,
})
export class BarChartComponent {
  readonly spec = input.required<ChartSpec>();
  readonly query = input.required<ReportQuery>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly router = inject(Router);
  private chart: Chart<'bar'> | null = null;

  constructor() {
    afterRenderEffect(() => this.draw(this.spec(), this.query()));
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  /** A fragment link would be resolved against the base href and reload the app: move to the table instead. */
  showTable(event: Event): void {
    event.preventDefault();
    const table = document.getElementById(this.spec().tableId);
    table?.scrollIntoView({ block: 'start' });
    table?.focus();
  }

  private draw(spec: ChartSpec, query: ReportQuery): void {
    this.chart?.destroy();
    const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.chart = new Chart(this.canvas().nativeElement, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.colour, borderColor: s.colour })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : { duration: 300 },
        plugins: { legend: { display: spec.series.length > 1 } },
        scales: {
          x: { stacked: spec.stacked },
          y: { stacked: spec.stacked, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: spec.unit } },
        },
        onHover: (event, elements) => {
          const target = event.native?.target;
          if (target instanceof HTMLElement) target.style.cursor = elements.length ? 'pointer' : 'default';
        },
        onClick: (_event, elements) => {
          const bar = elements[0];
          const figure = bar ? spec.series[bar.datasetIndex]?.figures[bar.index] : undefined;
          if (figure) void this.router.navigate(['/reports/drill'], { queryParams: drillAddress(query, figure) });
        },
      },
    });
  }
}
