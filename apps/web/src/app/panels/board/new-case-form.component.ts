import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PanelCaseView } from '@camhs/contracts';
import { CheckedForm } from '../../referrals/detail/checked-form';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { PanelsApi } from '../panels-api.service';
import { NEW_CASE_API_FIELDS, NEW_CASE_FIELDS, NewCaseField, toOpenCaseRequest, validateNewCase } from './case-form-rules';

/** Bring a child's case to the panel: the child, the school, who brings it (usually the SENCo) and the need in the school's words. */
@Component({
  selector: 'camhs-new-case-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="new-case-heading">
      <h2 id="new-case-heading" tabindex="-1" #formHeading>Bring a new case to {{ panelName() }}</h2>
      <fieldset class="nhsuk-fieldset">
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">The child</legend>
        <camhs-text-input-field field="givenName" label="Given name" width="20" autocomplete="off" [errors]="errorsFor('givenName')" />
        <camhs-text-input-field field="familyName" label="Family name" width="20" autocomplete="off" [errors]="errorsFor('familyName')" />
        <camhs-text-input-field field="dateOfBirth" label="Date of birth" type="date" width="10" [errors]="errorsFor('dateOfBirth')" />
        <camhs-text-input-field
          field="nhsNumber"
          label="NHS number (optional)"
          hint="With an NHS number the case is linked to the child already known by the same name and date of birth"
          width="10"
          inputmode="numeric"
          [errors]="errorsFor('nhsNumber')"
        />
        <camhs-text-input-field field="school" label="School or setting" width="30" [errors]="errorsFor('school')" />
        <camhs-text-input-field field="yearGroup" label="Year group (optional)" hint="For example, Year 4" width="10" [errors]="errorsFor('yearGroup')" />
      </fieldset>
      <fieldset class="nhsuk-fieldset">
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Who brings the case</legend>
        <camhs-text-input-field field="broughtByName" label="Name" width="30" [errors]="errorsFor('broughtByName')" />
        <camhs-text-input-field field="broughtByRole" label="Role" hint="For example, SENCo, Oakham Primary; or the practitioner’s role" width="30" [errors]="errorsFor('broughtByRole')" />
      </fieldset>
      <camhs-textarea-field field="need" label="The need, in the school’s words" [rows]="5" [errors]="errorsFor('need')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-new-case" [attr.aria-disabled]="submitting() ? 'true' : null">Bring the case</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class NewCaseFormComponent extends CheckedForm<NewCaseField> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = NEW_CASE_FIELDS;
  readonly panelId = input.required<string>();
  readonly panelName = input.required<string>();
  readonly saved = output<PanelCaseView>();
  readonly cancelled = output<void>();

  readonly form = new FormGroup({
    givenName: new FormControl('', { nonNullable: true }),
    familyName: new FormControl('', { nonNullable: true }),
    dateOfBirth: new FormControl('', { nonNullable: true }),
    nhsNumber: new FormControl('', { nonNullable: true }),
    school: new FormControl('', { nonNullable: true }),
    yearGroup: new FormControl('', { nonNullable: true }),
    broughtByName: new FormControl('', { nonNullable: true }),
    broughtByRole: new FormControl('', { nonNullable: true }),
    need: new FormControl('', { nonNullable: true }),
  });

  protected fieldForApi(name: string): NewCaseField | undefined {
    return NEW_CASE_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    this.submitChecked(validateNewCase(value, this.today()), () => this.api.openCase(toOpenCaseRequest(this.panelId(), value)), {
      saved: (view) => this.saved.emit(view),
      // Nothing to be stale about in a new case: a conflict is shown with the form kept.
      conflict: (message) => this.problems.set([message]),
    });
  }
}
