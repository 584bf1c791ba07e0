import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { INCOMING_CONTACT_KINDS } from '@camhs/contracts';
import { map } from 'rxjs';
import { DutyApi } from '../../duty/duty-api.service';
import { LOG_CONTACT_API_FIELDS, LOG_CONTACT_FIELDS, LogContactField, contactLoggedMessage, toLogContactRequest, validateLogContact } from '../../duty/duty-contact-rules';
import { INCOMING_CONTACT_LABELS } from '../../duty/duty-labels';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { ActionForm } from './action-form';
import { RadiosFieldComponent } from './radios-field.component';
import { TextareaFieldComponent } from './textarea-field.component';

/** Log an incoming call or letter about the child: it stays on the duty list until someone responds to it. */
@Component({
  selector: 'camhs-log-contact-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextInputFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Log a call or letter</h3>
      <p class="nhsuk-body">It is recorded as received now, and appears on the duty list under "Calls and letters to respond to".</p>
      <camhs-radios-field field="contactKind" label="What came in?" [options]="kinds" [inline]="true" [errors]="errorsFor('contactKind')" />
      <camhs-text-input-field field="contactCaller" label="Who called or wrote" hint="For example, mother or school SENCo" [errors]="errorsFor('contactCaller')" />
      <camhs-textarea-field field="contactSummary" label="What it was about" [errors]="errorsFor('contactSummary')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Log it</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class LogContactFormComponent extends ActionForm<LogContactField> {
  private readonly api = inject(DutyApi);
  protected readonly fields = LOG_CONTACT_FIELDS;
  protected readonly apiFields = LOG_CONTACT_API_FIELDS;
  readonly kinds = INCOMING_CONTACT_KINDS.map((value) => ({ value, text: INCOMING_CONTACT_LABELS[value] }));

  readonly form = new FormGroup({
    contactKind: new FormControl('', { nonNullable: true }),
    contactCaller: new FormControl('', { nonNullable: true }),
    contactSummary: new FormControl('', { nonNullable: true }),
  });

  submit(): void {
    const value = this.form.getRawValue();
    const referral = this.referral();
    let message = '';
    this.run(
      validateLogContact(value),
      // Logging a contact does not change the referral itself.
      () =>
        this.api.logContact(referral.id, toLogContactRequest(value)).pipe(
          map((contact) => {
            message = contactLoggedMessage(contact);
            return referral;
          }),
        ),
      () => message,
    );
  }
}
