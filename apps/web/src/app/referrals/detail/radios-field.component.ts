import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { describedBy } from '../../shared/described-by';
import { ErrorMessageComponent } from '../../shared/error-message.component';
import { FormFieldDirective, PARENT_FORM } from '../../shared/form-field.directive';
import { SelectOption } from '../../shared/select-field.component';

/**
 * NHS radios in a fieldset whose legend is `label`, bound to the control `field` of the enclosing
 * `[formGroup]`. The first radio has the id `field`, so the error summary's link lands on it.
 */
@Component({
  selector: 'camhs-radios-field',
  imports: [ReactiveFormsModule, ErrorMessageComponent],
  viewProviders: [PARENT_FORM],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: block; }',
  template: `
    <div class="nhsuk-form-group" [class.nhsuk-form-group--error]="hasErrors()">
      <fieldset class="nhsuk-fieldset" [attr.aria-describedby]="fieldsetDescribedBy()">
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{{ label() }}</legend>
        @if (hint(); as text) {
          <div class="nhsuk-hint" [id]="field() + '-hint'">{{ text }}</div>
        }
        @if (hasErrors()) {
          <span camhsErrorMessage [field]="field()" [messages]="errors()"></span>
        }
        <div class="nhsuk-radios" [class.nhsuk-radios--inline]="inline()">
          @for (option of options(); track option.value; let first = $first) {
            <div class="nhsuk-radios__item">
              <input
                class="nhsuk-radios__input"
                type="radio"
                [id]="first ? field() : field() + '-' + option.value"
                [name]="field()"
                [value]="option.value"
                [formControlName]="field()"
              />
              <label class="nhsuk-label nhsuk-radios__label" [for]="first ? field() : field() + '-' + option.value">{{ option.text }}</label>
            </div>
          }
        </div>
      </fieldset>
    </div>
  `,
})
export class RadiosFieldComponent extends FormFieldDirective {
  readonly options = input.required<readonly SelectOption[]>();
  readonly inline = input(false);
  readonly fieldsetDescribedBy = computed(() => describedBy(this.field(), this.hint() !== null, this.hasErrors()));
}
