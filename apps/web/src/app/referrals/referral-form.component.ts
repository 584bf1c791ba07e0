import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ReferenceDataView, ReferralView } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { ErrorMessageComponent } from '../shared/error-message.component';
import { describeError, validationErrors } from '../shared/api-errors';
import {
  FieldMessages,
  REFERRAL_FIELDS,
  ReferralField,
  ReferralFormValue,
  isReferralField,
  toRegisterRequest,
} from './referral-form.model';
import { validateReferralForm } from './referral-form.validation';
import { REFERRER_TYPE_OPTIONS, URGENCY_OPTIONS } from './referral-labels';
import { ReferralsApi } from './referrals-api.service';

interface SummaryItem {
  /** Element id to move focus to, or null for a problem that is not about one field. */
  target: string | null;
  text: string;
}

/** "Register a referral": NHS form patterns, browser checks, then the server's verdict. */
@Component({
  selector: 'camhs-referral-form',
  imports: [ReactiveFormsModule, ErrorMessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './referral-form.component.html',
})
export class ReferralFormComponent {
  private readonly api = inject(ReferralsApi);
  private readonly injector = inject(Injector);

  /** Areas and teams for the pickers; null until loaded. */
  readonly referenceData = input<ReferenceDataView | null>(null);
  /** Emitted after the API has accepted a referral. */
  readonly registered = output<ReferralView>();

  readonly referrerTypes = REFERRER_TYPE_OPTIONS;
  readonly urgencies = URGENCY_OPTIONS;

  readonly form = new FormGroup(
    Object.fromEntries(
      REFERRAL_FIELDS.map((field) => [field, new FormControl('', { nonNullable: true })]),
    ) as Record<ReferralField, FormControl<string>>,
  );

  /** Messages per field, set on submit (browser checks) or from a 400 answer. */
  readonly fieldErrors = signal<FieldMessages>({});
  /** Problems not tied to one field (service down, unexpected answers). */
  readonly formProblems = signal<string[]>([]);
  readonly submitting = signal(false);
  /** Name of the child whose referral was just registered, for the confirmation. */
  readonly confirmation = signal<string | null>(null);

  readonly summary = computed<SummaryItem[]>(() => {
    const errors = this.fieldErrors();
    const items: SummaryItem[] = REFERRAL_FIELDS.flatMap((field) =>
      (errors[field] ?? []).map((text) => ({ target: field as string | null, text })),
    );
    return [...items, ...this.formProblems().map((text) => ({ target: null, text }))];
  });

  private readonly summaryBox = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly confirmationBox = viewChild<ElementRef<HTMLElement>>('confirmationBanner');

  constructor() {
    this.form.controls.receivedOn.setValue(this.today());
  }

  errorsFor(field: ReferralField): string[] {
    return this.fieldErrors()[field] ?? [];
  }

  /** `aria-describedby` for a control: its hint (if any) then its error message (if any). */
  describedBy(field: ReferralField, hint = false): string | null {
    const ids = [hint ? `${field}-hint` : null, this.errorsFor(field).length ? `${field}-error` : null].filter(
      (id): id is string => id !== null,
    );
    return ids.length ? ids.join(' ') : null;
  }

  focusField(event: Event, target: string | null): void {
    if (!target) return;
    event.preventDefault();
    const element = document.getElementById(target);
    if (!element) return;
    element.focus();
    // Bring the label/legend into view too, as GOV.UK and NHS error summaries do.
    (element.closest('.nhsuk-form-group') ?? element).scrollIntoView({ block: 'start' });
  }

  submit(): void {
    if (this.submitting()) return;
    this.confirmation.set(null);
    this.formProblems.set([]);

    const value = this.form.getRawValue() as ReferralFormValue;
    const problems = validateReferralForm(value, this.today());
    this.fieldErrors.set(problems);
    if (Object.keys(problems).length > 0) {
      this.focusSummary();
      return;
    }

    this.submitting.set(true);
    this.api.register(toRegisterRequest(value)).subscribe({
      next: (referral) => {
        this.submitting.set(false);
        this.fieldErrors.set({});
        this.form.reset();
        this.form.controls.receivedOn.setValue(this.today());
        this.confirmation.set(`${referral.givenName} ${referral.familyName}`);
        this.registered.emit(referral);
        afterNextRender(() => this.confirmationBox()?.nativeElement.focus(), { injector: this.injector });
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const serverErrors = validationErrors(error);
        if (serverErrors) {
          const byField: FieldMessages = {};
          const other: string[] = [];
          for (const { field, messages } of serverErrors) {
            if (isReferralField(field)) (byField[field] ??= []).push(...messages);
            else other.push(...messages);
          }
          this.fieldErrors.set(byField);
          this.formProblems.set(other);
        } else {
          this.formProblems.set([describeError(error)]);
        }
        this.focusSummary();
      },
    });
  }

  private focusSummary(): void {
    afterNextRender(() => this.summaryBox()?.nativeElement.focus(), { injector: this.injector });
  }

  private today(): string {
    return today(systemClock);
  }
}
