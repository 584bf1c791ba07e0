import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PanelReport } from '@camhs/contracts';
import { PanelBarChartComponent } from './panel-bar-chart.component';
import { PanelNoteComponent } from './panel-note.component';
import { PanelTableComponent } from './panel-table.component';
import { capacityChart, outcomesChart, riskChart, spendByInterventionChart, spendByProviderChart } from './panel-report-charts';
import { noteFor } from './panel-report-format';
import {
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

/** One panel report: the summary figures, then each part with its chart and table, the cost avoided with its method, and the notes. */
@Component({
  selector: 'camhs-panel-report-view',
  imports: [PanelBarChartComponent, PanelTableComponent, PanelNoteComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 id="summary-heading">Summary</h3>
    <dl class="nhsuk-summary-list nhsuk-u-margin-bottom-7" aria-labelledby="summary-heading">
      @for (figure of figures(); track figure.id) {
        <div class="nhsuk-summary-list__row" [id]="figure.id">
          <dt class="nhsuk-summary-list__key">{{ figure.label }}</dt>
          <dd class="nhsuk-summary-list__value">
            <p class="nhsuk-body nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-1">{{ figure.value }}</p>
            @if (figure.detail) {
              <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{{ figure.detail }}</p>
            }
            <camhs-panel-note [note]="figure.note" [about]="figure.label" />
          </dd>
        </div>
      }
    </dl>

    <section class="nhsuk-u-margin-bottom-7" aria-labelledby="risk-heading">
      <h3 id="risk-heading">Risk at the start</h3>
      <camhs-panel-bar-chart [spec]="riskChart()" />
      <camhs-panel-table [table]="riskTable()" empty="No child was considered in this year." />
      <camhs-panel-note [note]="note('Risk at the start')" about="risk at the start" />
    </section>

    <section class="nhsuk-u-margin-bottom-7" aria-labelledby="spend-heading">
      <h3 id="spend-heading">Allocations and spend</h3>
      <h4>By intervention</h4>
      @if (report().byIntervention.length) {
        <camhs-panel-bar-chart [spec]="byInterventionChart()" />
      }
      <camhs-panel-table [table]="byInterventionTable()" empty="Nothing was allocated in this year." />
      <h4>By provider</h4>
      @if (report().byProvider.length) {
        <camhs-panel-bar-chart [spec]="byProviderChart()" />
      }
      <camhs-panel-table [table]="byProviderTable()" empty="Nothing was allocated in this year." />
      <camhs-panel-note [note]="note('Allocations and spend')" about="allocations and spend" />
    </section>

    <section class="nhsuk-u-margin-bottom-7" aria-labelledby="capacity-heading">
      <h3 id="capacity-heading">Capacity used: block and spot</h3>
      @if (report().capacity.length) {
        <camhs-panel-bar-chart [spec]="capacityChart()" />
      }
      <camhs-panel-table [table]="capacityTable()" empty="The catalogue has no interventions." />
      <camhs-panel-note [note]="note('Capacity')" about="capacity" />
    </section>

    <section class="nhsuk-u-margin-bottom-7" aria-labelledby="outcomes-heading">
      <h3 id="outcomes-heading">Outcomes</h3>
      <camhs-panel-bar-chart [spec]="outcomesChart()" />
      <camhs-panel-table [table]="outcomesTable()" />
      <camhs-panel-note [note]="note('Outcomes')" about="outcomes" />
    </section>

    <section class="nhsuk-u-margin-bottom-7" aria-labelledby="cost-avoided-heading">
      <h3 id="cost-avoided-heading">Estimated cost avoided</h3>
      <p class="nhsuk-body-l nhsuk-u-font-weight-bold" id="cost-avoided-total">{{ total() }}</p>
      <p class="nhsuk-body" id="cost-avoided-method"><strong>Method:</strong> {{ report().costAvoided.method }}</p>
      <p class="nhsuk-body">Figures used: {{ settings() }}.</p>
      @for (line of exclusions(); track $index) {
        <p class="nhsuk-body">{{ line }}</p>
      }
      <camhs-panel-table [table]="costTable()" empty="No child counts towards the estimate in this year." />
      @if (check(); as text) {
        <div class="nhsuk-inset-text" id="cost-avoided-check">
          <span class="nhsuk-u-visually-hidden">Information: </span>
          <p>{{ text }}</p>
        </div>
      }
    </section>

    <h3 id="notes-heading">How each figure is counted</h3>
    <ul class="nhsuk-list nhsuk-list--bullet" id="report-notes">
      @for (line of report().notes; track $index) {
        <li>{{ line }}</li>
      }
    </ul>
  `,
})
export class PanelReportViewComponent {
  readonly report = input.required<PanelReport>();

  readonly figures = computed(() => summaryFigures(this.report()));
  readonly riskChart = computed(() => riskChart(this.report()));
  readonly riskTable = computed(() => riskTable(this.report()));
  readonly byInterventionChart = computed(() => spendByInterventionChart(this.report()));
  readonly byInterventionTable = computed(() => spendByInterventionTable(this.report()));
  readonly byProviderChart = computed(() => spendByProviderChart(this.report()));
  readonly byProviderTable = computed(() => spendByProviderTable(this.report()));
  readonly capacityChart = computed(() => capacityChart(this.report()));
  readonly capacityTable = computed(() => capacityTable(this.report()));
  readonly outcomesChart = computed(() => outcomesChart(this.report()));
  readonly outcomesTable = computed(() => outcomesTable(this.report()));
  readonly costTable = computed(() => costAvoidedTable(this.report()));
  readonly exclusions = computed(() => costAvoidedExclusions(this.report()));
  readonly settings = computed(() => costAvoidedSettingsText(this.report()));
  readonly total = computed(() => costAvoidedHeadline(this.report()));
  readonly check = computed(() => noteFor(this.report().notes, 'Check on the method'));

  note(label: string): string | null {
    return noteFor(this.report().notes, label);
  }
}
