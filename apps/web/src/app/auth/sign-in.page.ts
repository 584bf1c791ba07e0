import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { describeError, groupFieldErrors, validationErrors } from '../shared/api-errors';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { TextInputFieldComponent } from '../shared/text-input-field.component';
import { safeReturnUrl } from './return-url';
import { SessionService } from './session.service';

const FIELDS = ['username', 'password'] as const;
type Field = (typeof FIELDS)[number];
type FieldMessages = Partial<Record<Field, string[]>>;

const REQUIRED: Readonly<Record<Field, string>> = {
  username: 'Enter your username',
  password: 'Enter your password',
};

const INCORRECT = 'Username or password is incorrect';

function isField(value: string): value is Field {
  return (FIELDS as readonly string[]).includes(value);
}

/** A short sentence for a refused sign-in: the server's own words for 401 and 429 (locked out). */
function signInProblem(error: unknown): string {
  if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 429)) {
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body.message === 'string' && body.message) return body.message;
    return error.status === 401 ? INCORRECT : 'Too many attempts. Wait a few minutes, then try again.';
  }
  return describeError(error);
}

/** /sign-in: NHS form patterns; afterwards back to where the user was going. */
@Component({
  selector: 'camhs-sign-in-page',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, TextInputFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        @if (notice(); as message) {
          <div
            class="nhsuk-notification-banner"
            [class.nhsuk-notification-banner--success]="message.kind === 'success'"
            id="sign-in-notice"
            [attr.role]="message.kind === 'success' ? 'alert' : 'region'"
            aria-labelledby="sign-in-notice-title"
          >
            <div class="nhsuk-notification-banner__header">
              <h2 class="nhsuk-notification-banner__title" id="sign-in-notice-title">
                {{ message.kind === 'success' ? 'Success' : 'Important' }}
              </h2>
            </div>
            <div class="nhsuk-notification-banner__content">
              <p class="nhsuk-notification-banner__heading">{{ message.text }}</p>
            </div>
          </div>
        }

        <camhs-error-summary [items]="summary()" />

        <h1>Sign in</h1>
        <p>Sign in with the username and password your service gave you.</p>

        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <camhs-text-input-field
            field="username"
            label="Username"
            [errors]="errorsFor('username')"
            autocomplete="username"
            autocapitalize="none"
          />
          <camhs-text-input-field
            field="password"
            label="Password"
            type="password"
            [errors]="errorsFor('password')"
            autocomplete="current-password"
          />

          <button class="nhsuk-button" type="submit" [attr.aria-disabled]="submitting() ? 'true' : null">Sign in</button>
        </form>
      </div>
    </div>
  `,
})
export class SignInPage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly returnUrl = safeReturnUrl(inject(ActivatedRoute).snapshot.queryParamMap.get('returnUrl'));

  /** Why the user is here (session ended, signed out); shown until they sign in. */
  readonly notice = signal(this.session.takeNotice());

  readonly form = new FormGroup({
    username: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });

  readonly fieldErrors = signal<FieldMessages>({});
  /** Problems not about one field; `target` links the summary to a field when it helps. */
  readonly problems = signal<ErrorSummaryItem[]>([]);
  readonly submitting = signal(false);

  readonly summary = computed<ErrorSummaryItem[]>(() => {
    const errors = this.fieldErrors();
    const fieldItems = FIELDS.flatMap((field) => (errors[field] ?? []).map((text) => ({ target: field, text })));
    return [...fieldItems, ...this.problems()];
  });

  private readonly summaryBox = viewChild(ErrorSummaryComponent);

  errorsFor(field: Field): string[] {
    return this.fieldErrors()[field] ?? [];
  }

  submit(): void {
    if (this.submitting()) return;
    const { username, password } = this.form.getRawValue();
    const missing: FieldMessages = {};
    if (username.trim() === '') missing.username = [REQUIRED.username];
    if (password === '') missing.password = [REQUIRED.password];
    this.fieldErrors.set(missing);
    this.problems.set([]);
    if (Object.keys(missing).length > 0) {
      this.focusSummary();
      return;
    }

    this.submitting.set(true);
    this.session.signIn({ username: username.trim(), password }).subscribe({
      next: () => {
        this.submitting.set(false);
        void this.router.navigateByUrl(this.returnUrl ?? '/');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.form.controls.password.setValue('');
        const serverErrors = validationErrors(error);
        if (serverErrors) {
          const { byField, other } = groupFieldErrors(serverErrors, isField);
          this.fieldErrors.set(byField);
          this.problems.set(other.map((text) => ({ target: null, text })));
        } else {
          const wrongCredentials = error instanceof HttpErrorResponse && error.status === 401;
          this.problems.set([{ target: wrongCredentials ? 'username' : null, text: signInProblem(error) }]);
        }
        this.focusSummary();
      },
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summaryBox()?.focus(), { injector: this.injector });
  }
}
