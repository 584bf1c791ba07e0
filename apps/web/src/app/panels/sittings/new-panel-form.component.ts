import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PANEL_CADENCES, PanelView } from '@camhs/contracts';
import { SessionService } from '../../auth/session.service';
import { RadiosFieldComponent } from '../../referrals/detail/radios-field.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { SelectFieldComponent } from '../../shared/select-field.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { CADENCE_LABELS } from '../panel-labels';
import { PanelForm } from '../panel-form';
import { PanelsApi } from '../panels-api.service';
import { NEW_PANEL_API_FIELDS, NEW_PANEL_FIELDS, NewPanelField, panelTeamOptions, toCreatePanelRequest, validateNewPanel } from './sittings-rules';

/** Set up a panel of one of the user's council teams: its name and how often it meets. */
@Component({
  selector: 'camhs-new-panel-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, SelectFieldComponent, RadiosFieldComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="setup-form-heading">
      <h3 id="setup-form-heading" tabindex="-1" #formHeading>Set up a panel</h3>
      <camhs-select-field field="team" label="Team" placeholder="Choose a team" [options]="teams()" [errors]="errorsFor('team')" />
      <camhs-text-input-field field="panelName" label="Name" hint="For example, Primary Phase Panel" width="30" [errors]="errorsFor('panelName')" />
      <camhs-radios-field field="cadence" label="How often it meets" [options]="cadences" [inline]="true" [errors]="errorsFor('cadence')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-panel" [attr.aria-disabled]="submitting() ? 'true' : null">Set up the panel</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class NewPanelFormComponent extends PanelForm<NewPanelField> {
  private readonly api = inject(PanelsApi);
  private readonly session = inject(SessionService);
  protected readonly fields = NEW_PANEL_FIELDS;
  readonly created = output<PanelView>();
  readonly cadences = PANEL_CADENCES.map((value) => ({ value, text: CADENCE_LABELS[value] }));
  readonly teams = computed(() => panelTeamOptions(this.session.user()?.teams ?? []));

  readonly form = new FormGroup({
    team: new FormControl(this.teams()[0]?.value ?? '', { nonNullable: true }),
    panelName: new FormControl('', { nonNullable: true }),
    cadence: new FormControl('', { nonNullable: true }),
  });

  protected fieldForApi(name: string): NewPanelField | undefined {
    return NEW_PANEL_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    this.submitChecked(validateNewPanel(value), () => this.api.createPanel(toCreatePanelRequest(value)), {
      saved: (panel) => this.created.emit(panel),
      conflict: (message) => this.conflict.emit(message),
    });
  }
}
