import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { FormFieldDirective, PARENT_FORM } from '../../shared/form-field.directive';
import { FormGroupComponent } from '../../shared/form-group.component';

/** NHS textarea with its label, hint and error message, bound to the control `field` of the enclosing `[formGroup]`. */
@Component({
  selector: 'camhs-textarea-field',
  imports: [ReactiveFormsModule, FormGroupComponent],
  viewProviders: [PARENT_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: block; }',
  template: `
    <div camhsFormGroup [field]="field()" [label]="label()" [hint]="hint()" [errors]="errors()">
      <textarea
        class="nhsuk-textarea"
        [class.nhsuk-textarea--error]="hasErrors()"
        [id]="field()"
        [name]="field()"
        [rows]="rows()"
        [formControlName]="field()"
        [attr.aria-describedby]="describedBy()"
      ></textarea>
    </div>
  `,
})
export class TextareaFieldComponent extends FormFieldDirective {
  readonly rows = input(3);
}
