import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { PANEL_REPORT_FORMATS, PanelReport, PanelReportFormat, PanelSummary } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { Observable, Subject, catchError, combineLatest, distinctUntilChanged, map, of, startWith, switchMap, tap } from 'rxjs';
import { formatDate } from '../../referrals/date-format';
import { describeError, groupFieldErrors, validationErrors } from '../../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../../shared/error-summary.component';
import { SelectFieldComponent } from '../../shared/select-field.component';
import { chosenPanel } from '../board/case-board-rules';
import { PanelsNavComponent } from '../panels-nav.component';
import { panelName, panelOptions } from './panel-choice';
import { PanelReportApi } from './panel-report-api.service';
import { PanelReportQuery, panelExportHref, panelReportAddress, reportYearFromAddress, reportYearOptions, samePanelReportQuery, yearProblem } from './panel-report-query';
import { PanelReportViewComponent } from './panel-report-view.component';

type Field = 'panel' | 'year';
const FIELD_OF_API: Readonly<Record<string, Field>> = { financialYear: 'year', panelId: 'panel' };
const isApiField = (field: string): field is 'financialYear' | 'panelId' => field in FIELD_OF_API;
type Loaded = { ok: true; report: PanelReport } | { ok: false; error: unknown };

const FORMAT_NAMES: Record<PanelReportFormat, string> = { csv: 'CSV', xlsx: 'Excel spreadsheet (XLSX)', pdf: 'PDF' };

/**
 * /panels/report: a panel's report for a financial year (kept in the address, `?panel=…&year=2026-27`,
 * so a reload or a shared link shows the same report), for its coordinators and for managers whose
 * areas the panel covers. Every chart has a table with the same figures; every figure says how it is
 * counted; the estimated cost avoided states its method so that a reader can check it.
 */
@Component({
  selector: 'camhs-panel-report-page',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, SelectFieldComponent, PanelsNavComponent, PanelReportViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />

    <h1>Panel report</h1>
    <camhs-panels-nav [panelId]="query()?.panel ?? null" />
    <p class="nhsuk-lede-text">
      What a panel considered and allocated in a financial year, what it cost against capacity and budget, the outcomes, and the estimated cost avoided.
    </p>

    @if (panels(); as list) {
      @if (list.length === 0) {
        <p class="nhsuk-body" id="no-panels">You have no panel whose report you can read.</p>
      } @else {
        <form class="nhsuk-u-margin-bottom-6" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="Choose the report">
          <div class="app-filters">
            <camhs-select-field field="panel" label="Panel" placeholder="Choose a panel" [options]="panelChoices()" [errors]="errors().panel ?? []" />
            <camhs-select-field field="year" label="Financial year" placeholder="Choose a year" [options]="yearChoices()" [errors]="errors().year ?? []" />
            <div class="nhsuk-form-group">
              <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="submit" id="show-report">Show report</button>
            </div>
          </div>
        </form>
      }
    } @else if (!panelsFailed()) {
      <p class="nhsuk-body">Loading your panels…</p>
    }

    <p class="nhsuk-u-visually-hidden" aria-live="polite" id="report-status">{{ status() }}</p>

    @if (shown(); as current) {
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{{ current.report.panel.name }}, financial year {{ current.report.financialYear }}</h2>
        <p class="nhsuk-body">{{ period() }}</p>
        <h3 class="nhsuk-heading-s">Download this report</h3>
        <ul class="nhsuk-list" id="report-exports">
          @for (link of exports(); track link.format) {
            <li><a [href]="link.href" download>{{ link.text }}</a></li>
          }
        </ul>
        <camhs-panel-report-view [report]="current.report" />
      </section>
    } @else if (loading()) {
      <p class="nhsuk-body" id="report-loading">Loading the report…</p>
    }
  `,
})
export class PanelReportPage {
  private readonly api = inject(PanelReportApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly refresh$ = new Subject<void>();
  private readonly today = today(systemClock);

  readonly form = new FormGroup({
    panel: new FormControl('', { nonNullable: true }),
    year: new FormControl('', { nonNullable: true }),
  });

  readonly panels = signal<PanelSummary[] | null>(null);
  readonly panelsFailed = signal(false);
  readonly query = signal<PanelReportQuery | null>(null);
  readonly shown = signal<{ query: PanelReportQuery; report: PanelReport } | null>(null);
  readonly loading = signal(false);
  readonly status = signal('');
  readonly errors = signal<Partial<Record<Field, string[]>>>({});
  readonly problems = signal<string[]>([]);

  readonly summary = computed<ErrorSummaryItem[]>(() => [
    ...(['panel', 'year'] as const).flatMap((field) => (this.errors()[field] ?? []).map((text) => ({ target: field, text }))),
    ...this.problems().map((text) => ({ target: null, text })),
  ]);
  readonly panelChoices = computed(() => panelOptions(this.panels() ?? []));
  readonly yearChoices = computed(() => reportYearOptions(this.today, this.query()?.year ?? null));
  readonly period = computed(() => {
    const period = this.shown()?.report.period;
    return period ? `From ${formatDate(period.from)} to ${formatDate(period.to)}. Allocations count in the financial year they start.` : '';
  });
  readonly exports = computed(() => {
    const current = this.shown();
    return current ? PANEL_REPORT_FORMATS.map((format) => ({ format, href: panelExportHref(current.query, format), text: `Download as ${FORMAT_NAMES[format]}` })) : [];
  });

  constructor() {
    const panels$ = this.api.panels().pipe(
      catchError((error: unknown) => {
        this.panelsFailed.set(true);
        if (!(error instanceof HttpErrorResponse && error.status === 401)) this.problems.set([describeError(error)]);
        return of<PanelSummary[] | null>(null);
      }),
      tap((panels) => this.panels.set(panels)),
    );
    const query$ = combineLatest([this.route.queryParamMap, panels$]).pipe(
      map(([params, panels]): PanelReportQuery | null => {
        const panel = chosenPanel(params.get('panel'), panels ?? []);
        return panel ? { panel, year: reportYearFromAddress(params.get('year'), this.today) } : null;
      }),
      distinctUntilChanged((a, b) => (a && b ? samePanelReportQuery(a, b) : a === b)),
    );
    combineLatest([query$, this.refresh$.pipe(startWith(undefined))])
      .pipe(
        map(([query]) => query),
        tap((query) => this.starting(query)),
        switchMap((query) => (query ? this.load(query).pipe(map((result) => ({ query, result }))) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => loaded && this.show(loaded.query, loaded.result));
  }

  submit(): void {
    const { panel, year } = this.form.getRawValue();
    const problems: Partial<Record<Field, string[]>> = {};
    if (!panel) problems.panel = ['Select a panel'];
    const wrongYear = yearProblem(year);
    if (wrongYear) problems.year = [wrongYear];
    this.problems.set([]);
    this.errors.set(problems);
    if (Object.keys(problems).length > 0) {
      this.focusSummary();
      return;
    }
    const next: PanelReportQuery = { panel, year: year.trim() };
    const current = this.query();
    if (current && samePanelReportQuery(current, next)) this.refresh$.next();
    else void this.router.navigate([], { relativeTo: this.route, queryParams: panelReportAddress(next) });
  }

  private starting(query: PanelReportQuery | null): void {
    this.query.set(query);
    this.form.setValue({ panel: query?.panel ?? '', year: query?.year ?? '' });
    this.shown.set(null);
    this.loading.set(query !== null);
    const name = query ? panelName(this.panels() ?? [], query.panel) : null;
    this.status.set(query ? `Loading the report${name ? ` of ${name}` : ''} for ${query.year}.` : '');
  }

  private load(query: PanelReportQuery): Observable<Loaded> {
    return this.api.report(query.panel, query.year).pipe(
      map((report): Loaded => ({ ok: true, report })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(query: PanelReportQuery, result: Loaded): void {
    this.loading.set(false);
    if (result.ok) {
      this.errors.set({});
      this.problems.set([]);
      this.shown.set({ query, report: result.report });
      this.status.set(`Report of ${result.report.panel.name} for ${result.report.financialYear} shown.`);
      return;
    }
    this.status.set('');
    const { error } = result;
    if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
    const fieldErrors = validationErrors(error);
    if (fieldErrors) {
      const { byField, other } = groupFieldErrors(fieldErrors, isApiField);
      this.errors.set(Object.fromEntries(Object.entries(byField).map(([field, messages]) => [FIELD_OF_API[field], messages])));
      this.problems.set(other);
    } else if (error instanceof HttpErrorResponse && error.status === 404) {
      this.errors.set({ panel: ['Choose one of your panels: this one is no longer among them'] });
      this.problems.set([]);
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
