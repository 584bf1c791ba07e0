import { ChangeDetectionStrategy, Component, OnInit, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { OutcomeReviewView } from '@camhs/contracts';
import { CheckedForm } from '../../referrals/detail/checked-form';
import { RadiosFieldComponent } from '../../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { formatDate } from '../../referrals/date-format';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { OUTCOME_API_FIELDS, OUTCOME_FIELDS, OUTCOME_OPTIONS, OutcomeField, outcomeRecordedMessage, toRecordOutcomeRequest, validateOutcome } from './outcome-review-rules';
import { PanelFollowUpApi } from './panel-follow-up-api.service';

/** Record an allocation's termly review: one of the four outcome categories, what the review found, and the day. */
@Component({
  selector: 'camhs-outcome-review-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextareaFieldComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="outcome-form-heading">
      <h3 id="outcome-form-heading" tabindex="-1" #formHeading>Record the outcome: {{ review().childName }}, {{ review().intervention }}</h3>
      <p class="nhsuk-body">From {{ review().provider }}. Review due {{ dueText() }}.</p>
      <camhs-radios-field
        field="outcome"
        label="Outcome"
        hint="“Continuing to improve” schedules the next review for the end of the following term; the other outcomes end this allocation’s reviews."
        [options]="outcomes"
        [errors]="errorsFor('outcome')"
      />
      <camhs-textarea-field field="reviewNote" label="What the review found" [rows]="4" [errors]="errorsFor('reviewNote')" />
      <camhs-text-input-field field="reviewedOn" label="Date of the review" type="date" width="10" [errors]="errorsFor('reviewedOn')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-outcome" [attr.aria-disabled]="submitting() ? 'true' : null">Save outcome</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class OutcomeReviewFormComponent extends CheckedForm<OutcomeField> implements OnInit {
  private readonly api = inject(PanelFollowUpApi);
  protected readonly fields = OUTCOME_FIELDS;
  readonly outcomes = OUTCOME_OPTIONS;

  readonly review = input.required<OutcomeReviewView>();
  readonly saved = output<string>();
  readonly conflict = output<string>();
  readonly cancelled = output<void>();

  readonly form = new FormGroup({
    outcome: new FormControl('', { nonNullable: true }),
    reviewNote: new FormControl('', { nonNullable: true }),
    reviewedOn: new FormControl('', { nonNullable: true }),
  });

  ngOnInit(): void {
    // Usually recorded on the day of the review.
    this.form.controls.reviewedOn.setValue(this.today());
  }

  dueText(): string {
    return formatDate(this.review().dueOn);
  }

  protected fieldForApi(name: string): OutcomeField | undefined {
    return OUTCOME_API_FIELDS[name];
  }

  submit(): void {
    const review = this.review();
    const value = this.form.getRawValue();
    this.submitChecked(validateOutcome(value, this.today()), () => this.api.recordOutcome(review.id, toRecordOutcomeRequest(value, review.version)), {
      saved: (result) => this.saved.emit(outcomeRecordedMessage(review, result)),
      conflict: (message) => this.conflict.emit(message),
    });
  }
}
