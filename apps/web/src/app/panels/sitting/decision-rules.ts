import { PANEL_DECISION_OUTCOMES, PanelDecisionOutcome, RecordDecisionRequest } from '@camhs/contracts';
import { CalendarDate, MAX_UNITS_PER_WEEK, MAX_WEEKS, compareDates, formatPounds, unitWords } from '@camhs/domain';
import { MessageList, Messages } from '../../referrals/detail/form-messages';
import { formatDate } from '../../referrals/date-format';
import { NOTE_MAX } from '../board/case-form-rules';
import { AllocationRowValue, RowQuote, allocationInput } from './allocation-quote-rules';

/**
 * The panel's decision on one agenda item, as the sitting screen's form holds it: the outcome and
 * why; for an allocation, each intervention (entry, units a week × weeks, start) with its spot
 * purchase confirmed and any overspend explained; and actions with an owner and a due date. Field
 * ids follow the API's field names with dashes (`allocations.1.confirmSpot` → `allocations-1-confirmSpot`).
 */

export interface AllocationFormRow extends AllocationRowValue {
  confirmSpot: boolean;
  budgetOverrideReason: string;
}

export interface ActionFormRow {
  description: string;
  owner: string;
  dueOn: string;
}

export interface DecisionFormValue {
  outcome: string;
  reason: string;
  allocations: AllocationFormRow[];
  actions: ActionFormRow[];
}

export const ALLOCATION_ROW_FIELDS = ['entryId', 'unitsPerWeek', 'weeks', 'startOn', 'confirmSpot', 'budgetOverrideReason'] as const;
export const ACTION_ROW_FIELDS = ['description', 'owner', 'dueOn'] as const;

export const rowField = (list: 'allocations' | 'actions', index: number, field: string): string => `${list}-${index}-${field}`;
/** Where the summary sends the coordinator when a row's cost is not worked out yet: the row's quote. */
export const quoteField = (index: number): string => rowField('allocations', index, 'quote');

/** The form's fields in page order, for the error summary. */
export function decisionFields(value: Pick<DecisionFormValue, 'allocations' | 'actions'>): string[] {
  return [
    'outcome',
    'reason',
    'allocations',
    ...value.allocations.flatMap((_, i) => [...ALLOCATION_ROW_FIELDS.slice(0, 4).map((f) => rowField('allocations', i, f)), quoteField(i), ...ALLOCATION_ROW_FIELDS.slice(4).map((f) => rowField('allocations', i, f))]),
    ...value.actions.flatMap((_, i) => ACTION_ROW_FIELDS.map((f) => rowField('actions', i, f))),
  ];
}

/** The form's field for a field the API names in a 400 (`allocations.0.budgetOverrideReason`), or undefined when the form has none. */
export function decisionFieldForApi(name: string): string | undefined {
  if (name === 'outcome' || name === 'reason' || name === 'allocations') return name;
  const match = /^(allocations|actions)\.(\d+)\.(\w+)$/.exec(name);
  if (!match) return undefined;
  const [, list, index, field] = match;
  const known: readonly string[] = list === 'allocations' ? ALLOCATION_ROW_FIELDS : ACTION_ROW_FIELDS;
  return known.includes(field) ? rowField(list as 'allocations' | 'actions', Number(index), field) : undefined;
}

function isOutcome(value: string): value is PanelDecisionOutcome {
  return (PANEL_DECISION_OUTCOMES as readonly string[]).includes(value);
}

function wholeProblem(text: string, max: number, missing: string, what: string): string | null {
  if (!text.trim()) return missing;
  return /^\d+$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= max ? null : `${what} must be a whole number from 1 to ${max}`;
}

/**
 * What the browser can check before the decision is sent: the answers themselves, dates from the
 * sitting on, and — from each intervention's quote — the spot purchase confirmed and an overspend
 * explained, as the API will require. `quotes` are the rows' quotes (null while not worked out).
 */
export function validateDecision(value: DecisionFormValue, sitsOn: CalendarDate, quotes: readonly (RowQuote | null)[]): Messages<string> {
  const m = new MessageList<string>();
  if (!isOutcome(value.outcome)) m.add('outcome', 'Select what the panel decided');
  m.note('reason', value.reason, 'Enter why the panel decided this', 'The reason', NOTE_MAX);
  const sitting = formatDate(sitsOn);

  if (value.outcome === 'allocated') {
    if (value.allocations.length === 0) m.add('allocations', 'Add at least one intervention to allocate');
    value.allocations.forEach((row, i) => {
      const at = (field: string) => rowField('allocations', i, field);
      const n = `Intervention ${i + 1}`;
      if (!row.entryId) m.add(at('entryId'), `${n}: choose the intervention and provider`);
      const units = wholeProblem(row.unitsPerWeek, MAX_UNITS_PER_WEEK, 'enter the hours or places a week', 'hours or places a week');
      if (units) m.add(at('unitsPerWeek'), `${n}: ${units}`);
      const weeks = wholeProblem(row.weeks, MAX_WEEKS, 'enter for how many weeks', 'weeks');
      if (weeks) m.add(at('weeks'), `${n}: ${weeks}`);
      if (m.date(at('startOn'), row.startOn, `${n}: enter the start date`, `${n}: the start date`) && compareDates(row.startOn, sitsOn) < 0) {
        m.add(at('startOn'), `${n}: the start date cannot be before the sitting (${sitting})`);
      }
      if (!allocationInput(row)) return; // nothing to quote until the row is complete
      const q = quotes[i] ?? null;
      if (!q) {
        m.add(quoteField(i), `${n}: its cost is still being worked out; try again in a moment`);
        return;
      }
      if (q.quote.budgetRemainingBefore === null) m.add(at('startOn'), `${n}: the panel has no budget for ${q.financialYear}; set it on the Sittings page first`);
      if (q.quote.spotUnavailable) {
        m.add(at('unitsPerWeek'), `${n}: only ${unitWords(q.unit, q.quote.blockRemainingBefore)} of the block remain for ${q.financialYear} and this provider offers no spot purchase`);
      } else if (q.quote.needsSpotConfirmation && !row.confirmSpot) {
        m.add(at('confirmSpot'), `${n}: confirm the spot purchase of ${unitWords(q.unit, q.quote.spotUnits)} (${formatPounds(q.quote.spotCostPence)}), or allocate fewer`);
      }
      if (q.quote.needsBudgetOverride) {
        m.note(at('budgetOverrideReason'), row.budgetOverrideReason, `${n}: record why the panel goes ${formatPounds(q.quote.overBudgetByPence)} over its ${q.financialYear} budget`, `${n}: the reason`, NOTE_MAX);
      }
    });
  }

  value.actions.forEach((row, i) => {
    const at = (field: string) => rowField('actions', i, field);
    const n = `Action ${i + 1}`;
    m.note(at('description'), row.description, `${n}: describe what is to be done`, `${n}: the description`, NOTE_MAX);
    m.note(at('owner'), row.owner, `${n}: enter who does it`, `${n}: who does it`, 200);
    if (m.date(at('dueOn'), row.dueOn, `${n}: enter the due date`, `${n}: the due date`) && compareDates(row.dueOn, sitsOn) < 0) {
      m.add(at('dueOn'), `${n}: the due date cannot be before the sitting (${sitting})`);
    }
  });
  return m.messages;
}

/** The request: allocations only with an allocation decision; text trimmed; an unexplained overspend sent as null. */
export function toDecisionRequest(value: DecisionFormValue, caseVersion: number): RecordDecisionRequest {
  const outcome = value.outcome as PanelDecisionOutcome;
  return {
    version: caseVersion,
    outcome,
    reason: value.reason.trim(),
    allocations:
      outcome === 'allocated'
        ? value.allocations.map((a) => ({
            entryId: a.entryId,
            unitsPerWeek: Number(a.unitsPerWeek.trim()),
            weeks: Number(a.weeks.trim()),
            startOn: a.startOn,
            confirmSpot: a.confirmSpot,
            budgetOverrideReason: a.budgetOverrideReason.trim() || null,
          }))
        : [],
    actions: value.actions.map((a) => ({ description: a.description.trim(), owner: a.owner.trim(), dueOn: a.dueOn })),
  };
}
