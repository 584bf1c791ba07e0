import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { FormFieldDirective, PARENT_FORM } from './form-field.directive';
import { FormGroupComponent } from './form-group.component';

/** The NHS fixed input widths, in characters. */
export type InputWidth = '2' | '3' | '4' | '5' | '10' | '20' | '30';

/**
 * NHS text input with its label, hint and error message, bound to the control `field` of the
 * enclosing `[formGroup]`. Free text here is names, codes and identifiers, so it is never spell-checked.
 */
@Component({
  selector: 'camhs-text-input-field',
  imports: [ReactiveFormsModule, FormGroupComponent],
  viewProviders: [PARENT_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: block; }',
  template: `
    <div camhsFormGroup [field]="field()" [label]="label()" [hint]="hint()" [errors]="errors()">
      <input
        class="nhsuk-input"
        [class]="'nhsuk-input--width-' + width()"
        [class.nhsuk-input--error]="hasErrors()"
        [id]="field()"
        [name]="field()"
        [type]="type()"
        [attr.inputmode]="inputmode()"
        [attr.autocomplete]="autocomplete()"
        [attr.autocapitalize]="autocapitalize()"
        [attr.spellcheck]="spellcheck()"
        [formControlName]="field()"
        [attr.aria-describedby]="describedBy()"
      />
    </div>
  `,
})
export class TextInputFieldComponent extends FormFieldDirective {
  readonly type = input<'text' | 'password' | 'date'>('text');
  readonly width = input<InputWidth>('20');
  readonly inputmode = input<string | null>(null);
  readonly autocomplete = input<string | null>(null);
  readonly autocapitalize = input<string | null>(null);

  readonly spellcheck = computed(() => (this.type() === 'date' ? null : 'false'));
}
