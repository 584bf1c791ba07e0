import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ESCALATION_RISK_LEVELS } from '@camhs/contracts';
import { RadiosFieldComponent } from '../../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { RISK_LABELS } from '../panel-labels';
import { PanelsApi } from '../panels-api.service';
import { caseStateMessage } from './case-board-rules';
import { RISK_API_FIELDS, RISK_FIELDS, RiskField, toRiskRequest, validateRisk } from './case-form-rules';
import { CaseForm } from './case-form';

/** The coordinator's pre-panel assessment: the risk that the child escalates to a statutory (EHC needs) assessment. */
@Component({
  selector: 'camhs-risk-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextareaFieldComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="case-form-heading">
      <h3 id="case-form-heading" tabindex="-1" #formHeading>Pre-panel risk: {{ panelCase().childName }}</h3>
      <camhs-radios-field field="level" label="Risk of escalating to a statutory assessment (EHC needs assessment)" [options]="levels" [inline]="true" [errors]="errorsFor('level')" />
      <camhs-textarea-field field="riskNote" label="Why the risk is at this level" [errors]="errorsFor('riskNote')" />
      <camhs-text-input-field
        field="predictedHoursPerWeek"
        label="Support hours a week likely with a plan (optional)"
        hint="For the estimated cost avoided: for example 32.5 (full time) or 25"
        width="4"
        inputmode="decimal"
        [errors]="errorsFor('predictedHoursPerWeek')"
      />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-risk" [attr.aria-disabled]="submitting() ? 'true' : null">Save risk</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class RiskFormComponent extends CaseForm<RiskField> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = RISK_FIELDS;
  readonly levels = ESCALATION_RISK_LEVELS.map((value) => ({ value, text: RISK_LABELS[value] }));

  readonly form = new FormGroup({
    level: new FormControl('', { nonNullable: true }),
    riskNote: new FormControl('', { nonNullable: true }),
    predictedHoursPerWeek: new FormControl('', { nonNullable: true }),
  });

  protected fieldForApi(name: string): RiskField | undefined {
    return RISK_API_FIELDS[name];
  }

  submit(): void {
    const c = this.panelCase();
    const value = this.form.getRawValue();
    this.run(
      validateRisk(value),
      () => this.api.recordRisk(c.id, toRiskRequest(value, c.version)),
      (view) => caseStateMessage('Pre-panel risk recorded', view),
    );
  }
}
