import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PanelActionView } from '@camhs/contracts';
import { CheckedForm } from '../../referrals/detail/checked-form';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { formatDate } from '../../referrals/date-format';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { ACTION_API_FIELDS, ACTION_FIELDS, ActionField, actionDoneMessage, toCompleteActionRequest, validateActionDone } from './panel-action-rules';
import { PanelFollowUpApi } from './panel-follow-up-api.service';

/** Mark an action agreed at a sitting as done, with an optional note of what was done. */
@Component({
  selector: 'camhs-action-done-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Mark done: {{ action().description }}</h3>
      <p class="nhsuk-body">For {{ action().childName }}; owner {{ action().owner }}; due {{ due() }}.</p>
      <camhs-textarea-field field="doneNote" label="What was done (optional)" [errors]="errorsFor('doneNote')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-action-done" [attr.aria-disabled]="submitting() ? 'true' : null">Mark as done</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class ActionDoneFormComponent extends CheckedForm<ActionField> {
  private readonly api = inject(PanelFollowUpApi);
  protected readonly fields = ACTION_FIELDS;

  readonly action = input.required<PanelActionView>();
  readonly saved = output<string>();
  readonly conflict = output<string>();
  readonly cancelled = output<void>();

  readonly form = new FormGroup({ doneNote: new FormControl('', { nonNullable: true }) });

  due(): string {
    return formatDate(this.action().dueOn);
  }

  protected fieldForApi(name: string): ActionField | undefined {
    return ACTION_API_FIELDS[name];
  }

  submit(): void {
    const action = this.action();
    const value = this.form.getRawValue();
    this.submitChecked(validateActionDone(value), () => this.api.completeAction(action.id, toCompleteActionRequest(value, action.version)), {
      saved: (done) => this.saved.emit(actionDoneMessage(done)),
      conflict: (message) => this.conflict.emit(message),
    });
  }
}
