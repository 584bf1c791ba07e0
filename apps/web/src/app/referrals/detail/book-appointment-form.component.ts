import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { APPOINTMENT_KINDS } from '@camhs/contracts';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { SelectFieldComponent } from '../../shared/select-field.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { formatDate } from '../date-format';
import { ActionForm } from './action-form';
import { ReferralDetailApi } from './referral-detail-api.service';
import { APPOINTMENT_KIND_LABELS } from './referral-detail-labels';
import { BOOK_API_FIELDS, BOOK_FIELDS, BookField, toBookingRequest, validateBooking } from './wait-appointment-rules';

/** Book an appointment or contact, optionally for one of the referral's waits. */
@Component({
  selector: 'camhs-book-appointment-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, SelectFieldComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Book an appointment</h3>
      <camhs-text-input-field field="appointmentDate" label="Date of the appointment" type="date" width="10" [errors]="errorsFor('appointmentDate')" />
      <camhs-select-field
        field="appointmentKind"
        label="Kind of appointment"
        placeholder="Select the kind of appointment"
        [options]="kinds"
        [errors]="errorsFor('appointmentKind')"
      />
      <camhs-select-field
        field="appointmentWait"
        label="For the wait on (optional)"
        placeholder="Not for a particular wait"
        [options]="waits()"
        [errors]="errorsFor('appointmentWait')"
      />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Book appointment</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class BookAppointmentFormComponent extends ActionForm<BookField> {
  private readonly api = inject(ReferralDetailApi);
  protected readonly fields = BOOK_FIELDS;
  protected readonly apiFields = BOOK_API_FIELDS;

  readonly kinds = APPOINTMENT_KINDS.map((value) => ({ value, text: APPOINTMENT_KIND_LABELS[value] }));
  readonly waits = computed(() =>
    this.referral()
      .waits.filter((w) => w.startedOn === null && w.removedOn === null)
      .map((w) => ({ value: w.id, text: `${w.list} (added ${formatDate(w.addedOn)})` })),
  );

  readonly form = new FormGroup({
    appointmentDate: new FormControl('', { nonNullable: true }),
    appointmentKind: new FormControl('', { nonNullable: true }),
    appointmentWait: new FormControl('', { nonNullable: true }),
  });

  submit(): void {
    const value = this.form.getRawValue();
    const referral = this.referral();
    this.run(
      validateBooking(value, referral),
      () => this.api.bookAppointment(referral.id, toBookingRequest(value)),
      () => `Appointment booked for ${formatDate(value.appointmentDate)}`,
    );
  }
}
