import { Directive, input, output } from '@angular/core';
import { DutyListRow } from '@camhs/contracts';
import { Observable } from 'rxjs';
import { CheckedForm } from '../referrals/detail/checked-form';
import { Messages } from '../referrals/detail/form-messages';

/**
 * A form opened from a row of the duty list (see CheckedForm). A 409 goes to the page (the task was
 * claimed or done by someone else, or the record changed: the list is read again); success goes to
 * the page as the sentence it announces.
 */
@Directive()
export abstract class DutyRowForm<F extends string> extends CheckedForm<F> {
  readonly row = input.required<DutyListRow>();
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
