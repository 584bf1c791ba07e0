import { Directive, input, output } from '@angular/core';
import { PanelCaseSummary } from '@camhs/contracts';
import { Observable } from 'rxjs';
import { CheckedForm } from '../../referrals/detail/checked-form';
import { Messages } from '../../referrals/detail/form-messages';

/**
 * A form opened from a case on the board (see CheckedForm): a 409 goes to the page (the case or the
 * sitting changed, or the API refused the move: the board is read again and the reason shown);
 * success goes to the page as the sentence it announces.
 */
@Directive()
export abstract class CaseForm<F extends string> extends CheckedForm<F> {
  readonly panelCase = input.required<PanelCaseSummary>();
  /** The sentence the page announces. */
  readonly saved = output<string>();
  /** The API's 409 message. */
  readonly conflict = output<string>();
  readonly cancelled = output<void>();

  protected run<T>(problems: Messages<F>, send: () => Observable<T>, message: (result: T) => string): void {
    this.submitChecked(problems, send, {
      saved: (result) => this.saved.emit(message(result)),
      conflict: (detail) => this.conflict.emit(detail),
    });
  }
}
