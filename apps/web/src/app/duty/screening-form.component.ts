import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RadiosFieldComponent } from '../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../shared/error-summary.component';
import { TextInputFieldComponent } from '../shared/text-input-field.component';
import { DutyApi } from './duty-api.service';
import { SCREENING_API_FIELDS, SCREENING_FIELDS, ScreeningField, toScreeningRequest, validateScreening } from './duty-decision-rules';
import { DutyRowForm } from './duty-row-form';

const IMMEDIATE = [
  { value: 'yes', text: 'Yes: an immediate response is needed' },
  { value: 'no', text: 'No: the referral follows the usual pathway' },
] as const;

/** Screen a new referral for an immediate response (once per referral; it then leaves "New referrals to screen"). */
@Component({
  selector: 'camhs-screening-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextareaFieldComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="duty-form-heading">
      <h3 id="duty-form-heading" tabindex="-1" #formHeading>Screen the referral: {{ row().childName }}</h3>
      <camhs-text-input-field field="screenedOn" label="Date of screening" type="date" width="10" [errors]="errorsFor('screenedOn')" />
      <camhs-radios-field field="immediateResponse" label="Does the referral need an immediate response?" [options]="immediate" [errors]="errorsFor('immediateResponse')" />
      <camhs-textarea-field
        field="screeningNote"
        label="Note"
        [hint]="immediateNeeded() === 'yes' ? 'Required: what the immediate response is, and who makes it' : 'Optional'"
        [errors]="errorsFor('screeningNote')"
      />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save screening</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class ScreeningFormComponent extends DutyRowForm<ScreeningField> {
  private readonly api = inject(DutyApi);
  protected readonly fields = SCREENING_FIELDS;
  readonly immediate = IMMEDIATE;

  readonly form = new FormGroup({
    screenedOn: new FormControl(this.today(), { nonNullable: true }),
    immediateResponse: new FormControl('', { nonNullable: true }),
    screeningNote: new FormControl('', { nonNullable: true }),
  });
  readonly immediateNeeded = toSignal(this.form.controls.immediateResponse.valueChanges, { initialValue: '' });

  protected fieldForApi(name: string): ScreeningField | undefined {
    return SCREENING_API_FIELDS[name];
  }

  submit(): void {
    const row = this.row();
    const value = this.form.getRawValue();
    this.run(
      validateScreening(value, row.dueOn, this.today()),
      () => this.api.screen(row.referralId, toScreeningRequest(value)),
      (screening) => `Referral for ${row.childName} screened: ${screening.immediateResponse ? 'an immediate response is needed' : 'no immediate response needed'}.`,
    );
  }
}
