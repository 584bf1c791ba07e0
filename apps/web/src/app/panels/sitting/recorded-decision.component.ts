import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PanelCaseView, PanelDecisionView } from '@camhs/contracts';
import { formatPounds, unitWords } from '@camhs/domain';
import { formatDate } from '../../referrals/date-format';
import { formatDateTime } from '../../shared/date-time-format';
import { DECISION_OUTCOME_LABELS } from '../panel-labels';

/** A decision already recorded at this sitting, with the interventions it allocated and the actions it set. */
@Component({
  selector: 'camhs-recorded-decision',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 id="recorded-decision-heading">The panel’s decision</h3>
    <dl class="nhsuk-summary-list" id="recorded-decision">
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Decision</dt>
        <dd class="nhsuk-summary-list__value">{{ outcomes[decision().outcome] }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Why</dt>
        <dd class="nhsuk-summary-list__value">{{ decision().reason }}</dd>
      </div>
      <div class="nhsuk-summary-list__row">
        <dt class="nhsuk-summary-list__key">Recorded</dt>
        <dd class="nhsuk-summary-list__value">{{ formatDateTime(decision().recordedAt) }} by {{ decision().recordedBy }}</dd>
      </div>
    </dl>
    @if (allocations().length > 0) {
      <div class="app-table-scroll">
        <table class="nhsuk-table" id="recorded-allocations">
          <caption class="nhsuk-table__caption nhsuk-table__caption--s">Interventions allocated</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Intervention</th>
              <th class="nhsuk-table__header" scope="col">Amount</th>
              <th class="nhsuk-table__header" scope="col">Block and spot</th>
              <th class="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Cost</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            @for (a of allocations(); track a.id) {
              <tr class="nhsuk-table__row">
                <th class="nhsuk-table__header" scope="row">{{ a.intervention }}<span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">{{ a.provider }}</span></th>
                <td class="nhsuk-table__cell">{{ a.unitsPerWeek }} a week × {{ a.weeks }} weeks = {{ units(a.unit, a.units) }}, from {{ formatDate(a.startOn) }}</td>
                <td class="nhsuk-table__cell">
                  {{ units(a.unit, a.blockUnits) }} block; {{ units(a.unit, a.spotUnits) }} spot
                  @if (a.budgetOverrideReason) {
                    <span class="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0">Over budget by {{ pounds(a.overBudgetByPence) }}: {{ a.budgetOverrideReason }}</span>
                  }
                </td>
                <td class="nhsuk-table__cell nhsuk-table__cell--numeric">{{ pounds(a.costPence) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    @if (actions().length > 0) {
      <h4>Actions for this case</h4>
      <ul class="nhsuk-list nhsuk-list--bullet" id="recorded-actions">
        @for (x of actions(); track x.id) {
          <li>{{ x.description }}: {{ x.owner }}, by {{ formatDate(x.dueOn) }}@if (x.doneAt) { (done)}</li>
        }
      </ul>
    }
  `,
})
export class RecordedDecisionComponent {
  readonly decision = input.required<PanelDecisionView>();
  /** The case, for the decision's allocations and actions (null while it is read). */
  readonly panelCase = input<PanelCaseView | null>(null);

  readonly outcomes = DECISION_OUTCOME_LABELS;
  readonly formatDate = formatDate;
  readonly formatDateTime = formatDateTime;
  readonly pounds = formatPounds;
  readonly units = unitWords;
  readonly allocations = computed(() => (this.panelCase()?.allocations ?? []).filter((a) => a.decisionId === this.decision().id));
  readonly actions = computed(() => this.panelCase()?.actions ?? []);
}
