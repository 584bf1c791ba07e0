import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { PtlDrillRow, ptlFigureDefinitionOfDrill } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { Observable, catchError, map, of, switchMap, tap } from 'rxjs';
import { formatDate } from '../referrals/date-format';
import { describeError, validationErrors } from '../shared/api-errors';
import { daysHeading, drillCount, drillHeading, drillRowView } from './drill-rows';
import { ReportQuery, reportAddress, reportQueryFromAddress } from './report-query';
import { ReportsApi } from './reports-api.service';

type Loaded = { ok: true; rows: PtlDrillRow[] } | { ok: false; error: unknown };

/** /reports/drill?figure=…&asOf=…: the children, referrals or waits a figure counts, each opening the referral. */
@Component({
  selector: 'camhs-report-drill-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="nhsuk-back-link" routerLink="/reports" [queryParams]="backAddress()">Back to the report</a>

    @if (problem(); as message) {
      <div class="nhsuk-error-summary" id="drill-problem" role="alert" tabindex="-1">
        <h2 class="nhsuk-error-summary__heading">There is a problem</h2>
        <div class="nhsuk-error-summary__body">
          <p>{{ message }}</p>
        </div>
      </div>
    }

    @if (definition(); as d) {
      <span class="nhsuk-caption-l">As at {{ date() }}: {{ filters() }}</span>
      <h1>{{ heading() }}</h1>
      <div class="nhsuk-inset-text">
        <span class="nhsuk-u-visually-hidden">Information: </span>
        <p><strong>How this is counted.</strong> {{ d.counted }}</p>
      </div>
      <p class="nhsuk-body-l" aria-live="polite" id="drill-count">
        @if (rows(); as list) {
          {{ count() }}
        } @else if (!problem()) {
          Loading the list…
        }
      </p>
      @if (rows(); as list) {
        <div class="app-table-scroll">
          <table class="nhsuk-table" id="drill-table">
            <caption class="nhsuk-u-visually-hidden">{{ heading() }}, as at {{ date() }}</caption>
            <thead class="nhsuk-table__head">
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="col">Child</th>
                <th class="nhsuk-table__header" scope="col">Referral</th>
                <th class="nhsuk-table__header" scope="col">List</th>
                @if (days(); as heading) {
                  <th class="nhsuk-table__header" scope="col">{{ heading }}</th>
                }
                <th class="nhsuk-table__header" scope="col">Urgency</th>
              </tr>
            </thead>
            <tbody class="nhsuk-table__body">
              @for (row of list; track row.key) {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell">
                    <a [routerLink]="row.href">{{ row.childName }}</a>
                  </td>
                  <td class="nhsuk-table__cell">{{ row.referralId }}</td>
                  <td class="nhsuk-table__cell">{{ row.list }}</td>
                  @if (days()) {
                    <td class="nhsuk-table__cell app-nowrap">{{ row.waiting }}</td>
                  }
                  <td class="nhsuk-table__cell">{{ row.urgency }}</td>
                </tr>
              } @empty {
                <tr class="nhsuk-table__row">
                  <td class="nhsuk-table__cell" [attr.colspan]="days() ? 5 : 4">Nobody is counted in this figure.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    } @else {
      <h1>This figure cannot be opened</h1>
      <p class="nhsuk-body">'{{ figure() }}' is not a figure of the report. Go back to the report and choose a number there.</p>
    }
  `,
})
export class ReportDrillPage {
  private readonly api = inject(ReportsApi);
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  readonly figure = computed(() => this.params().get('figure') ?? '');
  readonly query = computed<ReportQuery>(() => reportQueryFromAddress(this.params(), today(systemClock)));
  readonly definition = computed(() => ptlFigureDefinitionOfDrill(this.figure()));
  readonly heading = computed(() => {
    const d = this.definition();
    return d ? drillHeading(this.figure(), d) : '';
  });
  readonly date = computed(() => formatDate(this.query().asOf));
  private readonly referenceData = toSignal(this.api.referenceData().pipe(catchError(() => of(null))), { initialValue: null });
  /** `Rutland, all teams`: names from the reference data (the address holds codes). */
  readonly filters = computed(() => {
    const { area, team } = this.query();
    const data = this.referenceData();
    const name = (list: { code: string; name: string }[] | undefined, code: string) => list?.find((x) => x.code === code)?.name ?? code;
    return `${area ? name(data?.areas, area) : 'all areas'}, ${team ? name(data?.teams, team) : 'all teams'}`;
  });
  readonly days = computed(() => daysHeading(this.figure()));
  readonly backAddress = computed(() => reportAddress(this.query()));

  readonly rows = signal<ReturnType<typeof drillRowView>[] | null>(null);
  readonly problem = signal<string | null>(null);
  readonly count = computed(() => {
    const d = this.definition();
    return d ? drillCount(this.rows()?.length ?? 0, d) : '';
  });

  constructor() {
    inject(ActivatedRoute)
      .queryParamMap.pipe(
        tap(() => {
          this.rows.set(null);
          this.problem.set(null);
        }),
        switchMap(() => (this.definition() ? this.load(this.query(), this.figure()) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((result) => result && this.show(result));
  }

  private load(query: ReportQuery, figure: string): Observable<Loaded> {
    return this.api.drill(query, figure).pipe(
      map((rows): Loaded => ({ ok: true, rows })),
      catchError((error: unknown) => of<Loaded>({ ok: false, error })),
    );
  }

  private show(result: Loaded): void {
    if (result.ok) {
      this.rows.set(result.rows.map(drillRowView));
      return;
    }
    if (result.error instanceof HttpErrorResponse && result.error.status === 401) return;
    const fieldErrors = validationErrors(result.error);
    this.problem.set(fieldErrors ? fieldErrors.flatMap((e) => e.messages).join(' ') : describeError(result.error));
  }
}
