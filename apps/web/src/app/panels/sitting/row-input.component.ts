import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { FormFieldDirective, PARENT_FORM } from '../../shared/form-field.directive';
import { FormGroupComponent } from '../../shared/form-group.component';
import { InputWidth } from '../../shared/text-input-field.component';

/**
 * A text, date or multi-line field of one row of a form's list (an intervention, an action): `field`
 * is the element's id (`allocations-1-weeks`), unique on the page, while `control` is the control's
 * name in the row's own group (`weeks`), as `[formGroupName]` around it expects.
 */
@Component({
  selector: 'camhs-row-input',
  imports: [ReactiveFormsModule, FormGroupComponent],
  viewProviders: [PARENT_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div camhsFormGroup [field]="field()" [label]="label()" [hint]="hint()" [errors]="errors()">
      @if (type() === 'textarea') {
        <textarea
          class="nhsuk-textarea"
          [class.nhsuk-textarea--error]="hasErrors()"
          rows="2"
          [id]="field()"
          [formControlName]="control()"
          [attr.aria-describedby]="describedBy()"
        ></textarea>
      } @else {
        <input
          class="nhsuk-input"
          [class]="'nhsuk-input--width-' + width()"
          [class.nhsuk-input--error]="hasErrors()"
          [type]="type()"
          [id]="field()"
          [formControlName]="control()"
          [attr.inputmode]="inputmode()"
          [attr.spellcheck]="spellcheck()"
          [attr.aria-describedby]="describedBy()"
        />
      }
    </div>
  `,
})
export class RowInputComponent extends FormFieldDirective {
  readonly control = input.required<string>();
  readonly type = input<'text' | 'date' | 'textarea'>('text');
  readonly width = input<InputWidth>('20');
  readonly inputmode = input<string | null>(null);
  readonly spellcheck = computed(() => (this.type() === 'text' ? 'false' : null));
}
