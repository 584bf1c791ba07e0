import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PanelSettingsView } from '@camhs/contracts';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { CatalogueApi } from './catalogue-api.service';
import { PanelForm } from '../panel-form';
import { SETTINGS_API_FIELDS, SETTINGS_FIELDS, SettingsField, settingsFormValue, toSettingsRequest, validateSettings } from './catalogue-rules';

/** The figures of the cost-avoided estimate (Appendix A) and the term ends that date outcome reviews. */
@Component({
  selector: 'camhs-settings-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="catalogue-form-heading">
      <h3 id="catalogue-form-heading" tabindex="-1" #formHeading>Change the settings</h3>
      <camhs-text-input-field field="hourlyCost" label="Hourly cost of support (£)" hint="What schools are paid for an hour of teaching-assistant support; the source’s figure is 11.26" width="5" inputmode="decimal" [errors]="errorsFor('hourlyCost')" />
      <camhs-text-input-field field="weeksPerYear" label="School weeks a year" hint="The source’s figure is 38" width="3" inputmode="numeric" [errors]="errorsFor('weeksPerYear')" />
      <camhs-text-input-field field="schoolsFundFirst" label="What schools fund first (£)" hint="The part of a child’s support cost schools already fund; the source’s figure is 6,000.00" width="10" inputmode="decimal" [errors]="errorsFor('schoolsFundFirst')" />
      <camhs-text-input-field field="termEnds" label="Last days of the terms" hint="Written MM-DD and separated by commas, for example 03-31, 07-21, 12-19; outcome reviews fall due on them" width="20" [errors]="errorsFor('termEnds')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-settings" [attr.aria-disabled]="submitting() ? 'true' : null">Save the settings</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class SettingsFormComponent extends PanelForm<SettingsField> {
  private readonly api = inject(CatalogueApi);
  protected readonly fields = SETTINGS_FIELDS;
  readonly settings = input.required<PanelSettingsView>();

  readonly form = new FormGroup({
    hourlyCost: new FormControl('', { nonNullable: true }),
    weeksPerYear: new FormControl('', { nonNullable: true }),
    schoolsFundFirst: new FormControl('', { nonNullable: true }),
    termEnds: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    super();
    effect(() => this.form.setValue(settingsFormValue(this.settings())));
  }

  protected fieldForApi(name: string): SettingsField | undefined {
    return SETTINGS_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    this.run(validateSettings(value), () => this.api.updateSettings(toSettingsRequest(value, this.settings().version)), () => 'The settings are changed.');
  }
}
