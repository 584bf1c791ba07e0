import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { PanelActionView } from '@camhs/contracts';
import { ActionRow } from './panel-action-rules';

/** The open actions agreed at sittings, soonest due first: child, action, owner, due date, and a button opening the "done" form. */
@Component({
  selector: 'camhs-actions-due-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="app-table-scroll">
      <table class="nhsuk-table" id="actions-table">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">Actions not yet done, soonest due first</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Child</th>
            <th class="nhsuk-table__header" scope="col">Action</th>
            <th class="nhsuk-table__header" scope="col">Owner</th>
            <th class="nhsuk-table__header" scope="col">Due</th>
            <th class="nhsuk-table__header" scope="col">Actions</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          @for (row of rows(); track row.action.id) {
            <tr class="nhsuk-table__row" [attr.data-action]="row.action.id">
              <th class="nhsuk-table__header" scope="row">{{ row.action.childName }}</th>
              <td class="nhsuk-table__cell">{{ row.action.description }}</td>
              <td class="nhsuk-table__cell">{{ row.action.owner }}</td>
              <td class="nhsuk-table__cell">
                <strong class="nhsuk-tag" [class]="row.due.tagClass">{{ row.due.tag }}</strong>
                <span class="nhsuk-u-display-block">{{ row.due.text }}</span>
                @if (row.reminded; as reminded) {
                  <span class="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">{{ reminded }}</span>
                }
              </td>
              <td class="nhsuk-table__cell">
                <button
                  type="button"
                  class="nhsuk-button nhsuk-button--small nhsuk-button--secondary nhsuk-u-margin-bottom-0"
                  [id]="'action-' + row.action.id"
                  [attr.aria-expanded]="openId() === row.action.id"
                  aria-controls="action-form"
                  (click)="markDone.emit(row.action)"
                >
                  Mark done<span class="nhsuk-u-visually-hidden">: {{ row.action.description }}, for {{ row.action.childName }}</span>
                </button>
              </td>
            </tr>
          } @empty {
            <tr class="nhsuk-table__row">
              <td class="nhsuk-table__cell" colspan="5">No action is waiting to be done.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class ActionsDueTableComponent {
  readonly rows = input.required<readonly ActionRow[]>();
  /** The action whose form is open. */
  readonly openId = input<string | null>(null);
  readonly markDone = output<PanelActionView>();
}
