import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { map } from 'rxjs';
import { ErrorSummaryComponent } from '../shared/error-summary.component';
import { DutyApi } from './duty-api.service';
import { DutyRowForm } from './duty-row-form';
import { ReviewField, reviewFieldFor, reviewFields, reviewSavedMessage, toReviewRequest, validateReview } from './duty-review-rules';
import { ReviewFieldsComponent } from './review-fields.component';
import { reviewControls, reviewValueOf } from './review-form-controls';

/** Record a duty review from the list (a `review` task): saving shows the next due date the API planned. */
@Component({
  selector: 'camhs-duty-review-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, ReviewFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="duty-form-heading">
      <h3 id="duty-form-heading" tabindex="-1" #formHeading>Record review: {{ row().childName }}</h3>
      <camhs-review-fields [child]="row()" [values]="value()" [errors]="fieldErrors()" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save review</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class DutyReviewFormComponent extends DutyRowForm<ReviewField> implements OnInit {
  private readonly api = inject(DutyApi);

  readonly form = new FormGroup(reviewControls(null, this.today()));
  readonly value = toSignal(this.form.valueChanges.pipe(map(() => reviewValueOf(this.form.getRawValue()))), { initialValue: reviewValueOf(this.form.getRawValue()) });
  private readonly pageFields = computed(() => reviewFields(this.row(), this.value().outcomeRating));

  /** The rating after the review starts as the one in force (inputs are set by now). */
  ngOnInit(): void {
    this.form.controls.outcomeRating.setValue(this.row().rating ?? '');
  }

  protected get fields(): readonly ReviewField[] {
    return this.pageFields();
  }

  protected fieldForApi(name: string): ReviewField | undefined {
    return reviewFieldFor(name, '', this.row(), this.value().outcomeRating);
  }

  submit(): void {
    const row = this.row();
    const value = reviewValueOf(this.form.getRawValue());
    const taskId = row.taskId;
    if (!taskId) return; // the list offers "Record review" only on a row with its task
    this.run(
      validateReview(value, row, this.today()),
      () => this.api.recordReview(taskId, toReviewRequest(value, row, row.referralVersion)),
      (result) => reviewSavedMessage(row.childName, result),
    );
  }
}
