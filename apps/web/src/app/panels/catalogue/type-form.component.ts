import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { InterventionTypeView } from '@camhs/contracts';
import { RadiosFieldComponent } from '../../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { TextInputFieldComponent } from '../../shared/text-input-field.component';
import { CatalogueApi } from './catalogue-api.service';
import { ACTIVE_OPTIONS, PanelForm } from '../panel-form';
import { TYPE_API_FIELDS, TYPE_FIELDS, TypeField, toCreateTypeRequest, toUpdateTypeRequest, typeFormValue, validateType } from './catalogue-rules';

/** Add an intervention type, or change its name, description and whether it is offered (its code is fixed). */
@Component({
  selector: 'camhs-type-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextInputFieldComponent, TextareaFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <camhs-error-summary [items]="summary()" />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="catalogue-form-heading">
      @if (type(); as t) {
        <h3 id="catalogue-form-heading" tabindex="-1" #formHeading>Change the intervention type {{ t.name }}</h3>
        <p class="nhsuk-body">Code: {{ t.code }} (fixed).</p>
      } @else {
        <h3 id="catalogue-form-heading" tabindex="-1" #formHeading>Add an intervention type</h3>
        <camhs-text-input-field field="code" label="Code" hint="Lower-case words joined by dashes, for example art-therapy" width="30" [errors]="errorsFor('code')" />
      }
      <camhs-text-input-field field="name" label="Name" width="30" [errors]="errorsFor('name')" />
      <camhs-textarea-field field="description" label="What the intervention is (optional)" [errors]="errorsFor('description')" />
      @if (type()) {
        <camhs-radios-field field="active" label="Is it offered?" [options]="active" [errors]="errorsFor('active')" />
      }
      <div class="nhsuk-button-group">
        <button class="nhsuk-button" type="submit" id="save-type" [attr.aria-disabled]="submitting() ? 'true' : null">{{ type() ? 'Save changes' : 'Add the type' }}</button>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
})
export class TypeFormComponent extends PanelForm<TypeField> {
  private readonly api = inject(CatalogueApi);
  protected readonly fields = TYPE_FIELDS;
  readonly type = input<InterventionTypeView | null>(null);
  readonly active = ACTIVE_OPTIONS;

  readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    active: new FormControl('yes', { nonNullable: true }),
  });

  constructor() {
    super();
    effect(() => this.form.setValue(typeFormValue(this.type())));
  }

  protected fieldForApi(name: string): TypeField | undefined {
    return TYPE_API_FIELDS[name];
  }

  submit(): void {
    const value = this.form.getRawValue();
    const t = this.type();
    if (t) this.run(validateType(value, false), () => this.api.updateType(t.id, toUpdateTypeRequest(value, t.version)), (saved) => `The intervention type ${saved.name} is changed.`);
    else this.run(validateType(value, true), () => this.api.createType(toCreateTypeRequest(value)), (saved) => `The intervention type ${saved.name} is added. Add an entry to offer it from a provider.`);
  }
}
