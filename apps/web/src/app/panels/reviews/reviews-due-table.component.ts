import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { OutcomeReviewView } from '@camhs/contracts';
import { ReviewRow } from './outcome-review-rules';

/** The outcome reviews due, oldest first: child, intervention, provider, due date, and a button opening the outcome form. */
@Component({
  selector: 'camhs-reviews-due-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-table-scroll">
      <table class="nhsuk-table" id="reviews-table">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">Outcome reviews due within two weeks or overdue, oldest due first</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Child</th>
            <th class="nhsuk-table__header" scope="col">Intervention</th>
            <th class="nhsuk-table__header" scope="col">Provider</th>
            <th class="nhsuk-table__header" scope="col">Due</th>
            <th class="nhsuk-table__header" scope="col">Actions</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of rows(); track row.review.id) {
            <tr class="nhsuk-table__row" [attr.data-review]="row.review.id">
              <th class="nhsuk-table__header" scope="row">{{ row.review.childName }}</th>
              <td class="nhsuk-table__cell">{{ row.review.intervention }}</td>
              <td class="nhsuk-table__cell">{{ row.review.provider }}</td>
              <td class="nhsuk-table__cell">
                <strong class="nhsuk-tag" [class]="row.due.tagClass">{{ row.due.tag }}</strong>
                <span class="nhsuk-u-display-block">{{ row.due.text }}</span>
              </td>
              <td class="nhsuk-table__cell">
                <button
                  type="button"
                  class="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0"
                  [id]="'review-' + row.review.id"
                  [attr.aria-expanded]="openId() === row.review.id"
                  aria-controls="outcome-form"
                  (click)="record.emit(row.review)"
                >
                  Record outcome<span class="nhsuk-u-visually-hidden"> for {{ row.review.childName }}, {{ row.review.intervention }}</span>
                </button>
              </td>
            </tr>
          } @empty {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell" colspan="5">No outcome review is due.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class ReviewsDueTableComponent {
  readonly rows = input.required<readonly ReviewRow[]>();
  /** The review whose form is open. */
  readonly openId = input<string | null>(null);
  readonly record = output<OutcomeReviewView>();
}
