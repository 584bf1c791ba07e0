import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { SAFEGUARDING_DECISIONS } from '@camhs/contracts';
import { RadiosFieldComponent } from '../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../shared/error-summary.component';
import { DutyApi } from './duty-api.service';
import { SAFEGUARDING_API_FIELDS, SAFEGUARDING_FIELDS, SafeguardingField, toSafeguardingRequest, validateSafeguarding } from './duty-decision-rules';
import { SAFEGUARDING_DECISION_LABELS, SAFEGUARDING_REASON_LABELS, safeguardingOwnerText } from './duty-labels';
import { DutyRowForm } from './duty-row-form';

/** The safeguarding decision after a DNA or no response: until it is made, the referral cannot be discharged. */
@Component({
  selector: 'camhs-safeguarding-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="duty-form-heading">
      <h3 id="duty-form-heading" tabindex="-1" #formHeading>Safeguarding decision: {{ row().childName }}</h3>
      <p class="nhsuk-body">{{ context() }}</p>
      <camhs-radios-field field="decision" label="Decision" [options]="decisions" [errors]="errorsFor('decision')" />
      <camhs-textarea-field
        field="safeguardingPlan"
        label="Plan to keep the child safe and engaged"
        [hint]="decision() === 'keep-open' ? 'Required when the referral is kept open' : 'Optional'"
        [errors]="errorsFor('safeguardingPlan')"
      />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save decision</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class SafeguardingFormComponent extends DutyRowForm<SafeguardingField> {
  private readonly api = inject(DutyApi);
  protected readonly fields = SAFEGUARDING_FIELDS;
  readonly decisions = SAFEGUARDING_DECISIONS.map((value) => ({ value, text: SAFEGUARDING_DECISION_LABELS[value] }));

  readonly form = new FormGroup({
    decision: new FormControl('', { nonNullable: true }),
    safeguardingPlan: new FormControl('', { nonNullable: true }),
  });
  readonly decision = toSignal(this.form.controls.decision.valueChanges, { initialValue: '' });
  readonly context = computed(() => {
    const safeguarding = this.row().safeguarding;
    if (!safeguarding) return '';
    return `${SAFEGUARDING_REASON_LABELS[safeguarding.reason]}. The decision is for: ${safeguardingOwnerText(safeguarding.owner)}. Until it is made, admin cannot send a discharge letter.`;
  });

  protected fieldForApi(name: string): SafeguardingField | undefined {
    return SAFEGUARDING_API_FIELDS[name];
  }

  submit(): void {
    const row = this.row();
    const safeguarding = row.safeguarding;
    const decisionId = row.subjectId;
    if (!safeguarding || !decisionId) return; // only safeguarding rows open this form
    const value = this.form.getRawValue();
    this.run(
      validateSafeguarding(value),
      () => this.api.decideSafeguarding(decisionId, toSafeguardingRequest(value, safeguarding.version)),
      (decided) => `Safeguarding decision for ${row.childName} recorded: ${decided.decision ? SAFEGUARDING_DECISION_LABELS[decided.decision].toLowerCase() : 'decided'}.`,
    );
  }
}
