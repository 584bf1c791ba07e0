import { Directive, Provider, computed, inject, input } from '@angular/core';
import { ControlContainer } from '@angular/forms';
import { describedBy } from './described-by';

/**
 * Lets a field component's `formControlName` join the form of the template that uses the component,
 * so the page keeps one reactive `FormGroup` and binds it as before (`[formGroup]` on its `<form>`).
 */
export const PARENT_FORM: Provider = {
  provide: ControlContainer,
  useFactory: () => inject(ControlContainer, { skipSelf: true }),
};

/**
 * What every NHS form field has: `field` is the control's id, name and form control name (and the
 * stem of `<field>-hint` / `<field>-error`), a label, an optional hint and the current error messages.
 */
@Directive()
export abstract class FormFieldDirective {
  readonly field = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly errors = input<readonly string[]>([]);

  readonly hasErrors = computed(() => this.errors().length > 0);
  readonly describedBy = computed(() => describedBy(this.field(), this.hint() !== null, this.hasErrors()));
}
