import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { ActionForm } from './action-form';
import { ReferralDetailApi } from './referral-detail-api.service';
import { DISCHARGE_API_FIELDS, DISCHARGE_FIELDS, DischargeField, toDischargeRequest, validateDischarge } from './referral-move-rules';
import { TextareaFieldComponent } from './textarea-field.component';

/** Discharge: closes the episode of care; open waits end the same day. */
@Component({
  selector: 'camhs-discharge-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Discharge</h3>
      <p class="nhsuk-body">Discharging closes the referral. Any open waits end on the day of discharge.</p>
      <camhs-text-input-field field="dischargedOn" label="Date of discharge" type="date" width="10" [errors]="errorsFor('dischargedOn')" />
      <camhs-textarea-field field="dischargeReason" label="Reason for discharge" [errors]="errorsFor('dischargeReason')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Discharge</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class DischargeFormComponent extends ActionForm<DischargeField> {
  private readonly api = inject(ReferralDetailApi);
  protected readonly fields = DISCHARGE_FIELDS;
  protected readonly apiFields = DISCHARGE_API_FIELDS;

  readonly form = new FormGroup({
    dischargedOn: new FormControl(this.today(), { nonNullable: true }),
    dischargeReason: new FormControl('', { nonNullable: true }),
  });

  submit(): void {
    const value = this.form.getRawValue();
    const referral = this.referral();
    this.run(validateDischarge(value, referral), () => this.api.discharge(referral.id, toDischargeRequest(value, referral)), () => 'Referral discharged');
  }
}
