import { Directive, output } from '@angular/core';
import { Observable } from 'rxjs';
import { CheckedForm } from '../referrals/detail/checked-form';
import { Messages } from '../referrals/detail/form-messages';

/** Offered (active) or not, as the edit forms ask it. */
export const ACTIVE_OPTIONS = [
  { value: 'yes', text: 'Offered' },
  { value: 'no', text: 'No longer offered (kept for allocations already made)' },
] as const;

/**
 * A form of a Panels page that is not about one case (the catalogue, a panel's set-up; see
 * CheckedForm): success goes to the page as the sentence it announces; a 409 (someone changed it
 * meanwhile, or the name is taken) goes to the page, which reads its data again.
 */
@Directive()
export abstract class PanelForm<F extends string> extends CheckedForm<F> {
  readonly saved = output<string>();
  readonly conflict = output<string>();
  readonly cancelled = output<void>();

  protected run<T>(problems: Messages<F>, send: () => Observable<T>, message: (result: T) => string): void {
    this.submitChecked(problems, send, {
      saved: (result) => this.saved.emit(message(result)),
      conflict: (detail) => this.conflict.emit(detail),
    });
  }
}
