import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { SelectFieldComponent } from '../../shared/select-field.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { ActionForm } from './action-form';
import { ReferralDetailApi } from './referral-detail-api.service';
import { ADD_WAIT_API_FIELDS, ADD_WAIT_FIELDS, AddWaitField, listsToAdd, toAddWaitRequest, validateAddWait } from './wait-appointment-rules';

/** Put the child on another waiting list (once accepted into the service). */
@Component({
  selector: 'camhs-add-wait-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, SelectFieldComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Add a wait</h3>
      <camhs-select-field
        field="waitList"
        label="Waiting list"
        hint="Lists the child is already waiting on are not shown"
        placeholder="Select a waiting list"
        [options]="options()"
        [errors]="errorsFor('waitList')"
      />
      <camhs-text-input-field field="waitAddedOn" label="Date added to the list" type="date" width="10" [errors]="errorsFor('waitAddedOn')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Add wait</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class AddWaitFormComponent extends ActionForm<AddWaitField> {
  private readonly api = inject(ReferralDetailApi);
  protected readonly fields = ADD_WAIT_FIELDS;
  protected readonly apiFields = ADD_WAIT_API_FIELDS;

  /** The configured waiting lists (GET /api/reference-data). */
  readonly waitingLists = input.required<readonly string[]>();
  readonly options = computed(() => listsToAdd(this.waitingLists(), this.referral()).map((list) => ({ value: list, text: list })));

  readonly form = new FormGroup({
    waitList: new FormControl('', { nonNullable: true }),
    waitAddedOn: new FormControl(this.today(), { nonNullable: true }),
  });

  submit(): void {
    const value = this.form.getRawValue();
    const referral = this.referral();
    this.run(
      validateAddWait(value, referral, this.waitingLists()),
      () => this.api.addWait(referral.id, toAddWaitRequest(value, referral)),
      () => `Added to the ${value.waitList} waiting list`,
    );
  }
}
