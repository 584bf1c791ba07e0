import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { SelectFieldComponent, SelectOption } from '../shared/select-field.component';

/** Choose the team whose list to show; the page keeps the choice in the address (`?team=`). */
@Component({
  selector: 'camhs-duty-team-picker',
  imports: [ReactiveFormsModule, SelectFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-label]="formLabel()">
      <div class="app-filters">
        <camhs-select-field field="team" label="Team" placeholder="Choose a team" [options]="options()" />
        <button class="nhsuk-button nhsuk-button--secondary" type="submit" id="show-team">{{ buttonText() }}</button>
      </div>
    </form>
  `,
})
export class DutyTeamPickerComponent {
  readonly options = input.required<readonly SelectOption[]>();
  readonly team = input<string | null>(null);
  readonly formLabel = input('Choose a team');
  readonly buttonText = input('Show list');
  readonly chosen = output<string>();

  readonly form = new FormGroup({ team: new FormControl('', { nonNullable: true }) });

  constructor() {
    // The address decides; the select follows it (back button, shared links).
    effect(() => {
      const team = this.team() ?? '';
      if (this.form.controls.team.value !== team) this.form.controls.team.setValue(team);
    });
  }

  submit(): void {
    const team = this.form.controls.team.value;
    if (team) this.chosen.emit(team);
  }
}
