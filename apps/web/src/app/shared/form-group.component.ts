import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ErrorMessageComponent } from './error-message.component';
import { FormFieldDirective } from './form-field.directive';

/**
 * NHS form group around one control: `<div camhsFormGroup field="…" label="…">` renders the label,
 * the hint and the error message (when given), then the projected control.
 */
@Component({
  selector: 'div[camhsFormGroup]',
  imports: [ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'nhsuk-form-group',
    '[class.nhsuk-form-group--error]': 'hasErrors()',
  },
  template: `
    <label class="nhsuk-label" [for]="field()">{{ label() }}</label>
    @if (hint(); as text) {
      <div class="nhsuk-hint" [id]="field() + '-hint'">{{ text }}</div>
    }
    @if (hasErrors()) {
      <span camhsErrorMessage [field]="field()" [messages]="errors()"></span>
    }
    <ng-content />
  `,
})
export class FormGroupComponent extends FormFieldDirective {}
