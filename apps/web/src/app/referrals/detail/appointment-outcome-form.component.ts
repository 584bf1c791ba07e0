import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { AppointmentView } from '@camhs/contracts';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { formatDate } from '../date-format';
import { ActionForm } from './action-form';
import { RadiosFieldComponent } from './radios-field.component';
import { ReferralDetailApi } from './referral-detail-api.service';
import { APPOINTMENT_KIND_LABELS, APPOINTMENT_STATUS_LABELS } from './referral-detail-labels';
import { OUTCOME_API_FIELDS, OUTCOME_FIELDS, OUTCOME_STATUSES, OutcomeField, OutcomeStatus, toOutcomeRequest, validateOutcome } from './wait-appointment-rules';

/** Record a booked appointment as attended, did not attend (DNA) or cancelled. Once recorded, it stands. */
@Component({
  selector: 'camhs-appointment-outcome-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Record the outcome of the {{ title() }}</h3>
      <camhs-radios-field field="outcomeStatus" label="Outcome" [options]="statuses" [errors]="errorsFor('outcomeStatus')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save outcome</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class AppointmentOutcomeFormComponent extends ActionForm<OutcomeField> {
  private readonly api = inject(ReferralDetailApi);
  protected readonly fields = OUTCOME_FIELDS;
  protected readonly apiFields = OUTCOME_API_FIELDS;

  readonly appointment = input.required<AppointmentView>();
  readonly title = computed(() => `${APPOINTMENT_KIND_LABELS[this.appointment().kind].toLowerCase()} appointment on ${formatDate(this.appointment().date)}`);
  readonly statuses = OUTCOME_STATUSES.map((value) => ({ value, text: APPOINTMENT_STATUS_LABELS[value] }));

  readonly form = new FormGroup({ outcomeStatus: new FormControl('', { nonNullable: true }) });

  submit(): void {
    const value = this.form.getRawValue();
    const appointment = this.appointment();
    this.run(
      validateOutcome(value),
      () => this.api.recordOutcome(appointment.id, toOutcomeRequest(value, appointment.version)),
      () => `Appointment recorded as ${APPOINTMENT_STATUS_LABELS[value.outcomeStatus as OutcomeStatus].toLowerCase()}`,
    );
  }
}
