import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { map } from 'rxjs';
import { DutyApi } from '../../duty/duty-api.service';
import { NO_RESPONSE_API_FIELDS, NoResponseField, noResponseMessage, validateNoResponse } from '../../duty/duty-contact-rules';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { ActionForm } from './action-form';

/**
 * Record that the family has not responded to our letters (domain.md: "not responsive to letters"):
 * like a DNA, it asks the lead professional (RED) or Duty for a safeguarding decision before any discharge.
 */
@Component({
  selector: 'camhs-record-no-response-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Record no response to letters</h3>
      <p class="nhsuk-body">
        The family has not answered our letters. A safeguarding decision goes on the duty list (for the lead professional if the child is rated red and has
        one, otherwise for Duty), and the referral cannot be discharged until it is made.
      </p>
      <camhs-text-input-field field="noticedOn" label="Day you judged there has been no response" type="date" width="10" [errors]="errorsFor('noticedOn')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Record no response</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class RecordNoResponseFormComponent extends ActionForm<NoResponseField> {
  private readonly api = inject(DutyApi);
  protected readonly fields = ['noticedOn'] as const;
  protected readonly apiFields = NO_RESPONSE_API_FIELDS;

  readonly form = new FormGroup({ noticedOn: new FormControl(this.today(), { nonNullable: true }) });

  submit(): void {
    const value = this.form.getRawValue();
    const referral = this.referral();
    let message = '';
    this.run(
      validateNoResponse(value, this.today()),
      // Recording no response opens a decision; the referral itself is unchanged.
      () =>
        this.api.recordNoResponse(referral.id, { noticedOn: value.noticedOn }).pipe(
          map((decision) => {
            message = noResponseMessage(decision);
            return referral;
          }),
        ),
      () => message,
    );
  }
}
