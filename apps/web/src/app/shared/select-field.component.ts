import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { FormFieldDirective, PARENT_FORM } from './form-field.directive';
import { FormGroupComponent } from './form-group.component';

export interface SelectOption {
  value: string;
  text: string;
}

/**
 * NHS select with its label, hint and error message, bound to the control `field` of the enclosing
 * `[formGroup]`. The first option, `placeholder`, has the empty value: nothing chosen yet.
 */
@Component({
  selector: 'camhs-select-field',
  imports: [ReactiveFormsModule, FormGroupComponent],
  viewProviders: [PARENT_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: block; }',
  templateUrl: './select-field.component.html',
})
export class SelectFieldComponent extends FormFieldDirective {
  readonly placeholder = input.required<string>();
  readonly options = input<readonly SelectOption[]>([]);
}
