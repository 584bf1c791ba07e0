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
import { CodeName, ReferenceDataView, ReferralView } from '@camhs/contracts';
import { systemClock, today } from '@camhs/domain';
import { describeError, groupFieldErrors, validationErrors } from '../shared/api-errors';
import { describedBy } from '../shared/described-by';
import { ErrorMessageComponent } from '../shared/error-message.component';
import { ErrorSummaryComponent, ErrorSummaryItem } from '../shared/error-summary.component';
import { SelectFieldComponent, SelectOption } from '../shared/select-field.component';
import { TextInputFieldComponent } from '../shared/text-input-field.component';
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
import { RegistrationKey } from './registration-key';

function toOptions(list: readonly CodeName[] | undefined): SelectOption[] {
  return (list ?? []).map(({ code, name }) => ({ value: code, text: name }));
}

/** "Register a referral": NHS form patterns, browser checks, then the server's verdict. */
@Component({
  selector: 'camhs-referral-form',
  imports: [ReactiveFormsModule, ErrorMessageComponent, ErrorSummaryComponent, TextInputFieldComponent, SelectFieldComponent],
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

  readonly areaOptions = computed(() => toOptions(this.referenceData()?.areas));
  readonly teamOptions = computed(() => toOptions(this.referenceData()?.teams));
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

  readonly summary = computed<ErrorSummaryItem[]>(() => {
    const errors = this.fieldErrors();
    const items: ErrorSummaryItem[] = REFERRAL_FIELDS.flatMap((field) => (errors[field] ?? []).map((text) => ({ target: field, text })));
    return [...items, ...this.formProblems().map((text) => ({ target: null, text }))];
  });
  /** The urgency radios' fieldset is described by its error message, when it has one. */
  readonly urgencyDescribedBy = computed(() => describedBy('urgency', false, this.errorsFor('urgency').length > 0));

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly registrationKey = new RegistrationKey();
  private readonly confirmationBox = viewChild<ElementRef<HTMLElement>>('confirmationBanner');

  constructor() {
    this.form.controls.receivedOn.setValue(this.today());
  }

  errorsFor(field: ReferralField): string[] {
    return this.fieldErrors()[field] ?? [];
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
    const request = toRegisterRequest(value);
    this.api.register(request, this.registrationKey.for(request)).subscribe({
      next: (referral) => {
        this.submitting.set(false);
        this.registrationKey.done();
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
          const { byField, other } = groupFieldErrors(serverErrors, isReferralField);
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
    afterNextRender(() => this.summaryBox()?.focus(), { injector: this.injector });
  }

  private today(): string {
    return today(systemClock);
  }
}
