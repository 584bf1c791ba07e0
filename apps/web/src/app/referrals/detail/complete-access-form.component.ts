import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ACCESS_OUTCOMES, AccessOutcomeName } from '@camhs/contracts';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { ActionForm } from './action-form';
import { RadiosFieldComponent } from './radios-field.component';
import { ReferralDetailApi } from './referral-detail-api.service';
import { ACCESS_OUTCOME_LABELS } from './referral-detail-labels';
import { ACCESS_API_FIELDS, ACCESS_FIELDS, AccessField, AccessFormValue, toAccessRequest, validateAccess } from './referral-move-rules';
import { TextareaFieldComponent } from './textarea-field.component';

/** Complete access (the first contact): accepted for assessment, redirected (to an agency) or returned (with a reason). */
@Component({
  selector: 'camhs-complete-access-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent, RadiosFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Complete access</h3>
      <camhs-text-input-field field="accessCompletedOn" label="Date of the first contact" type="date" width="10" [errors]="errorsFor('accessCompletedOn')" />
      <camhs-radios-field field="accessOutcome" label="Outcome of access" [options]="outcomes" [errors]="errorsFor('accessOutcome')" />
      @if (outcome() === 'redirected') {
        <camhs-text-input-field
          field="accessDestination"
          label="Agency the referral was redirected to"
          hint="For example, Early Help"
          width="30"
          [errors]="errorsFor('accessDestination')"
        />
      }
      @if (outcome() === 'returned') {
        <camhs-textarea-field field="accessReason" label="Why the referral was returned" [errors]="errorsFor('accessReason')" />
      }
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save access outcome</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class CompleteAccessFormComponent extends ActionForm<AccessField> {
  private readonly api = inject(ReferralDetailApi);
  protected readonly fields = ACCESS_FIELDS;
  protected readonly apiFields = ACCESS_API_FIELDS;
  readonly outcomes = ACCESS_OUTCOMES.map((value) => ({ value, text: ACCESS_OUTCOME_LABELS[value] }));

  readonly form = new FormGroup({
    accessCompletedOn: new FormControl(this.today(), { nonNullable: true }),
    accessOutcome: new FormControl('', { nonNullable: true }),
    accessDestination: new FormControl('', { nonNullable: true }),
    accessReason: new FormControl('', { nonNullable: true }),
  });
  readonly outcome = toSignal(this.form.controls.accessOutcome.valueChanges, { initialValue: '' });

  submit(): void {
    const value: AccessFormValue = this.form.getRawValue();
    const referral = this.referral();
    this.run(
      validateAccess(value, referral),
      () => this.api.completeAccess(referral.id, toAccessRequest(value, referral)),
      () => `Access completed: ${ACCESS_OUTCOME_LABELS[value.accessOutcome as AccessOutcomeName].toLowerCase()}`,
    );
  }
}
