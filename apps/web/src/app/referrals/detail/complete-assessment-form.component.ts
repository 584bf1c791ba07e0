import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ASSESSMENT_OUTCOMES } from '@camhs/contracts';
import { describedBy } from '../../shared/described-by';
import { ErrorMessageComponent } from '../../shared/error-message.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { ActionForm } from './action-form';
import { RadiosFieldComponent } from './radios-field.component';
import { ReferralDetailApi } from './referral-detail-api.service';
import { ASSESSMENT_OUTCOME_LABELS } from './referral-detail-labels';
import { ASSESSMENT_API_FIELDS, ASSESSMENT_FIELDS, AssessmentField, toAssessmentRequest, validateAssessment } from './referral-move-rules';
import { TextareaFieldComponent } from './textarea-field.component';

/** Complete assessment: accepted into the service onto one or more waiting lists, or discharged (with a reason). */
@Component({
  selector: 'camhs-complete-assessment-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, ErrorMessageComponent, TextInputFieldComponent, RadiosFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Complete assessment</h3>
      <camhs-text-input-field
        field="assessmentCompletedOn"
        label="Date assessment was completed"
        type="date"
        width="10"
        [errors]="errorsFor('assessmentCompletedOn')"
      />
      <camhs-radios-field field="assessmentOutcome" label="Outcome of assessment" [options]="outcomes" [errors]="errorsFor('assessmentOutcome')" />
      @if (outcome() === 'accepted') {
        <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="errorsFor('assessmentLists').length">
          <fieldset class="nhsuk-fieldset" [attr.aria-describedby]="listsDescribedBy()">
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Waiting lists the child goes onto</legend>
            <div class="nhsuk-hint" id="assessmentLists-hint">Select all that apply</div>
            @if (errorsFor('assessmentLists').length) {
              <span camhsErrorMessage field="assessmentLists" [messages]="errorsFor('assessmentLists')"></span>
            }
            <div class="nhsuk-checkboxes">
              @for (list of waitingLists(); track list; let i = $index) {
                <div class="nhsuk-checkboxes__item">
                  <input
                    class="nhsuk-checkboxes__input"
                    type="checkbox"
                    name="assessmentLists"
                    [id]="i === 0 ? 'assessmentLists' : 'assessmentLists-' + i"
                    [value]="list"
                    [checked]="chosen().has(list)"
                    (change)="toggle(list, $event)"
                  />
                  <label class="nhsuk-label nhsuk-checkboxes__label" [for]="i === 0 ? 'assessmentLists' : 'assessmentLists-' + i">{{ list }}</label>
                </div>
              }
            </div>
          </fieldset>
        </div>
      }
      @if (outcome() === 'discharged') {
        <camhs-textarea-field field="assessmentReason" label="Reason for discharge" [errors]="errorsFor('assessmentReason')" />
      }
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save assessment outcome</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class CompleteAssessmentFormComponent extends ActionForm<AssessmentField> {
  private readonly api = inject(ReferralDetailApi);
  protected readonly fields = ASSESSMENT_FIELDS;
  protected readonly apiFields = ASSESSMENT_API_FIELDS;

  /** The configured waiting lists (GET /api/reference-data). */
  readonly waitingLists = input.required<readonly string[]>();
  readonly outcomes = ASSESSMENT_OUTCOMES.map((value) => ({ value, text: ASSESSMENT_OUTCOME_LABELS[value] }));

  readonly form = new FormGroup({
    assessmentCompletedOn: new FormControl(this.today(), { nonNullable: true }),
    assessmentOutcome: new FormControl('', { nonNullable: true }),
    assessmentReason: new FormControl('', { nonNullable: true }),
  });
  readonly outcome = toSignal(this.form.controls.assessmentOutcome.valueChanges, { initialValue: '' });
  readonly chosen = signal<ReadonlySet<string>>(new Set());
  readonly listsDescribedBy = computed(() => describedBy('assessmentLists', true, this.errorsFor('assessmentLists').length > 0));

  toggle(list: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.chosen.update((current) => {
      const next = new Set(current);
      if (checked) next.add(list);
      else next.delete(list);
      return next;
    });
  }

  submit(): void {
    const value = {
      ...this.form.getRawValue(),
      // In the order the lists are shown, whatever order they were ticked in.
      assessmentLists: this.waitingLists().filter((list) => this.chosen().has(list)),
    };
    const referral = this.referral();
    this.run(
      validateAssessment(value, referral),
      () => this.api.completeAssessment(referral.id, toAssessmentRequest(value, referral)),
      () => (value.assessmentOutcome === 'accepted' ? `Assessment completed: accepted onto ${value.assessmentLists.join(', ')}` : 'Assessment completed: discharged'),
    );
  }
}
