import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { map } from 'rxjs';
import { RadiosFieldComponent } from '../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../shared/error-summary.component';
import { DutyApi } from './duty-api.service';
import { RespondField, RespondFormValue, respondFieldFor, respondedMessage, toRespondRequest, validateRespond } from './duty-contact-rules';
import { INCOMING_CONTACT_LABELS } from './duty-labels';
import { reviewFields } from './duty-review-rules';
import { DutyRowForm } from './duty-row-form';
import { ReviewFieldsComponent } from './review-fields.component';
import { reviewControls, reviewValueOf } from './review-form-controls';

const YES_NO = [
  { value: 'yes', text: 'Yes: record the review (the next one is planned from it)' },
  { value: 'no', text: 'No' },
] as const;

/** Respond to a call or letter on the list; a response that reviewed the child records the review too. */
@Component({
  selector: 'camhs-contact-response-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextareaFieldComponent, ReviewFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="duty-form-heading">
      <h3 id="duty-form-heading" tabindex="-1" #formHeading>Respond to the {{ kind() }}: {{ row().childName }}</h3>
      @if (row().contact; as contact) {
        <p class="nhsuk-body">From {{ contact.caller }}: {{ contact.summary }}</p>
      }
      <camhs-textarea-field field="response" label="What was done in response" [errors]="errorsFor('response')" />
      <camhs-radios-field field="reviewed" label="Did the response review the child?" [options]="yesNo" [errors]="errorsFor('reviewed')" />
      @if (value().reviewed === 'yes') {
        <camhs-review-fields [child]="row()" [values]="value().review" [errors]="fieldErrors()" />
      }
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save response</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class ContactResponseFormComponent extends DutyRowForm<RespondField> implements OnInit {
  private readonly api = inject(DutyApi);
  readonly yesNo = YES_NO;

  readonly form = new FormGroup({
    response: new FormControl('', { nonNullable: true }),
    reviewed: new FormControl('', { nonNullable: true }),
    ...reviewControls(null, this.today()),
  });
  readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.formValue())), { initialValue: this.formValue() });
  readonly kind = computed(() => {
    const contact = this.row().contact;
    return contact ? INCOMING_CONTACT_LABELS[contact.kind].toLowerCase() : 'contact';
  });
  private readonly pageFields = computed<RespondField[]>(() => [
    'response',
    'reviewed',
    ...(this.value().reviewed === 'yes' ? reviewFields(this.row(), this.value().review.outcomeRating) : []),
  ]);

  ngOnInit(): void {
    this.form.controls.outcomeRating.setValue(this.row().rating ?? '');
  }

  protected get fields(): readonly RespondField[] {
    return this.pageFields();
  }

  protected fieldForApi(name: string): RespondField | undefined {
    return respondFieldFor(name, this.row(), this.value().review.outcomeRating);
  }

  submit(): void {
    const row = this.row();
    const contact = row.contact;
    const contactId = row.subjectId;
    if (!contact || !contactId) return; // only contact rows open this form
    const value = this.formValue();
    this.run(
      validateRespond(value, row, this.today()),
      () => this.api.respondToContact(contactId, toRespondRequest(value, contact.version, row, row.referralVersion)),
      (result) => respondedMessage(row.childName, result),
    );
  }

  private formValue(): RespondFormValue {
    const raw = this.form.getRawValue();
    return { response: raw.response, reviewed: raw.reviewed, review: reviewValueOf(raw) };
  }
}
