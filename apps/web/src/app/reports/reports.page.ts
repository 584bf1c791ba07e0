import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { PTL_EXPORT_FORMATS, PtlExportFormat, PtlReport, PtlWeeksWaited, ReferenceDataView } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { EMPTY, Observable, Subject, catchError, combineLatest, distinctUntilChanged, forkJoin, map, of, startWith, switchMap, tap } from 'rxjs';
import { formatDate } from '../referrals/date-format';
import { describeError, groupFieldErrors, validationErrors } from '../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { SelectFieldComponent } from '../shared/select-field.component';
import { TextInputFieldComponent } from '../shared/text-input-field.component';
import { ReportQuery, asOfProblem, exportHref, reportAddress, reportQueryFromAddress, sameReportQuery } from './report-query';
import { ReportViewComponent } from './report-view.component';
import { ReportsApi } from './reports-api.service';

type Field = 'asOf' | 'area' | 'team';
const isField = (field: string): field is Field => field === 'asOf' || field === 'area' || field === 'team';
type Loaded = { ok: true; report: PtlReport; weeksWaited: PtlWeeksWaited } | { ok: false; error: unknown };

const FORMAT_NAMES: Record<PtlExportFormat, string> = { csv: 'CSV', xlsx: 'Excel spreadsheet (XLSX)', pdf: 'PDF' };

/**
 * /reports: the bi-weekly tracking report for any date, area and team (kept in the address, so a
 * reload or the back button shows the same report), every number opening the children behind it.
 */
@Component({
  selector: 'camhs-reports-page',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent, SelectFieldComponent, ReportViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />

    <h1>Reports</h1>
    <p class="nhsuk-lede-text">The bi-weekly tracking report, as it stood at the end of any day. Every number opens the list of children behind it.</p>

    <form class="nhsuk-u-margin-bottom-6" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="Choose the report">
      <div class="app-filters">
        <camhs-text-input-field field="asOf" label="Report date" type="date" width="10" [errors]="errors().asOf ?? []" />
        <camhs-select-field field="area" label="Area" placeholder="All areas" [options]="areas()" [errors]="errors().area ?? []" />
        <camhs-select-field field="team" label="Team" placeholder="All teams" [options]="teams()" [errors]="errors().team ?? []" />
        <div class="nhsuk-form-group">
          <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="submit">Show report</button>
        </div>
      </div>
    </form>

    <p class="nhsuk-u-visually-hidden" aria-live="polite" id="report-status">{{ status() }}</p>

    @if (shown(); as current) {
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{{ heading() }}</h2>
        <p class="nhsuk-body">
          Period {{ period() }} (the financial year to date). Trends compare with the previous report, {{ previousDate() }}.
        </p>
        <h3 class="nhsuk-heading-s">Download this report</h3>
        <ul class="nhsuk-list" id="report-exports">
          @for (link of exports(); track link.format) {
            <li><a [href]="link.href" download>{{ link.text }}</a></li>
          }
        </ul>
        <camhs-report-view [report]="current.report" [weeksWaited]="current.weeksWaited" [query]="current.query" />
      </section>
    } @else if (loading()) {
      <p class="nhsuk-body" id="report-loading">Loading the report…</p>
    }
  `,
})
export class ReportsPage {
  private readonly api = inject(ReportsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly refresh$ = new Subject<void>();

  readonly form = new FormGroup({
    asOf: new FormControl('', { nonNullable: true }),
    area: new FormControl('', { nonNullable: true }),
    team: new FormControl('', { nonNullable: true }),
  });

  readonly referenceData = signal<ReferenceDataView | null>(null);
  readonly shown = signal<{ query: ReportQuery; report: PtlReport; weeksWaited: PtlWeeksWaited } | null>(null);
  readonly loading = signal(false);
  readonly status = signal('');
  readonly errors = signal<Partial<Record<Field, string[]>>>({});
  readonly problems = signal<string[]>([]);

  readonly summary = computed<ErrorSummaryItem[]>(() => [
    ...(['asOf', 'area', 'team'] as const).flatMap((field) => (this.errors()[field] ?? []).map((text) => ({ target: field, text }))),
    ...this.problems().map((text) => ({ target: null, text })),
  ]);
  readonly areas = computed(() => (this.referenceData()?.areas ?? []).map((a) => ({ value: a.code, text: a.name })));
  readonly teams = computed(() => (this.referenceData()?.teams ?? []).map((t) => ({ value: t.code, text: t.name })));
  readonly heading = computed(() => {
    const current = this.shown();
    if (!current) return '';
    const { asOf, area, team } = current.query;
    const name = (list: { value: string; text: string }[], code: string) => list.find((o) => o.value === code)?.text ?? code;
    return `As at ${formatDate(asOf)}: ${area ? name(this.areas(), area) : 'all areas'}, ${team ? name(this.teams(), team) : 'all teams'}`;
  });
  readonly period = computed(() => {
    const period = this.shown()?.report.period;
    return period ? `${formatDate(period.from)} to ${formatDate(period.to)}` : '';
  });
  readonly previousDate = computed(() => formatDate(this.shown()?.report.previous.asOf));
  readonly exports = computed(() => {
    const current = this.shown();
    return current ? PTL_EXPORT_FORMATS.map((format) => ({ format, href: exportHref(current.query, format), text: `Download as ${FORMAT_NAMES[format]}` })) : [];
  });

  constructor() {
    this.api
      .referenceData()
      .pipe(
        catchError((error: unknown) => {
          this.problems.update((p) => [...p, describeError(error)]);
          return EMPTY;
        }),
        takeUntilDestroyed(),
      )
      .subscribe((data) => this.referenceData.set(data));

    const query$ = this.route.queryParamMap.pipe(
      map((params) => reportQueryFromAddress(params, today(systemClock))),
      distinctUntilChanged(sameReportQuery),
    );
    combineLatest([query$, this.refresh$.pipe(startWith(undefined))])
      .pipe(
        map(([query]) => query),
        tap((query) => this.starting(query)),
        switchMap((query) => this.load(query).pipe(map((result) => ({ query, result })))),
        takeUntilDestroyed(),
      )
      .subscribe(({ query, result }) => this.show(query, result));
  }

  submit(): void {
    const { asOf, area, team } = this.form.getRawValue();
    const problem = asOfProblem(asOf);
    this.problems.set([]);
    this.errors.set(problem ? { asOf: [problem] } : {});
    if (problem) {
      this.focusSummary();
      return;
    }
    const next: ReportQuery = { asOf: asOf.trim(), area, team };
    const current = this.shown()?.query;
    if (current && sameReportQuery(current, next)) this.refresh$.next();
    else void this.router.navigate([], { relativeTo: this.route, queryParams: reportAddress(next) });
  }

  private starting(query: ReportQuery): void {
    this.form.setValue({ asOf: query.asOf, area: query.area, team: query.team });
    this.shown.set(null);
    this.loading.set(true);
    this.status.set(`Loading the report for ${formatDate(query.asOf)}.`);
  }

  private load(query: ReportQuery): Observable<Loaded> {
    return forkJoin({ report: this.api.report(query), weeksWaited: this.api.weeksWaited(query) }).pipe(
      map(({ report, weeksWaited }): Loaded => ({ ok: true, report, weeksWaited })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(query: ReportQuery, result: Loaded): void {
    this.loading.set(false);
    if (result.ok) {
      this.errors.set({});
      this.problems.set([]);
      this.shown.set({ query, report: result.report, weeksWaited: result.weeksWaited });
      this.status.set(`Report as at ${formatDate(query.asOf)} shown.`);
      return;
    }
    const { error } = result;
    this.status.set('');
    if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
    const fieldErrors = validationErrors(error);
    if (fieldErrors) {
      const { byField, other } = groupFieldErrors(fieldErrors, isField);
      this.errors.set(byField);
      this.problems.set(other);
    } else {
      this.errors.set({});
      this.problems.set([describeError(error)]);
    }
    this.focusSummary();
  }

  private focusSummary(): void {
    afterNextRender(() => this.summaryBox()?.focus(), { injector: this.injector });
  }
}
