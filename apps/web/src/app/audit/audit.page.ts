import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { AuditEventView, Page } from '@camhs/contracts';
import { Observable, Subject, catchError, combineLatest, distinctUntilChanged, map, of, startWith, switchMap, tap } from 'rxjs';
import { describeError, groupFieldErrors, validationErrors } from '../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { TextInputFieldComponent } from '../shared/text-input-field.component';
import { AuditApi } from './audit-api.service';
import { AuditTableComponent } from './audit-table.component';
import { childIdProblem } from './child-id';

export const AUDIT_PAGE_SIZE = 20;
export const NOT_IN_SCOPE = 'No record for that child in your scope';

/** What is being shown, read from the address (`?childId=…&page=…`) so it survives a reload. */
interface AuditQuery {
  childId: string;
  page: number;
}

type LoadResult = { ok: true; page: Page<AuditEventView> } | { ok: false; error: unknown };

function toQuery(params: ParamMap): AuditQuery | null {
  const childId = (params.get('childId') ?? '').trim();
  if (!childId) return null;
  const page = Number(params.get('page'));
  return { childId, page: Number.isInteger(page) && page > 0 ? page : 1 };
}

function sameQuery(a: AuditQuery | null, b: AuditQuery | null): boolean {
  return a?.childId === b?.childId && a?.page === b?.page;
}

/** /audit: who has viewed or changed a child's records (subject-access requests), and a CSV of it. */
@Component({
  selector: 'camhs-audit-page',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent, AuditTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />

    <h1>Audit</h1>
    <p class="nhsuk-lede-text">See who has viewed or changed a child's records, for example to answer a subject access request.</p>

    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="Find a child's access history">
      <camhs-text-input-field
        field="childId"
        label="Child ID"
        hint="The ID of the child's record, for example 3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f"
        width="30"
        [errors]="childIdErrors()"
        autocomplete="off"
      />
      <button class="nhsuk-button" type="submit">Show access history</button>
    </form>

    @if (shown(); as current) {
      <section aria-labelledby="audit-results-heading">
        <h2 id="audit-results-heading">Access history for child {{ current.childId }}</h2>
        <p class="nhsuk-body">
          <a id="audit-download" [href]="exportUrl()" download
            >Download CSV<span class="nhsuk-u-visually-hidden"> of the access history for child {{ current.childId }}</span></a
          >
        </p>
        <camhs-audit-table [page]="current.page" (pageChange)="goToPage($event)" />
      </section>
    } @else if (loading()) {
      <p class="nhsuk-body" id="audit-loading">Loading access history…</p>
    }
  `,
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  readonly form = new FormGroup({ childId: new FormControl('', { nonNullable: true }) });

  /** The query in the address; null before a child ID has been given. */
  readonly query = signal<AuditQuery | null>(null);
  /** The answer for `query`, once it has arrived. */
  readonly shown = signal<{ childId: string; page: Page<AuditEventView> } | null>(null);
  readonly loading = signal(false);
  readonly childIdErrors = signal<string[]>([]);
  readonly problems = signal<string[]>([]);

  readonly summary = computed<ErrorSummaryItem[]>(() => [
    ...this.childIdErrors().map((text) => ({ target: 'childId', text })),
    ...this.problems().map((text) => ({ target: null, text })),
  ]);
  readonly exportUrl = computed(() => {
    const shown = this.shown();
    return shown ? this.api.exportUrl(shown.childId) : null;
  });

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly refresh$ = new Subject<void>();

  constructor() {
    const query$ = this.route.queryParamMap.pipe(map(toQuery), distinctUntilChanged(sameQuery));
    combineLatest([query$, this.refresh$.pipe(startWith(undefined))])
      .pipe(
        map(([query]) => query),
        tap((query) => this.starting(query)),
        switchMap((query) => (query ? this.load(query).pipe(map((result) => ({ query, result }))) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => {
        this.loading.set(false);
        if (answer) this.show(answer.query, answer.result);
      });
  }

  submit(): void {
    const childId = this.form.controls.childId.value.trim();
    const problem = childIdProblem(childId);
    this.problems.set([]);
    this.childIdErrors.set(problem ? [problem] : []);
    if (problem) {
      this.focusSummary();
      return;
    }
    const current = this.query();
    if (current && current.childId === childId && current.page === 1) {
      this.refresh$.next();
    } else {
      void this.router.navigate([], { relativeTo: this.route, queryParams: { childId } });
    }
  }

  goToPage(page: number): void {
    const current = this.query();
    if (!current) return;
    void this.router.navigate([], { relativeTo: this.route, queryParams: { childId: current.childId, page: Math.max(1, page) } });
  }

  private starting(query: AuditQuery | null): void {
    this.query.set(query);
    this.loading.set(query !== null);
    if (query && this.form.controls.childId.value.trim() !== query.childId) this.form.controls.childId.setValue(query.childId);
    if (query?.childId !== this.shown()?.childId) this.shown.set(null);
  }

  private load(query: AuditQuery): Observable<LoadResult> {
    return this.api.list({ childId: query.childId, page: query.page, pageSize: AUDIT_PAGE_SIZE }).pipe(
      map((page): LoadResult => ({ ok: true, page })),
      catchError((error: unknown) => of<LoadResult>({ ok: false, error })),
    );
  }

  private show(query: AuditQuery, result: LoadResult): void {
    if (result.ok) {
      this.childIdErrors.set([]);
      this.problems.set([]);
      this.shown.set({ childId: query.childId, page: result.page });
      return;
    }
    this.shown.set(null);
    const { error } = result;
    if (error instanceof HttpErrorResponse && error.status === 401) return; // on the way to sign in
    if (error instanceof HttpErrorResponse && error.status === 404) {
      this.childIdErrors.set([NOT_IN_SCOPE]);
      this.problems.set([]);
    } else {
      const fieldErrors = validationErrors(error);
      if (fieldErrors) {
        const { byField, other } = groupFieldErrors(fieldErrors, (field): field is 'childId' => field === 'childId');
        this.childIdErrors.set(byField.childId ?? []);
        this.problems.set(other);
      } else {
        this.childIdErrors.set([]);
        this.problems.set([describeError(error)]);
      }
    }
    this.focusSummary();
  }

  private focusSummary(): void {
    afterNextRender(() => this.summaryBox()?.focus(), { injector: this.injector });
  }
}
