import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReferenceDataView, Urgency } from '@camhs/contracts';
import { URGENCY_OPTIONS } from './referral-labels';
import { ReferralsFilters } from './referrals-query';

/** Area, team and urgency pickers above the referrals table; each change applies at once. */
@Component({
  selector: 'camhs-referrals-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="nhsuk-fieldset">
      <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Filter referrals</legend>
      <div class="app-filters">
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="filter-area">Filter by area</label>
          <select class="nhsuk-select" id="filter-area" name="filter-area" (change)="set('area', $event)">
            <option value="" [selected]="filters().area === ''">All areas</option>
            @for (area of referenceData()?.areas ?? []; track area.code) {
              <option [value]="area.code" [selected]="filters().area === area.code">{{ area.name }}</option>
            }
          </select>
        </div>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="filter-team">Filter by team</label>
          <select class="nhsuk-select" id="filter-team" name="filter-team" (change)="set('team', $event)">
            <option value="" [selected]="filters().team === ''">All teams</option>
            @for (team of referenceData()?.teams ?? []; track team.code) {
              <option [value]="team.code" [selected]="filters().team === team.code">{{ team.name }}</option>
            }
          </select>
        </div>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="filter-urgency">Filter by urgency</label>
          <select class="nhsuk-select" id="filter-urgency" name="filter-urgency" (change)="set('urgency', $event)">
            <option value="" [selected]="filters().urgency === ''">Any urgency</option>
            @for (option of urgencies; track option.value) {
              <option [value]="option.value" [selected]="filters().urgency === option.value">{{ option.text }}</option>
            }
          </select>
        </div>
      </div>
    </fieldset>
  `,
})
export class ReferralsFiltersComponent {
  readonly referenceData = input<ReferenceDataView | null>(null);
  readonly filters = input.required<ReferralsFilters>();
  readonly filtersChange = output<ReferralsFilters>();

  readonly urgencies = URGENCY_OPTIONS;

  set(key: keyof ReferralsFilters, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const next: ReferralsFilters = { ...this.filters() };
    if (key === 'urgency') next.urgency = value as Urgency | '';
    else next[key] = value;
    this.filtersChange.emit(next);
  }
}
