import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PtlReport, PtlWeeksWaited } from '@camhs/contracts';
import { BarChartComponent } from './bar-chart.component';
import { FigureListComponent } from './figure-list.component';
import { FigureTableComponent } from './figure-table.component';
import { HeadlineTilesComponent } from './headline-tiles.component';
import { referralsByMonthChart, waitsByListChart, weeksWaitedChart } from './report-charts';
import {
  accessComplianceTable,
  accessOutcomeItems,
  dutyItems,
  flowItems,
  inAssessmentItems,
  referralsByMonthTable,
  rttItems,
  urgentCasesTable,
  waitingForAccessItems,
  waitingForTreatmentItems,
  waitsByListTable,
  weeksWaitedTable,
} from './report-figures';
import { ReportQuery } from './report-query';

/** One report, block by block as in the contract: headline tiles, then every figure, charts with their tables. */
@Component({
  selector: 'camhs-report-view',
  imports: [HeadlineTilesComponent, BarChartComponent, FigureTableComponent, FigureListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-headline-tiles [report]="report()" [query]="query()" />

    <h2 id="referrals-received">Referrals received</h2>
    <camhs-bar-chart [spec]="referralsChart()" [query]="query()" />
    <camhs-figure-table [table]="referralsTable()" [query]="query()" />

    <h2 id="access">Access</h2>
    <h3>Waiting for access</h3>
    <camhs-figure-list [items]="waitingForAccess()" [query]="query()" />
    <camhs-figure-table [table]="urgentCases()" [query]="query()" empty="No urgent referrals are waiting for access." />
    <h3>Access decisions in the period</h3>
    <camhs-figure-list [items]="accessOutcomes()" [query]="query()" />
    <camhs-figure-table [table]="compliance()" [query]="query()" empty="No access pathways were completed in the period." />
    <h3>In assessment</h3>
    <camhs-figure-list [items]="inAssessment()" [query]="query()" />

    <h2 id="waiting-for-treatment">Waiting for treatment</h2>
    <camhs-figure-list [items]="waitingForTreatment()" [query]="query()" />
    <h3>Waits by list</h3>
    <camhs-bar-chart [spec]="byListChart()" [query]="query()" />
    <camhs-figure-table [table]="byListTable()" [query]="query()" empty="No open waits." />
    <h3>Weeks waited</h3>
    <camhs-bar-chart [spec]="byWeeksChart()" [query]="query()" />
    <camhs-figure-table [table]="byWeeksTable()" [query]="query()" />

    <h2 id="referral-to-treatment">Referral to treatment</h2>
    <camhs-figure-list [items]="rtt()" [query]="query()" />

    <h2 id="duty">Duty</h2>
    <camhs-figure-list [items]="duty()" [query]="query()" />

    <h2 id="flow">Flow</h2>
    <camhs-figure-list [items]="flow()" [query]="query()" />
  `,
})
export class ReportViewComponent {
  readonly report = input.required<PtlReport>();
  readonly weeksWaited = input.required<PtlWeeksWaited>();
  readonly query = input.required<ReportQuery>();

  readonly referralsChart = computed(() => referralsByMonthChart(this.report()));
  readonly referralsTable = computed(() => referralsByMonthTable(this.report()));
  readonly waitingForAccess = computed(() => waitingForAccessItems(this.report()));
  readonly urgentCases = computed(() => urgentCasesTable(this.report()));
  readonly accessOutcomes = computed(() => accessOutcomeItems(this.report()));
  readonly compliance = computed(() => accessComplianceTable(this.report()));
  readonly inAssessment = computed(() => inAssessmentItems(this.report()));
  readonly waitingForTreatment = computed(() => waitingForTreatmentItems(this.report()));
  readonly byListChart = computed(() => waitsByListChart(this.report()));
  readonly byListTable = computed(() => waitsByListTable(this.report()));
  readonly byWeeksChart = computed(() => weeksWaitedChart(this.weeksWaited()));
  readonly byWeeksTable = computed(() => weeksWaitedTable(this.weeksWaited()));
  readonly rtt = computed(() => rttItems(this.report()));
  readonly duty = computed(() => dutyItems(this.report()));
  readonly flow = computed(() => flowItems(this.report()));
}
