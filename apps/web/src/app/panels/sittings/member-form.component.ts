import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PanelView } from '@camhs/contracts';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { PanelForm } from '../panel-form';
import { PanelsApi } from '../panels-api.service';
import { MEMBER_API_FIELDS, MEMBER_FIELDS, MemberField, validateMember } from './sittings-rules';

/** Add a member of the panel (members need not be users of the service). */
@Component({
  selector: 'camhs-member-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="setup-form-heading">
      <h3 id="setup-form-heading" tabindex="-1" #formHeading>Add a member to {{ panel().name }}</h3>
      <camhs-text-input-field field="memberName" label="Name" width="30" [errors]="errorsFor('memberName')" />
      <camhs-text-input-field field="agency" label="Agency or role" hint="For example, Educational Psychology; SENCo, Oakham Primary" width="30" [errors]="errorsFor('agency')" />
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-member" [attr.aria-disabled]="submitting() ? 'true' : null">Add the member</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class MemberFormComponent extends PanelForm<MemberField> {
  private readonly api = inject(PanelsApi);
  protected readonly fields = MEMBER_FIELDS;
  readonly panel = input.required<PanelView>();

  readonly form = new FormGroup({ memberName: new FormControl('', { nonNullable: true }), agency: new FormControl('', { nonNullable: true }) });

  protected fieldForApi(name: string): MemberField | undefined {
    return MEMBER_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    this.run(validateMember(value), () => this.api.addMember(this.panel().id, { name: value.memberName.trim(), agency: value.agency.trim() }), (m) => `${m.name} (${m.agency}) is a member of ${this.panel().name}.`);
  }
}
