import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { DUTY_CONTACT_TYPES, RAG_RATINGS } from '@camhs/contracts';
import { RED_INTERVAL_DAYS } from '@camhs/domain';
import { Messages } from '../referrals/detail/form-messages';
import { RadiosFieldComponent } from '../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../referrals/detail/textarea-field.component';
import { describedBy } from '../shared/described-by';
import { ErrorMessageComponent } from '../shared/error-message.component';
import { PARENT_FORM } from '../shared/form-field.directive';
import { TextInputFieldComponent } from '../shared/text-input-field.component';
import { CHECKLIST_ANSWER_OPTIONS, DUTY_CONTACT_TYPE_LABELS, ESCALATION_LABELS, ragLabel } from './duty-labels';
import { ReviewField, ReviewFormValue, ReviewedChild, checklistField, checklistFor, ratingChanges } from './duty-review-rules';
import { RiskFindingsFieldsComponent } from './risk-findings-fields.component';

/**
 * The fields of a duty review (see `reviewControls`): date, contact type, the rating's checklist
 * (each item done or not done), the rating after the review — with a reason and the six risk
 * domains when it changes — escalation and a note. The controls belong to the enclosing form.
 */
@Component({
  selector: 'camhs-review-fields',
  imports: [ReactiveFormsModule, RadiosFieldComponent, TextareaFieldComponent, TextInputFieldComponent, ErrorMessageComponent, RiskFindingsFieldsComponent],
  viewProviders: [PARENT_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: block; }',
  template: `
    <camhs-text-input-field field="reviewedOn" label="Date of the review" type="date" width="10" [errors]="errorsFor('reviewedOn')" />
    <camhs-radios-field field="contactType" label="How was the child reviewed?" [options]="contactTypes" [inline]="true" [errors]="errorsFor('contactType')" />

    @if (items().length > 0) {
      <fieldset class="nhsuk-fieldset" aria-describedby="checklist-hint">
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Checklist for {{ checklistRating() }} review</legend>
        <div class="nhsuk-hint" id="checklist-hint">
          Answer every item. "Not done" is recorded as not done.
          @if (optInLetterGone()) {
            The waiting-list (opt-in) letter has already gone to the family, so it is not on this checklist.
          }
        </div>
        @for (item of items(); track item.id) {
          <camhs-radios-field
            [field]="itemField(item.id)"
            [label]="item.label"
            [hint]="itemHints[item.id] ?? null"
            [options]="answers"
            [inline]="true"
            [errors]="errorsFor(itemField(item.id))"
          />
        }
      </fieldset>
    } @else {
      <p class="nhsuk-body">The child is not rated yet: choose the rating after the review to see its checklist.</p>
    }

    <camhs-radios-field field="outcomeRating" label="Rating after the review" [hint]="ratingHint()" [options]="ratings" [errors]="errorsFor('outcomeRating')" />
    @if (changed()) {
      <camhs-textarea-field
        field="outcomeReason"
        label="Why the rating changes"
        [hint]="current() ? null : 'Optional for a first rating'"
        [errors]="errorsFor('outcomeReason')"
      />
      <camhs-risk-findings-fields [values]="values()" [errors]="errors()" />
    }
    @if (values().outcomeRating === 'RED') {
      <camhs-text-input-field
        field="redIntervalDays"
        label="Days between reviews (optional)"
        [hint]="intervalHint"
        width="3"
        inputmode="numeric"
        [errors]="errorsFor('redIntervalDays')"
      />
    }

    <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="errorsFor('escalation').length > 0">
      <fieldset class="nhsuk-fieldset" [attr.aria-describedby]="escalationDescribedBy()">
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Has the risk escalated?</legend>
        <div class="nhsuk-hint" id="escalation-hint">Select what was done, if anything. The time is recorded as now.</div>
        @if (errorsFor('escalation').length > 0) {
          <span camhsErrorMessage field="escalation" [messages]="errorsFor('escalation')"></span>
        }
        <div class="nhsuk-checkboxes">
          <div class="nhsuk-checkboxes__item">
            <input class="nhsuk-checkboxes__input" type="checkbox" id="escalation" name="faceToFaceOffered" formControlName="faceToFaceOffered" />
            <label class="nhsuk-label nhsuk-checkboxes__label" for="escalation">{{ escalationLabels['face-to-face-offered'] }}</label>
          </div>
          <div class="nhsuk-checkboxes__item">
            <input class="nhsuk-checkboxes__input" type="checkbox" id="escalation-crisis" name="crisisReferral" formControlName="crisisReferral" />
            <label class="nhsuk-label nhsuk-checkboxes__label" for="escalation-crisis">{{ escalationLabels['crisis-referral'] }}</label>
          </div>
        </div>
      </fieldset>
    </div>

    <camhs-textarea-field field="reviewNote" label="Note (optional)" [errors]="errorsFor('reviewNote')" />
  `,
})
export class ReviewFieldsComponent {
  /** The child reviewed: the rating in force (null: not rated yet) and whether the opt-in letter has gone. */
  readonly child = input.required<ReviewedChild>();
  readonly current = computed(() => this.child().rating);
  readonly values = input.required<ReviewFormValue>();
  readonly errors = input<Messages<ReviewField>>({});

  readonly contactTypes = DUTY_CONTACT_TYPES.map((value) => ({ value, text: DUTY_CONTACT_TYPE_LABELS[value] }));
  readonly answers = CHECKLIST_ANSWER_OPTIONS;
  readonly ratings = RAG_RATINGS.map((value) => ({ value, text: ragLabel(value).text }));
  readonly escalationLabels = ESCALATION_LABELS;
  readonly itemField = checklistField;
  readonly intervalHint = `Weekly to monthly: ${RED_INTERVAL_DAYS.min} to ${RED_INTERVAL_DAYS.max} days. Leave empty to keep the interval set (${RED_INTERVAL_DAYS.default} days when none is).`;

  readonly items = computed(() => checklistFor(this.child(), this.values().outcomeRating));
  readonly optInLetterGone = computed(() => this.child().rating === 'AMBER' && this.child().optInLetterSent);
  readonly itemHints: Readonly<Partial<Record<string, string>>> = {
    'waiting-list-letter-sent': 'Done queues the waiting-list letter to the family; it appears on the Letters page to print and post.',
  };
  readonly checklistRating = computed(() => {
    const rating = this.current() ?? this.values().outcomeRating;
    return rating === 'AMBER' ? 'an AMBER' : `a ${rating}`;
  });
  readonly ratingHint = computed(() => {
    const current = this.current();
    return current ? `Currently ${ragLabel(current).text}. Keep it, or choose another and say why.` : 'The child is not rated yet.';
  });
  readonly changed = computed(() => ratingChanges(this.current(), this.values().outcomeRating));
  readonly escalationDescribedBy = computed(() => describedBy('escalation', true, this.errorsFor('escalation').length > 0));

  errorsFor(field: ReviewField): string[] {
    return this.errors()[field] ?? [];
  }
}
