import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RAG_RATINGS, RecordRiskAssessmentResult } from '@camhs/contracts';
import { RED_INTERVAL_DAYS } from '@camhs/domain';
import { map, switchMap } from 'rxjs';
import { riskControls, riskValuesOf } from '../../duty/risk-findings-controls';
import { RiskFindingsFieldsComponent } from '../../duty/risk-findings-fields.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { ActionForm } from './action-form';
import { RadiosFieldComponent } from './radios-field.component';
import { ReferralDetailApi } from './referral-detail-api.service';
import { RAG_LABELS } from './referral-detail-labels';
import {
  RISK_ASSESSMENT_API_FIELDS,
  RISK_ASSESSMENT_FIELDS,
  RiskAssessmentField,
  RiskAssessmentFormValue,
  riskAssessmentFieldFor,
  riskAssessmentSavedMessage,
  toRiskAssessmentRequest,
  validateRiskAssessment,
} from './risk-assessment-rules';
import { TextareaFieldComponent } from './textarea-field.component';

/**
 * Record a risk assessment (the RAG recall): the six risk domains, the rating, why it changes and,
 * for RED, the lead professional's review interval. The page then shows the plan the API made
 * (the next review) and, for RED without a lead professional, that the child is on the agenda.
 */
@Component({
  selector: 'camhs-record-risk-assessment-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent, RadiosFieldComponent, TextareaFieldComponent, RiskFindingsFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="action-form-heading">
      <h3 id="action-form-heading" tabindex="-1" #formHeading>Record risk assessment</h3>
      <p class="nhsuk-body">Current rating: {{ currentRating() }}.</p>
      <camhs-text-input-field field="assessedOn" label="Date of the assessment" type="date" width="10" [errors]="errorsFor('assessedOn')" />
      <camhs-risk-findings-fields [values]="value()" [errors]="fieldErrors()" />
      <camhs-radios-field field="riskRating" label="Rating the assessment leads to" [options]="ratings" [errors]="errorsFor('riskRating')" />
      <camhs-textarea-field
        field="riskReason"
        label="Reason for the rating"
        [hint]="referral().rag ? 'Required when the rating changes' : 'Optional for a first rating'"
        [errors]="errorsFor('riskReason')"
      />
      @if (value().riskRating === 'RED') {
        <camhs-text-input-field
          field="redIntervalDays"
          label="Days between reviews"
          [hint]="intervalHint"
          width="3"
          inputmode="numeric"
          [errors]="errorsFor('redIntervalDays')"
        />
      }
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Save risk assessment</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class RecordRiskAssessmentFormComponent extends ActionForm<RiskAssessmentField> {
  private readonly api = inject(ReferralDetailApi);
  protected readonly fields = RISK_ASSESSMENT_FIELDS;
  protected readonly apiFields = RISK_ASSESSMENT_API_FIELDS;

  readonly ratings = RAG_RATINGS.map((value) => ({ value, text: RAG_LABELS[value].text }));
  readonly intervalHint = `A RED child is reviewed weekly to monthly: ${RED_INTERVAL_DAYS.min} to ${RED_INTERVAL_DAYS.max} days (usually ${RED_INTERVAL_DAYS.default})`;

  readonly form = new FormGroup({
    assessedOn: new FormControl(this.today(), { nonNullable: true }),
    ...riskControls(),
    riskRating: new FormControl('', { nonNullable: true }),
    riskReason: new FormControl('', { nonNullable: true }),
    redIntervalDays: new FormControl(String(RED_INTERVAL_DAYS.default), { nonNullable: true }),
  });
  readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.formValue())), { initialValue: this.formValue() });
  readonly currentRating = computed(() => {
    const rating = this.referral().rag;
    return rating ? RAG_LABELS[rating].text : 'not rated yet';
  });

  /** Besides the named fields, `findings.<i>…` lands on that domain. */
  protected override fieldForApi(name: string): RiskAssessmentField | undefined {
    return riskAssessmentFieldFor(name);
  }

  submit(): void {
    const value = this.formValue();
    const referral = this.referral();
    let result: RecordRiskAssessmentResult | null = null;
    this.submitChecked(
      validateRiskAssessment(value, referral, this.today()),
      () =>
        this.api.recordRiskAssessment(referral.id, toRiskAssessmentRequest(value, referral)).pipe(
          switchMap((recorded) => {
            result = recorded;
            // The page shows the referral as it now is (rating, version).
            return this.api.get(referral.id);
          }),
        ),
      {
        saved: (updated) =>
          this.saved.emit({
            referral: updated,
            message: result ? riskAssessmentSavedMessage(result) : 'Risk assessment recorded.',
            ...(result?.onTeamMeetingAgenda ? { link: { text: 'Open the team meeting agenda', path: '/duty/agenda', queryParams: { team: updated.team } } } : {}),
          }),
        conflict: (detail) => this.conflict.emit(detail),
      },
    );
  }

  private formValue(): RiskAssessmentFormValue {
    const raw = this.form.getRawValue();
    return { ...riskValuesOf(raw), assessedOn: raw.assessedOn, riskRating: raw.riskRating, riskReason: raw.riskReason, redIntervalDays: raw.redIntervalDays };
  }
}
