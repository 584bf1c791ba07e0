import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { WaitView } from '@camhs/contracts';
import { waitDays, wholeWeeks } from '@camhs/domain';
import { formatDate } from '../date-format';
import { WaitAction, waitActions } from './pathway-actions';
import { weeksText } from './referral-detail-labels';

export interface WaitActionRequest {
  action: WaitAction;
  wait: WaitView;
}

/** The referral's waits, oldest first: open ones with weeks waited so far, ended ones with how they ended. */
@Component({
  selector: 'camhs-referral-waits-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length > 0) {
      <div class="app-table-scroll">
        <table class="nhsuk-table" id="referral-waits">
          <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Waits on waiting lists</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">List</th>
              <th class="nhsuk-table__header" scope="col">Added</th>
              <th class="nhsuk-table__header" scope="col">Status</th>
              @if (actionsAllowed()) {
                <th class="nhsuk-table__header" scope="col">Actions</th>
              }
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (row of rows(); track row.wait.id) {
              <tr class="nhsuk-table__row" [attr.data-wait-id]="row.wait.id">
                <th class="nhsuk-table__header" scope="row">{{ row.wait.list }}</th>
                <td class="nhsuk-table__cell app-nowrap">{{ row.added }}</td>
                <td class="nhsuk-table__cell">{{ row.status }}</td>
                @if (actionsAllowed()) {
                  <td class="nhsuk-table__cell">
                    @for (action of row.actions; track action) {
                      <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-row-button" type="button" (click)="act.emit({ action, wait: row.wait })">
                        {{ action === 'start-treatment' ? 'Start treatment' : 'Remove' }}<span class="nhsuk-u-visually-hidden"> ({{ row.wait.list }})</span>
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="nhsuk-body">No waits.</p>
    }
  `,
  styles: `
    .app-row-button { margin: 0 0.5rem 0.5rem 0; }
  `,
})
export class ReferralWaitsTableComponent {
  readonly waits = input.required<readonly WaitView[]>();
  readonly today = input.required<string>();
  /** False while the page shows a conflict: nothing is offered on stale data. */
  readonly actionsAllowed = input(true);
  readonly act = output<WaitActionRequest>();

  readonly rows = computed(() =>
    this.waits().map((wait) => ({
      wait,
      added: formatDate(wait.addedOn),
      status: wait.startedOn
        ? `Treatment started ${formatDate(wait.startedOn)}`
        : wait.removedOn
          ? `Removed ${formatDate(wait.removedOn)}`
          : `Waiting ${weeksText(Math.max(0, wholeWeeks(waitDays(wait.addedOn, this.today()))))}`,
      actions: waitActions(wait),
    })),
  );
}
