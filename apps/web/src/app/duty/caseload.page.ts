import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { CaseloadItem } from '@camhs/contracts';
import { describeError } from '../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { caseloadRow } from './caseload-rows';
import { DutyApi } from './duty-api.service';

/** /duty/caseload — a lead professional's children: ratings and next reviews, highest risk first, then the earliest review. */
@Component({
  selector: 'camhs-caseload-page',
  imports: [RouterLink, ErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <a class="nhsuk-back-link" routerLink="/duty">Back to the duty list</a>
    <h1>Your caseload</h1>
    <p class="nhsuk-lede-text">The children you hold as lead professional, highest risk first, then the earliest review.</p>

    @if (items(); as list) {
      <div class="app-table-scroll">
        <table class="nhsuk-table" id="caseload-table">
          <caption class="nhsuk-table__caption nhsuk-table__caption--m">Your caseload: {{ countText() }}</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Child</th>
              <th class="nhsuk-table__header" scope="col">Team</th>
              <th class="nhsuk-table__header" scope="col">Rating</th>
              <th class="nhsuk-table__header" scope="col">Next review</th>
              <th class="nhsuk-table__header" scope="col">Next waiting-list letter</th>
              <th class="nhsuk-table__header" scope="col">Safeguarding decisions</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (row of rows(); track row.item.referralId) {
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="row">
                  <a [routerLink]="['/referrals', row.item.referralId]">{{ row.item.childName }}</a>
                </th>
                <td class="nhsuk-table__cell">{{ row.item.team }}</td>
                <td class="nhsuk-table__cell">
                  <strong class="nhsuk-tag" [class]="row.rag.tagClass">{{ row.rag.text }}</strong>
                  @if (row.ratingDetail) {
                    <span class="nhsuk-u-display-block nhsuk-u-font-size-16">{{ row.ratingDetail }}</span>
                  }
                </td>
                <td class="nhsuk-table__cell">
                  @if (row.reviewDue) {
                    <strong>{{ row.nextReview }}</strong>
                  } @else {
                    {{ row.nextReview }}
                  }
                </td>
                <td class="nhsuk-table__cell">{{ row.nextLetter }}</td>
                <td class="nhsuk-table__cell">{{ row.safeguarding }}</td>
              </tr>
            } @empty {
              <tr class="nhsuk-table__row">
                <td class="nhsuk-table__cell" colspan="6">No child names you as their lead professional.</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (!problem()) {
      <p class="nhsuk-body" id="caseload-loading">Loading your caseload…</p>
    }
  `,
})
export class CaseloadPage {
  readonly items = signal<CaseloadItem[] | null>(null);
  readonly problem = signal<string | null>(null);
  readonly rows = computed(() => (this.items() ?? []).map(caseloadRow));
  readonly countText = computed(() => {
    const n = this.items()?.length ?? 0;
    return `${n} ${n === 1 ? 'child' : 'children'}`;
  });
  readonly summary = computed<ErrorSummaryItem[]>(() => {
    const problem = this.problem();
    return problem ? [{ target: null, text: problem }] : [];
  });

  constructor() {
    inject(DutyApi)
      .caseload()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (items) => this.items.set(items),
        error: (error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 401) return;
          this.problem.set(describeError(error));
        },
      });
  }
}
