import { AllocationQuoteView, CatalogueEntryView } from '@camhs/contracts';
import {
  AllocationInput,
  allocationInput,
  confirmSpotLabel,
  decisionQuotes,
  decisionTotal,
  entryOptionText,
  entryOptions,
  quoteKey,
  quoteLines,
} from './allocation-quote-rules';

// The integration test's catalogue: counselling £45.00 an hour (10 block hours a year, spot £60.00),
// tutoring £35.00 an hour (20 block hours, spot £42.00); a Nurture place £250.00 a place-week, no spot.
const entry = (id: string, name: string, provider: string, unit: 'hours' | 'places', unitCostPence: number, spotPricePence: number | null, active = true): CatalogueEntryView => ({
  id,
  type: { id: `t-${id}`, code: id, name },
  provider: { id: `p-${id}`, name: provider },
  unit,
  unitCostPence,
  spotPricePence,
  blockUnitsPerYear: 0,
  note: null,
  active,
  version: 1,
  usage: { financialYear: '2025-26', blockUsed: 0, blockRemaining: 0, spotUnits: 0, spotCostPence: 0 },
});
const counselling = entry('counselling', 'Specialist counselling', 'Kindred Counselling', 'hours', 4500, 6000);
const tutoring = entry('tutoring', 'Specialist tutoring', 'Bright Tutors', 'hours', 3500, 4200);
const nurture = entry('nurture', 'Nurture on-site place', 'Edith Weston Nurture hub', 'places', 25_000, null);
const ENTRIES = [counselling, tutoring, nurture];

/** The API's quote for one allocation on its own, as it would answer with `blockRemaining` block units left and `committed` of a £2,000.00 budget spent. */
const apiQuote = (input: AllocationInput, blockRemaining: number, committed: number, financialYear = '2025-26', budgetPence: number | null = 200_000): AllocationQuoteView => ({
  financialYear,
  entryId: input.entryId,
  unit: ENTRIES.find((e) => e.id === input.entryId)?.unit ?? 'hours',
  units: input.unitsPerWeek * input.weeks,
  blockUnits: 0,
  spotUnits: 0,
  blockCostPence: 0,
  spotCostPence: 0,
  costPence: 0,
  blockRemainingBefore: blockRemaining,
  blockRemainingAfter: 0,
  budgetPence,
  committedPence: committed,
  budgetRemainingBefore: null,
  budgetRemainingAfter: null,
  overBudgetByPence: 0,
  needsSpotConfirmation: false,
  needsBudgetOverride: false,
  spotUnavailable: false,
  summary: '',
});

const input = (entryId: string, unitsPerWeek: number, weeks: number, startOn = '2025-11-10'): AllocationInput => ({ entryId, unitsPerWeek, weeks, startOn });

describe('a row complete enough to quote', () => {
  it('has an intervention, whole units a week from 1 to 40, whole weeks from 1 to 52 and a real start date', () => {
    expect(allocationInput({ entryId: 'counselling', unitsPerWeek: ' 2 ', weeks: '15', startOn: '2025-11-10' })).toEqual(input('counselling', 2, 15));
    expect(allocationInput({ entryId: 'counselling', unitsPerWeek: '40', weeks: '52', startOn: '2025-11-10' })).toEqual(input('counselling', 40, 52));
  });

  it('is not quoted while anything is missing or out of range', () => {
    const row = { entryId: 'counselling', unitsPerWeek: '1', weeks: '6', startOn: '2025-11-10' };
    for (const change of [{ entryId: '' }, { unitsPerWeek: '' }, { unitsPerWeek: '0' }, { unitsPerWeek: '41' }, { unitsPerWeek: '1.5' }, { weeks: '53' }, { weeks: 'six' }, { startOn: '2025-02-30' }, { startOn: '' }]) {
      expect([change, allocationInput({ ...row, ...change })]).toEqual([change, null]);
    }
  });

  it('is keyed by what it asks, so a quote answers the row only while it still asks the same', () => {
    expect(quoteKey(input('counselling', 1, 6))).toBe('counselling|1|6|2025-11-10');
    expect(quoteKey(input('counselling', 1, 7))).not.toBe(quoteKey(input('counselling', 1, 6)));
  });
});

describe('the quotes of a decision’s interventions', () => {
  it('takes counselling from the block, then tutoring beyond its block as spot, each against the budget the earlier left', () => {
    const inputs = [input('counselling', 1, 6), input('tutoring', 2, 15)];
    // Nothing allocated yet: 10 counselling and 20 tutoring block hours left, £2,000.00 of budget.
    const [first, second] = decisionQuotes(inputs, [apiQuote(inputs[0], 10, 0), apiQuote(inputs[1], 20, 0)], ENTRIES);
    // Counselling 1 × 6 = 6 hours, all from the block: 6 × £45.00 = £270.00; 4 block hours left; £2,000.00 − £270.00 = £1,730.00.
    expect(first?.quote).toMatchObject({ units: 6, blockUnits: 6, spotUnits: 0, costPence: 27_000, blockRemainingAfter: 4, budgetRemainingAfter: 173_000, needsSpotConfirmation: false });
    // Tutoring 2 × 15 = 30 hours: 20 from the block (20 × £35.00 = £700.00), 10 spot (10 × £42.00 = £420.00): £1,120.00;
    // the budget after counselling is £1,730.00, so £1,730.00 − £1,120.00 = £610.00 remains.
    expect(second?.quote).toMatchObject({
      units: 30,
      blockUnits: 20,
      spotUnits: 10,
      blockCostPence: 70_000,
      spotCostPence: 42_000,
      costPence: 112_000,
      budgetRemainingBefore: 173_000,
      budgetRemainingAfter: 61_000,
      needsSpotConfirmation: true,
      needsBudgetOverride: false,
    });
    expect(decisionTotal([first, second])).toEqual({ costPence: 139_000, remaining: [{ financialYear: '2025-26', remainingPence: 61_000 }] });
  });

  it('lets an earlier row of the same intervention use its block first', () => {
    const inputs = [input('counselling', 1, 6), input('counselling', 1, 6)];
    const [, second] = decisionQuotes(inputs, [apiQuote(inputs[0], 10, 0), apiQuote(inputs[1], 10, 0)], ENTRIES);
    // 10 − 6 = 4 block hours left for the second: 4 × £45.00 = £180.00 and 2 spot × £60.00 = £120.00: £300.00;
    // £2,000.00 − £270.00 − £300.00 = £1,430.00.
    expect(second?.quote).toMatchObject({ blockRemainingBefore: 4, blockUnits: 4, spotUnits: 2, costPence: 30_000, blockRemainingAfter: 0, budgetRemainingAfter: 143_000 });
  });

  it('asks for an override when the budget would be exceeded', () => {
    // The tutoring block used up; £1,390.00 of £2,000.00 committed: 1 × 20 = 20 spot hours × £42.00 = £840.00 against £610.00 → £230.00 over.
    const inputs = [input('tutoring', 1, 20, '2025-11-24')];
    const [only] = decisionQuotes(inputs, [apiQuote(inputs[0], 0, 139_000)], ENTRIES);
    expect(only?.quote).toMatchObject({ blockUnits: 0, spotUnits: 20, costPence: 84_000, budgetRemainingAfter: -23_000, overBudgetByPence: 23_000, needsBudgetOverride: true });
    expect(only && quoteLines(only)).toEqual([
      { text: 'The block contract has no hours left for 2025-26', needs: false },
      { text: 'Spot purchase: 20 hours beyond the block (£840.00): confirm below', needs: true },
      { text: 'Cost of this intervention: £840.00', needs: false },
      { text: 'Budget 2025-26: this takes the panel £230.00 over its budget of £2,000.00: record why below', needs: true },
    ]);
  });

  it('keeps each financial year’s block and budget apart', () => {
    // The second starts on 6 April 2026, in 2026-27, where no budget is set yet.
    const inputs = [input('counselling', 1, 6), input('counselling', 1, 6, '2026-04-06')];
    const [, second] = decisionQuotes(inputs, [apiQuote(inputs[0], 10, 0), apiQuote(inputs[1], 10, 0, '2026-27', null)], ENTRIES);
    expect(second?.quote).toMatchObject({ blockRemainingBefore: 10, blockUnits: 6, costPence: 27_000, budgetRemainingBefore: null, budgetRemainingAfter: null });
    expect(second && quoteLines(second).at(-1)).toEqual({ text: 'The panel has no budget for 2026-27: set it on the Sittings page before allocating', needs: true });
    expect(decisionTotal(decisionQuotes(inputs, [apiQuote(inputs[0], 10, 0), apiQuote(inputs[1], 10, 0, '2026-27', null)], ENTRIES)).remaining).toEqual([
      { financialYear: '2025-26', remainingPence: 173_000 },
      { financialYear: '2026-27', remainingPence: null },
    ]);
  });

  it('shows nothing for a row whose quote is missing or answers another intervention, and counts nothing for it', () => {
    const inputs = [input('counselling', 1, 6), input('counselling', 1, 6)];
    const quotes = decisionQuotes(inputs, [apiQuote(input('tutoring', 1, 6), 20, 0), apiQuote(inputs[1], 10, 0)], ENTRIES);
    expect(quotes[0]).toBeNull();
    expect(quotes[1]?.quote).toMatchObject({ blockRemainingBefore: 10, blockUnits: 6, budgetRemainingAfter: 173_000 });
    expect(decisionQuotes([null], [null], ENTRIES)).toEqual([null]);
  });
});

describe('a row’s quote in words', () => {
  it('says what comes from the block, what is spot purchased, the cost and the budget left', () => {
    const inputs = [input('counselling', 1, 6), input('tutoring', 2, 15)];
    const [first, second] = decisionQuotes(inputs, [apiQuote(inputs[0], 10, 0), apiQuote(inputs[1], 20, 0)], ENTRIES);
    expect(first && quoteLines(first)).toEqual([
      { text: 'From the block contract: 6 hours (£270.00), leaving 4 hours for 2025-26', needs: false },
      { text: 'Cost of this intervention: £270.00', needs: false },
      { text: 'Budget 2025-26: £1,730.00 of £2,000.00 would remain', needs: false },
    ]);
    expect(second && quoteLines(second)).toEqual([
      { text: 'From the block contract: 20 hours (£700.00), leaving 0 hours for 2025-26', needs: false },
      { text: 'Spot purchase: 10 hours beyond the block (£420.00): confirm below', needs: true },
      { text: 'Cost of this intervention: £1,120.00', needs: false },
      { text: 'Budget 2025-26: £610.00 of £2,000.00 would remain', needs: false },
    ]);
    expect(second && confirmSpotLabel(second)).toBe('Confirm the spot purchase of 10 hours at the spot price (£420.00)');
  });

  it('says when the provider sells nothing beyond the block', () => {
    // 6 place-weeks left; 1 place × 12 weeks = 12 place-weeks: 6 from the block (6 × £250.00 = £1,500.00), 6 that cannot be bought.
    const inputs = [input('nurture', 1, 12)];
    const [only] = decisionQuotes(inputs, [apiQuote(inputs[0], 6, 0, '2025-26', 1_000_000)], ENTRIES);
    expect(only && quoteLines(only).slice(0, 2)).toEqual([
      { text: 'From the block contract: 6 place-weeks (£1,500.00), leaving 0 place-weeks for 2025-26', needs: false },
      { text: '6 place-weeks more than the block has left, and this provider offers no spot purchase: allocate fewer, or choose another provider', needs: true },
    ]);
  });
});

describe('the interventions offered', () => {
  it('names the intervention, the provider and the prices, active entries only, by intervention', () => {
    expect(entryOptionText(counselling)).toBe('Specialist counselling: Kindred Counselling (£45.00 an hour, spot £60.00)');
    expect(entryOptionText(nurture)).toBe('Nurture on-site place: Edith Weston Nurture hub (£250.00 a place-week, no spot purchase)');
    const retired = entry('retired', 'Art therapy', 'Gone Ltd', 'hours', 5000, null, false);
    expect(entryOptions([tutoring, retired, counselling, nurture]).map((o) => o.value)).toEqual(['nurture', 'counselling', 'tutoring']);
  });
});
