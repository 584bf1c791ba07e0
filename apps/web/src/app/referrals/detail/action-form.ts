import { Directive, input, output } from '@angular/core';
import { ReferralView } from '@camhs/contracts';
import { Observable } from 'rxjs';
import { CheckedForm } from './checked-form';
import { Messages } from './form-messages';

/** A link shown with a success message (e.g. to the team meeting agenda). */
export interface SavedLink {
  text: string;
  path: string;
  queryParams?: Record<string, string>;
}

/** What a form reports to the page once the API has accepted the change. */
export interface ActionSaved {
  referral: ReferralView;
  /** Announced to the user, e.g. "Access completed: accepted for assessment". */
  message: string;
  /** Where to go next, when there is somewhere worth offering. */
  link?: SavedLink;
}

/**
 * A pathway action form on the referral page (see CheckedForm): a 409 goes to the page (someone
 * else changed the referral: only a reload helps), success goes to the page with the referral as
 * the API now has it.
 */
@Directive()
export abstract class ActionForm<F extends string> extends CheckedForm<F> {
  readonly referral = input.required<ReferralView>();
  readonly saved = output<ActionSaved>();
  /** The API's 409 message. */
  readonly conflict = output<string>();
  readonly cancelled = output<void>();

  /** The API's name for each field it may name in a 400 (a form with fields named by pattern also overrides `fieldForApi`). */
  protected abstract readonly apiFields: Readonly<Record<string, F>>;

  protected fieldForApi(name: string): F | undefined {
    return this.apiFields[name];
  }

  /** Show the browser's findings, or send and report the answer. */
  protected run(problems: Messages<F>, send: () => Observable<ReferralView>, message: (referral: ReferralView) => string): void {
    this.submitChecked(problems, send, {
      saved: (referral) => this.saved.emit({ referral, message: message(referral) }),
      conflict: (detail) => this.conflict.emit(detail),
    });
  }
}
