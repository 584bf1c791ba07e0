import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Page, ReferenceDataView, ReferralView } from '@camhs/contracts';
import { EMPTY, Observable, Subject, catchError, combineLatest, expand, map, of, retry, startWith, switchMap, throwError, timer } from 'rxjs';
import { SERVICE_NOT_ANSWERING, describeError, isServiceNotAnswering } from '../shared/api-errors';
import { ReferralFormComponent } from './referral-form.component';
import { ReferralsApi } from './referrals-api.service';
import { ReferralsFiltersComponent } from './referrals-filters.component';
import { ListResult, POLL_INTERVAL_MS, shouldPollAgain } from './referrals-polling';
import { FIRST_PAGE, ReferralsFilters, ReferralsQuery, pageFromAddress, toListQuery } from './referrals-query';
import { ReferralsTableComponent } from './referrals-table.component';

/** /referrals: register a referral, and the list of referrals, refreshed while acknowledgements are awaited. */
@Component({
  selector: 'camhs-referrals-page',
  imports: [ReferralFormComponent, ReferralsFiltersComponent, ReferralsTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Referrals</h1>

    @if (problem(); as message) {
      <div class="nhsuk-error-summary" id="service-problem" role="alert">
        <h2 class="nhsuk-error-summary__heading">There is a problem</h2>
        <div class="nhsuk-error-summary__body">
          <p>{{ message }}</p>
        </div>
      </div>
    }

    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        <camhs-referral-form [referenceData]="referenceData()" (registered)="refresh()" />
      </div>
    </div>

    <section aria-label="Referrals list">
      <camhs-referrals-filters
        [referenceData]="referenceData()"
        [filters]="query()"
        (filtersChange)="applyFilters($event)"
      />
      @if (page(); as current) {
        <camhs-referrals-table [page]="current" [referenceData]="referenceData()" (pageChange)="goToPage($event)" />
      } @else if (!problem()) {
        <p class="nhsuk-body" id="referrals-loading">Loading referrals…</p>
      }
    </section>
  `,
})
export class ReferralsPage {
  private readonly api = inject(ReferralsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Starts at the `?page=` of the address, so a pager link opened in a new tab shows that page. */
  readonly query = signal<ReferralsQuery>({ ...FIRST_PAGE, page: pageFromAddress(this.route.snapshot.queryParamMap.get('page')) });
  readonly referenceData = signal<ReferenceDataView | null>(null);
  readonly page = signal<Page<ReferralView> | null>(null);
  /** Set while the API is failing; cleared by the next good answer. */
  readonly problem = signal<string | null>(null);

  private readonly refresh$ = new Subject<void>();

  constructor() {
    // Reference data: fetched once, retried every few seconds while the service is not answering.
    this.api
      .referenceData()
      .pipe(
        retry({ delay: (error: unknown) => (isServiceNotAnswering(error) ? timer(POLL_INTERVAL_MS) : throwError(() => error)) }),
        catchError((error: unknown) => {
          this.problem.set(describeError(error));
          return EMPTY;
        }),
        takeUntilDestroyed(),
      )
      .subscribe((data) => this.referenceData.set(data));

    // The list: fetched at once for the current filters/page, when they change and after a
    // registration; then again every POLL_INTERVAL_MS only while shouldPollAgain says so.
    combineLatest([toObservable(this.query), this.refresh$.pipe(startWith(undefined))])
      .pipe(
        map(([query]) => query),
        switchMap((query) =>
          this.fetch(query).pipe(
            expand((result) => (shouldPollAgain(result) ? timer(POLL_INTERVAL_MS).pipe(switchMap(() => this.fetch(query))) : EMPTY)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => this.show(result));
  }

  refresh(): void {
    this.refresh$.next();
  }

  applyFilters(filters: ReferralsFilters): void {
    this.query.update((q) => ({ ...q, ...filters, page: 1 }));
    this.showPageInAddress(1);
  }

  goToPage(page: number): void {
    const target = Math.max(1, page);
    this.query.update((q) => ({ ...q, page: target }));
    this.showPageInAddress(target);
  }

  /** Keep `?page=` in step with the page shown (left out for the first page). */
  private showPageInAddress(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }

  private fetch(query: ReferralsQuery): Observable<ListResult> {
    return this.api.list(toListQuery(query)).pipe(
      map((page): ListResult => ({ ok: true, page })),
      catchError((error: unknown) => of<ListResult>({ ok: false, error })),
    );
  }

  private show(result: ListResult): void {
    if (result.ok) {
      this.page.set(result.page);
      this.problem.set(null);
    } else {
      // Keep the last good list on screen; say why it may be out of date.
      this.problem.set(describeError(result.error) || SERVICE_NOT_ANSWERING);
    }
  }
}
