import { AllocationQuote } from '@camhs/domain';
import { RowQuote } from './allocation-quote-rules';
import { AllocationFormRow, DecisionFormValue, decisionFieldForApi, decisionFields, toDecisionRequest, validateDecision } from './decision-rules';

const SITS_ON = '2025-11-06';

const row = (overrides: Partial<AllocationFormRow> = {}): AllocationFormRow => ({
  entryId: 'counselling',
  unitsPerWeek: '1',
  weeks: '6',
  startOn: '2025-11-10',
  confirmSpot: false,
  budgetOverrideReason: '',
  ...overrides,
});

const decision = (overrides: Partial<DecisionFormValue> = {}): DecisionFormValue => ({
  outcome: 'allocated',
  reason: 'Counselling for her anxiety',
  allocations: [row()],
  actions: [],
  ...overrides,
});

const quote = (overrides: Partial<AllocationQuote> = {}, financialYear = '2025-26'): RowQuote => ({
  financialYear,
  unit: 'hours',
  budgetPence: 200_000,
  quote: {
    units: 6,
    blockUnits: 6,
    spotUnits: 0,
    blockCostPence: 27_000,
    spotCostPence: 0,
    costPence: 27_000,
    blockRemainingBefore: 10,
    blockRemainingAfter: 4,
    budgetRemainingBefore: 200_000,
    budgetRemainingAfter: 173_000,
    overBudgetByPence: 0,
    needsSpotConfirmation: false,
    needsBudgetOverride: false,
    spotUnavailable: false,
    ...overrides,
  },
});

// Tutoring 2 × 15 = 30 hours with 20 block hours left: 10 spot hours × £42.00 = £420.00.
const spot = quote({ units: 30, blockUnits: 20, spotUnits: 10, blockCostPence: 70_000, spotCostPence: 42_000, costPence: 112_000, needsSpotConfirmation: true });
// 20 spot hours × £42.00 = £840.00 against £610.00 left: £230.00 over.
const over = quote({ units: 20, blockUnits: 0, spotUnits: 20, spotCostPence: 84_000, costPence: 84_000, budgetRemainingBefore: 61_000, budgetRemainingAfter: -23_000, overBudgetByPence: 23_000, needsSpotConfirmation: true, needsBudgetOverride: true });

describe('checking a decision before it is sent', () => {
  it('accepts an allocation whose quote needs nothing more', () => {
    expect(validateDecision(decision(), SITS_ON, [quote()])).toEqual({});
  });

  it('wants an outcome and a reason', () => {
    expect(validateDecision(decision({ outcome: '', reason: ' ' }), SITS_ON, [quote()])).toEqual({
      outcome: ['Select what the panel decided'],
      reason: ['Enter why the panel decided this'],
    });
  });

  it('wants at least one intervention when allocating, and none are looked at otherwise', () => {
    expect(validateDecision(decision({ allocations: [] }), SITS_ON, [])).toEqual({ allocations: ['Add at least one intervention to allocate'] });
    expect(validateDecision(decision({ outcome: 'deferred', allocations: [row({ entryId: '' })] }), SITS_ON, [null])).toEqual({});
  });

  it('names each intervention’s missing or wrong answers', () => {
    expect(validateDecision(decision({ allocations: [row({ entryId: '', unitsPerWeek: '', weeks: '53', startOn: '2025-11-05' })] }), SITS_ON, [null])).toEqual({
      'allocations-0-entryId': ['Intervention 1: choose the intervention and provider'],
      'allocations-0-unitsPerWeek': ['Intervention 1: enter the hours or places a week'],
      'allocations-0-weeks': ['Intervention 1: weeks must be a whole number from 1 to 52'],
      'allocations-0-startOn': ['Intervention 1: the start date cannot be before the sitting (6 Nov 2025)'],
    });
    expect(validateDecision(decision({ allocations: [row({ unitsPerWeek: '1.5', startOn: '2025-11-31' })] }), SITS_ON, [null])).toEqual({
      'allocations-0-unitsPerWeek': ['Intervention 1: hours or places a week must be a whole number from 1 to 40'],
      'allocations-0-startOn': ['Intervention 1: the start date must be a real date'],
    });
  });

  it('waits for a complete row’s cost to be worked out', () => {
    expect(validateDecision(decision(), SITS_ON, [null])).toEqual({ 'allocations-0-quote': ['Intervention 1: its cost is still being worked out; try again in a moment'] });
  });

  it('wants a spot purchase confirmed', () => {
    const rows = [row(), row({ entryId: 'tutoring', unitsPerWeek: '2', weeks: '15' })];
    expect(validateDecision(decision({ allocations: rows }), SITS_ON, [quote(), spot])).toEqual({
      'allocations-1-confirmSpot': ['Intervention 2: confirm the spot purchase of 10 hours (£420.00), or allocate fewer'],
    });
    expect(validateDecision(decision({ allocations: [rows[0], { ...rows[1], confirmSpot: true }] }), SITS_ON, [quote(), spot])).toEqual({});
  });

  it('wants a reason to go over the year’s budget', () => {
    const confirmed = row({ entryId: 'tutoring', unitsPerWeek: '1', weeks: '20', confirmSpot: true });
    expect(validateDecision(decision({ allocations: [confirmed] }), SITS_ON, [over])).toEqual({
      'allocations-0-budgetOverrideReason': ['Intervention 1: record why the panel goes £230.00 over its 2025-26 budget'],
    });
    expect(validateDecision(decision({ allocations: [{ ...confirmed, budgetOverrideReason: 'Exclusion is imminent' }] }), SITS_ON, [over])).toEqual({});
  });

  it('refuses units a provider cannot supply, and a year with no budget', () => {
    const noSpot = quote({ units: 12, blockUnits: 6, spotUnits: 6, blockRemainingBefore: 6, needsSpotConfirmation: true, spotUnavailable: true });
    expect(validateDecision(decision({ allocations: [row({ unitsPerWeek: '1', weeks: '12' })] }), SITS_ON, [{ ...noSpot, unit: 'places' }])).toEqual({
      'allocations-0-unitsPerWeek': ['Intervention 1: only 6 place-weeks of the block remain for 2025-26 and this provider offers no spot purchase'],
    });
    const noBudget = quote({ budgetRemainingBefore: null, budgetRemainingAfter: null }, '2026-27');
    expect(validateDecision(decision({ allocations: [row({ startOn: '2026-04-06' })] }), SITS_ON, [noBudget])).toEqual({
      'allocations-0-startOn': ['Intervention 1: the panel has no budget for 2026-27; set it on the Sittings page first'],
    });
  });

  it('wants each action described, owned and due from the sitting on', () => {
    const actions = [
      { description: 'Share the plan with the family', owner: 'Helen Hartley, SENCo', dueOn: '2025-11-27' },
      { description: ' ', owner: '', dueOn: '2025-11-01' },
    ];
    expect(validateDecision(decision({ actions }), SITS_ON, [quote()])).toEqual({
      'actions-1-description': ['Action 2: describe what is to be done'],
      'actions-1-owner': ['Action 2: enter who does it'],
      'actions-1-dueOn': ['Action 2: the due date cannot be before the sitting (6 Nov 2025)'],
    });
  });
});

describe('the decision as sent', () => {
  it('sends the allocations as numbers with the confirmation and any overspend reason, and the actions, trimmed', () => {
    const value = decision({
      reason: ' Counselling, and tutoring to close the gap in reading ',
      allocations: [row(), row({ entryId: 'tutoring', unitsPerWeek: ' 2', weeks: '15 ', confirmSpot: true, budgetOverrideReason: ' Agreed by the head of service ' })],
      actions: [{ description: ' Share the plan with the family ', owner: 'Helen Hartley, SENCo ', dueOn: '2025-11-27' }],
    });
    expect(toDecisionRequest(value, 4)).toEqual({
      version: 4,
      outcome: 'allocated',
      reason: 'Counselling, and tutoring to close the gap in reading',
      allocations: [
        { entryId: 'counselling', unitsPerWeek: 1, weeks: 6, startOn: '2025-11-10', confirmSpot: false, budgetOverrideReason: null },
        { entryId: 'tutoring', unitsPerWeek: 2, weeks: 15, startOn: '2025-11-10', confirmSpot: true, budgetOverrideReason: 'Agreed by the head of service' },
      ],
      actions: [{ description: 'Share the plan with the family', owner: 'Helen Hartley, SENCo', dueOn: '2025-11-27' }],
    });
  });

  it('allocates nothing when the panel does not allocate or defers', () => {
    expect(toDecisionRequest(decision({ outcome: 'deferred', reason: 'Awaiting the EP report' }), 2)).toEqual({ version: 2, outcome: 'deferred', reason: 'Awaiting the EP report', allocations: [], actions: [] });
  });
});

describe('the decision form’s fields', () => {
  it('lists them in page order, each row’s quote between its figures and its confirmations', () => {
    expect(decisionFields({ allocations: [row()], actions: [{ description: '', owner: '', dueOn: '' }] })).toEqual([
      'outcome',
      'reason',
      'allocations',
      'allocations-0-entryId',
      'allocations-0-unitsPerWeek',
      'allocations-0-weeks',
      'allocations-0-startOn',
      'allocations-0-quote',
      'allocations-0-confirmSpot',
      'allocations-0-budgetOverrideReason',
      'actions-0-description',
      'actions-0-owner',
      'actions-0-dueOn',
    ]);
  });

  it('puts the API’s field names on the form’s fields, and anything else in the summary only', () => {
    expect(decisionFieldForApi('allocations.1.confirmSpot')).toBe('allocations-1-confirmSpot');
    expect(decisionFieldForApi('allocations.0.budgetOverrideReason')).toBe('allocations-0-budgetOverrideReason');
    expect(decisionFieldForApi('actions.2.dueOn')).toBe('actions-2-dueOn');
    expect(decisionFieldForApi('reason')).toBe('reason');
    expect(decisionFieldForApi('allocations')).toBe('allocations');
    expect(decisionFieldForApi('version')).toBeUndefined();
    expect(decisionFieldForApi('allocations.0.colour')).toBeUndefined();
  });
});
