import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { PanelsApi } from '../panels-api.service';
import { WITHDRAW_API_FIELDS, WITHDRAW_FIELDS, WithdrawField, toWithdrawRequest, validateWithdraw } from './case-form-rules';
import { CaseForm } from './case-form';

/** Withdraw a case before the panel decides it (the school withdrew it, the need is met elsewhere…): it closes, and leaves any agenda. */
@Component({
  selector: 'camhs-withdraw-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="case-form-heading">
      <h3 id="case-form-heading" tabindex="-1" #formHeading>Withdraw the case: {{ panelCase().childName }}</h3>
      <p class="nhsuk-body">The case closes{{ panelCase().onAgenda ? ' and leaves the agenda it is on' : '' }}. To bring the child to panel again, bring a new case.</p>
      <camhs-textarea-field field="withdrawReason" label="Why the case is withdrawn" [errors]="errorsFor('withdrawReason')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button nhsuk-button--warning" type="submit" id="save-withdraw" [attr.aria-disabled]="submitting() ? 'true' : null">Withdraw the case</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class WithdrawFormComponent extends CaseForm<WithdrawField> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = WITHDRAW_FIELDS;
  readonly form = new FormGroup({ withdrawReason: new FormControl('', { nonNullable: true }) });

  protected fieldForApi(name: string): WithdrawField | undefined {
    return WITHDRAW_API_FIELDS[name];
  }

  submit(): void {
    const c = this.panelCase();
    const value = this.form.getRawValue();
    this.run(validateWithdraw(value), () => this.api.withdraw(c.id, toWithdrawRequest(value, c.version)), () => `The case of ${c.childName} is withdrawn and closed.`);
  }
}
