import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { PanelsApi } from '../panels-api.service';
import { caseStateMessage } from './case-board-rules';
import { CONSENT_API_FIELDS, CONSENT_FIELDS, ConsentField, USUAL_CONSENT_SCOPE, toConsentRequest, validateConsent } from './case-form-rules';
import { CaseForm } from './case-form';

/** Record parental consent for a case: who gave it, their relationship, when, and what it covers. Consents are appended, never changed. */
@Component({
  selector: 'camhs-consent-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="case-form-heading">
      <h3 id="case-form-heading" tabindex="-1" #formHeading>Record parental consent: {{ panelCase().childName }}</h3>
      @if (panelCase().consentRecorded) {
        <p class="nhsuk-body">Consent is already recorded. A further consent (a wider scope, say) is added to it; the earlier one is kept.</p>
      }
      <camhs-text-input-field field="givenBy" label="Who gave consent" hint="The parent’s or carer’s name" width="30" [errors]="errorsFor('givenBy')" />
      <camhs-text-input-field field="relationship" label="Relationship to the child" hint="For example, mother, father, foster carer" width="20" [errors]="errorsFor('relationship')" />
      <camhs-text-input-field field="givenOn" label="Date consent was given" type="date" width="10" [errors]="errorsFor('givenOn')" />
      <camhs-textarea-field field="scope" label="What the consent covers" [errors]="errorsFor('scope')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-consent" [attr.aria-disabled]="submitting() ? 'true' : null">Save consent</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class ConsentFormComponent extends CaseForm<ConsentField> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = CONSENT_FIELDS;

  readonly form = new FormGroup({
    givenBy: new FormControl('', { nonNullable: true }),
    relationship: new FormControl('', { nonNullable: true }),
    givenOn: new FormControl(this.today(), { nonNullable: true }),
    scope: new FormControl(USUAL_CONSENT_SCOPE, { nonNullable: true }),
  });

  protected fieldForApi(name: string): ConsentField | undefined {
    return CONSENT_API_FIELDS[name];
  }

  submit(): void {
    const c = this.panelCase();
    const value = this.form.getRawValue();
    this.run(
      validateConsent(value, this.today()),
      () => this.api.recordConsent(c.id, toConsentRequest(value, c.version)),
      (view) => caseStateMessage('Consent recorded', view),
    );
  }
}
