import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { AgendaItemView, AllocationQuoteView, CatalogueEntryView, PANEL_DECISION_OUTCOMES, RecordDecisionResult, SittingView } from '@camhs/contracts';
import { formatPounds } from '@camhs/domain';
import { debounceTime, map, merge, tap } from 'rxjs';
import { CheckedForm } from '../../referrals/detail/checked-form';
import { formatDate } from '../../referrals/date-format';
import { RadiosFieldComponent } from '../../referrals/detail/radios-field.component';
import { TextareaFieldComponent } from '../../referrals/detail/textarea-field.component';
import { describeError } from '../../shared/api-errors';
import { describedBy } from '../../shared/described-by';
import { ErrorMessageComponent } from '../../shared/error-message.component';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { FormGroupComponent } from '../../shared/form-group.component';
import { DECISION_OUTCOME_LABELS } from '../panel-labels';
import { PanelsApi } from '../panels-api.service';
import { AllocationInput, RowQuote, allocationInput, confirmSpotLabel, decisionQuotes, decisionTotal, entryOptions, quoteKey, quoteLines } from './allocation-quote-rules';
import { RowInputComponent } from './row-input.component';
import { DecisionFormValue, decisionFieldForApi, decisionFields, quoteField, rowField, toDecisionRequest, validateDecision } from './decision-rules';

type AllocationGroup = FormGroup<{
  entryId: FormControl<string>;
  unitsPerWeek: FormControl<string>;
  weeks: FormControl<string>;
  startOn: FormControl<string>;
  confirmSpot: FormControl<boolean>;
  budgetOverrideReason: FormControl<string>;
}>;
type ActionGroup = FormGroup<{ description: FormControl<string>; owner: FormControl<string>; dueOn: FormControl<string> }>;

/** The API's quote for a row, or why it could not be worked out. */
type Quoted = { ok: true; view: AllocationQuoteView } | { ok: false; message: string };

const text = (value = '') => new FormControl(value, { nonNullable: true });

/**
 * The panel's decision on one agenda item. With "allocated", each intervention shows, as it is
 * filled in, what it takes from the block contract, what would be spot purchased and what is left
 * of the panel's budget for the year (the API's quote, with the decision's earlier rows taken off);
 * a spot purchase needs its box ticked and an overspend a recorded reason before the decision is
 * sent. Actions take an owner and a due date.
 */
@Component({
  selector: 'camhs-decision-form',
  imports: [ReactiveFormsModule, ErrorSummaryComponent, RadiosFieldComponent, TextareaFieldComponent, FormGroupComponent, ErrorMessageComponent, RowInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .app-row { border-left: 4px solid #d8dde0; padding-left: 1rem; margin-bottom: 1.5rem; }
    .app-row-figures { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-end; }
    .app-quote-needs { font-weight: bold; }
  `,
  templateUrl: './decision-form.component.html',
})
export class DecisionFormComponent extends CheckedForm<string> {
  private readonly api = inject(PanelsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly sitting = input.required<SittingView>();
  readonly item = input.required<AgendaItemView>();
  readonly entries = input.required<readonly CatalogueEntryView[]>();
  readonly saved = output<RecordDecisionResult>();
  /** The API's 409 message. */
  readonly conflict = output<string>();
  readonly cancelled = output<void>();

  readonly outcomes = PANEL_DECISION_OUTCOMES.map((value) => ({ value, text: DECISION_OUTCOME_LABELS[value] }));
  readonly form = new FormGroup({
    outcome: text(),
    reason: text(),
    allocations: new FormArray<AllocationGroup>([]),
    actions: new FormArray<ActionGroup>([]),
  });
  readonly allocations = this.form.controls.allocations;
  readonly actions = this.form.controls.actions;

  readonly value = toSignal(this.form.valueChanges.pipe(map((): DecisionFormValue => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  readonly entryOptions = computed(() => entryOptions(this.entries()));
  readonly inputs = computed<(AllocationInput | null)[]>(() => this.value().allocations.map(allocationInput));
  /** The API's answers by what they were asked (`quoteKey`). */
  private readonly quoted = signal<ReadonlyMap<string, Quoted>>(new Map());
  private readonly asked = new Set<string>();
  readonly rowQuotes = computed<(RowQuote | null)[]>(() => {
    const answers = this.quoted();
    const views = this.inputs().map((i) => {
      const answer = i ? answers.get(quoteKey(i)) : undefined;
      return answer?.ok ? answer.view : null;
    });
    return decisionQuotes(this.inputs(), views, this.entries());
  });
  readonly total = computed(() => decisionTotal(this.rowQuotes()));

  readonly rowField = rowField;
  readonly quoteField = quoteField;
  readonly quoteLines = quoteLines;
  readonly confirmSpotLabel = confirmSpotLabel;
  readonly formatPounds = formatPounds;
  readonly formatDate = formatDate;

  protected get fields(): readonly string[] {
    return decisionFields(this.value());
  }

  constructor() {
    super();
    // An allocation decision starts with one intervention to fill in.
    this.form.controls.outcome.valueChanges.pipe(takeUntilDestroyed()).subscribe((outcome) => {
      if (outcome === 'allocated' && this.allocations.length === 0) this.addAllocation();
    });
    // Ask the API for the quote of every complete row it has not been asked about, once typing pauses.
    toObservable(this.inputs)
      .pipe(debounceTime(300), takeUntilDestroyed())
      .subscribe((inputs) => inputs.forEach((i) => i && this.ask(i)));
  }

  /** A row's quote problem (the API could not work it out), or null. */
  quoteProblem(index: number): string | null {
    const i = this.inputs()[index];
    const answer = i ? this.quoted().get(quoteKey(i)) : undefined;
    return answer && !answer.ok ? answer.message : null;
  }

  /** Show the confirmation (or the reason) when the quote asks for it, or when the API said it was missing. */
  showConfirmSpot(index: number): boolean {
    const q = this.rowQuotes()[index];
    return (q !== null && q.quote.needsSpotConfirmation && !q.quote.spotUnavailable) || this.errorsFor(rowField('allocations', index, 'confirmSpot')).length > 0;
  }

  showOverride(index: number): boolean {
    return this.rowQuotes()[index]?.quote.needsBudgetOverride === true || this.errorsFor(rowField('allocations', index, 'budgetOverrideReason')).length > 0;
  }

  described(field: string, hasHint = false): string | null {
    return describedBy(field, hasHint, this.errorsFor(field).length > 0);
  }

  addAllocation(): void {
    const row: AllocationGroup = new FormGroup({
      entryId: text(),
      unitsPerWeek: text(),
      weeks: text(),
      startOn: text(this.sitting().sitsOn),
      confirmSpot: new FormControl(false, { nonNullable: true }),
      budgetOverrideReason: text(),
    });
    // A confirmation is for the amount it was given for: changing what is asked asks again.
    merge(row.controls.entryId.valueChanges, row.controls.unitsPerWeek.valueChanges, row.controls.weeks.valueChanges, row.controls.startOn.valueChanges)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => row.controls.confirmSpot.setValue(false, { emitEvent: false }));
    this.allocations.push(row);
  }

  removeAllocation(index: number): void {
    this.allocations.removeAt(index);
    this.fieldErrors.set({});
  }

  addAction(): void {
    this.actions.push(new FormGroup({ description: text(), owner: text(), dueOn: text() }));
  }

  removeAction(index: number): void {
    this.actions.removeAt(index);
    this.fieldErrors.set({});
  }

  protected fieldForApi(name: string): string | undefined {
    return decisionFieldForApi(name);
  }

  submit(): void {
    const value = this.form.getRawValue();
    const sitting = this.sitting();
    const item = this.item();
    const send = () =>
      this.api.recordDecision(sitting.id, item.id, toDecisionRequest(value, item.caseVersion)).pipe(
        // A refusal may mean the block or the budget moved on since the quotes: ask again.
        tap({ error: (error: unknown) => error instanceof HttpErrorResponse && error.status === 400 && this.requote() }),
      );
    this.submitChecked(validateDecision(value, sitting.sitsOn, this.rowQuotes()), send, {
      saved: (result) => this.saved.emit(result),
      conflict: (message) => this.conflict.emit(message),
    });
  }

  private requote(): void {
    this.asked.clear();
    this.quoted.set(new Map());
    this.inputs().forEach((i) => i && this.ask(i));
  }

  private ask(input: AllocationInput): void {
    const key = quoteKey(input);
    if (this.asked.has(key)) return;
    this.asked.add(key);
    this.api.quote(this.sitting().panel.id, input).subscribe({
      next: (view) => this.answer(key, { ok: true, view }),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) return;
        this.asked.delete(key);
        this.answer(key, { ok: false, message: `The cost could not be worked out. ${describeError(error)}` });
      },
    });
  }

  private answer(key: string, quoted: Quoted): void {
    this.quoted.update((current) => new Map(current).set(key, quoted));
  }
}
