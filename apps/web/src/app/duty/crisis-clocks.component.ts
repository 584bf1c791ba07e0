import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CrisisClockView } from '@camhs/contracts';
import { formatDateTime } from '../shared/date-time-format';
import { CRISIS_CLOCK_LABELS, crisisTimingText } from './crisis-clock-rules';

/** A Crisis clock's key on the page (an escalation has two clocks). */
export const crisisKey = (clock: CrisisClockView) => `${clock.escalationId}-${clock.clock}`;

/**
 * The team's Crisis clocks not yet done, above every section of the duty list: each child's
 * contact (2 hours) or assessment (24 hours) deadline, running or missed, in words.
 */
@Component({
  selector: 'camhs-crisis-clocks',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-warning-callout" id="crisis-clocks">
      <h2 class="nhsuk-warning-callout__label" id="crisis-clocks-heading"><span class="nhsuk-u-visually-hidden">Important: </span>Crisis clocks</h2>
      <div class="app-table-scroll">
        <table class="nhsuk-table" id="table-crisisClocks">
          <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Crisis referrals waiting for contact or assessment, soonest deadline first</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Child</th>
              <th class="nhsuk-table__header" scope="col">Standard</th>
              <th class="nhsuk-table__header" scope="col">Referred to Crisis</th>
              <th class="nhsuk-table__header" scope="col">Deadline</th>
              <th class="nhsuk-table__header" scope="col">Actions</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (row of rows(); track row.key) {
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="row">
                  <a [routerLink]="['/referrals', row.clock.referralId]">{{ row.clock.childName }}</a>
                </th>
                <td class="nhsuk-table__cell">{{ row.label }}</td>
                <td class="nhsuk-table__cell">{{ row.referred }}</td>
                <td class="nhsuk-table__cell">
                  <strong class="nhsuk-tag" [class]="row.missed ? 'nhsuk-tag--red' : 'nhsuk-tag--yellow'">{{ row.missed ? 'Missed' : 'Running' }}</strong>
                  <span class="nhsuk-u-display-block">{{ row.timing }}</span>
                </td>
                <td class="nhsuk-table__cell">
                  <button
                    type="button"
                    class="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0"
                    [id]="'crisis-' + row.key"
                    [attr.aria-expanded]="openKey() === row.key"
                    aria-controls="crisis-form"
                    (click)="record.emit(row.clock)"
                  >
                    Record done<span class="nhsuk-u-visually-hidden"> for {{ row.clock.childName }}, {{ row.label }}</span>
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <div id="crisis-form"><ng-content /></div>
    </div>
  `,
})
export class CrisisClocksComponent {
  readonly clocks = input.required<readonly CrisisClockView[]>();
  /** The clock whose form is open. */
  readonly openKey = input<string | null>(null);
  readonly record = output<CrisisClockView>();

  readonly rows = computed(() =>
    this.clocks().map((clock) => ({
      clock,
      key: crisisKey(clock),
      label: CRISIS_CLOCK_LABELS[clock.clock],
      referred: formatDateTime(clock.referredAt),
      missed: clock.state === 'missed',
      timing: crisisTimingText(clock),
    })),
  );
}
