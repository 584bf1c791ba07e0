import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { WaitView } from '@camhs/contracts';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { ActionForm } from './action-form';
import { WaitAction } from './pathway-actions';
import { ReferralDetailApi } from './referral-detail-api.service';
import { END_WAIT_API_FIELDS, END_WAIT_FIELDS, EndWaitField, toEndWaitRequest, validateEndWait } from './wait-appointment-rules';

/** End a wait: treatment (or the specialist assessment) started, or the child came off the list without starting. */
@Component({
  selector: 'camhs-end-wait-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>{{ heading() }}</h3>
      @if (action() === 'remove-wait') {
        <p class="nhsuk-body">Use this when the child comes off the list without starting treatment, for example when moved to another list.</p>
      }
      <camhs-text-input-field field="endOn" [label]="dateLabel()" type="date" width="10" [errors]="errorsFor('endOn')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">{{ heading() }}</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class EndWaitFormComponent extends ActionForm<EndWaitField> {
  private readonly api = inject(ReferralDetailApi);
  protected readonly fields = END_WAIT_FIELDS;
  protected readonly apiFields = END_WAIT_API_FIELDS;

  readonly wait = input.required<WaitView>();
  readonly action = input.required<WaitAction>();
  readonly heading = computed(() => (this.action() === 'start-treatment' ? `Start treatment from the ${this.wait().list} list` : `Remove from the ${this.wait().list} list`));
  readonly dateLabel = computed(() => (this.action() === 'start-treatment' ? 'Date treatment started' : 'Date removed from the list'));

  readonly form = new FormGroup({ endOn: new FormControl(this.today(), { nonNullable: true }) });

  submit(): void {
    const value = this.form.getRawValue();
    const wait = this.wait();
    const starting = this.action() === 'start-treatment';
    this.run(
      validateEndWait(value, wait, this.action()),
      () => (starting ? this.api.startTreatment(wait.id, toEndWaitRequest(value, wait)) : this.api.removeWait(wait.id, toEndWaitRequest(value, wait))),
      () => (starting ? `Treatment started from the ${wait.list} waiting list` : `Removed from the ${wait.list} waiting list`),
    );
  }
}
