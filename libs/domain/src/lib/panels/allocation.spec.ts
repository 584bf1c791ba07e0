import fc from 'fast-check';
import { AllocationQuote, allocationSizeProblems, checkAllocation, quoteAllocation } from './allocation';
import { CatalogueTerms } from './catalogue';

// Specialist counselling: £45.00 an hour on the block contract, £60.00 an hour spot.
const counselling: CatalogueTerms = { unit: 'hours', unitCostPence: 4500, spotPricePence: 6000 };
const noSpot: CatalogueTerms = { unit: 'places', unitCostPence: 25_000, spotPricePence: null };
const agreed = { confirmSpot: false, budgetOverrideReason: null };
const FY = '2026-27';

describe('quoteAllocation: block first, then spot', () => {
  it('takes the whole allocation from the block while it lasts', () => {
    // 1 h/week × 10 weeks = 10 h; 40 contracted, 25 used → 15 left, all 10 from the block: 10 × £45 = £450.
    const q = quoteAllocation(counselling, { blockUnits: 40, blockUsed: 25 }, { budgetPence: 1_000_000, committedPence: 200_000 }, 1, 10);
    expect(q).toEqual<AllocationQuote>({
      units: 10,
      blockUnits: 10,
      spotUnits: 0,
      blockCostPence: 45_000,
      spotCostPence: 0,
      costPence: 45_000,
      blockRemainingBefore: 15,
      blockRemainingAfter: 5,
      budgetRemainingBefore: 800_000, // £10,000 − £2,000
      budgetRemainingAfter: 755_000,
      overBudgetByPence: 0,
      needsSpotConfirmation: false,
      needsBudgetOverride: false,
      spotUnavailable: false,
    });
    expect(checkAllocation(q, 'hours', agreed, FY)).toEqual({ ok: true, quote: q });
  });

  it('buys beyond the block at the spot price, and asks for a confirmation', () => {
    // 2 h/week × 6 weeks = 12 h; 4 block hours left: 4 × £45 = £180 block, 8 × £60 = £480 spot, £660 in all.
    const q = quoteAllocation(counselling, { blockUnits: 40, blockUsed: 36 }, { budgetPence: 1_000_000, committedPence: 0 }, 2, 6);
    expect([q.blockUnits, q.spotUnits, q.blockCostPence, q.spotCostPence, q.costPence, q.blockRemainingAfter]).toEqual([4, 8, 18_000, 48_000, 66_000, 0]);
    expect(q.needsSpotConfirmation).toBe(true);
    expect(checkAllocation(q, 'hours', agreed, FY)).toEqual({
      ok: false,
      field: 'confirmSpot',
      reason: '8 hours beyond the block contract would be spot purchased (£480.00); send confirmSpot: true to confirm',
    });
    expect(checkAllocation(q, 'hours', { ...agreed, confirmSpot: true }, FY).ok).toBe(true);
  });

  it('treats an over-used block as empty (never negative)', () => {
    const q = quoteAllocation(counselling, { blockUnits: 10, blockUsed: 12 }, { budgetPence: 1_000_000, committedPence: 0 }, 1, 3);
    expect([q.blockRemainingBefore, q.blockUnits, q.spotUnits, q.costPence]).toEqual([0, 0, 3, 18_000]);
  });

  it('refuses spot units a provider does not sell', () => {
    // A Nurture place: 6 place-weeks left, 1 place × 12 weeks asked.
    const q = quoteAllocation(noSpot, { blockUnits: 228, blockUsed: 222 }, { budgetPence: 10_000_000, committedPence: 0 }, 1, 12);
    expect([q.blockUnits, q.spotUnits, q.spotUnavailable]).toEqual([6, 6, true]);
    expect(checkAllocation(q, 'places', { confirmSpot: true, budgetOverrideReason: null }, FY)).toEqual({
      ok: false,
      field: 'confirmSpot',
      reason: 'only 6 place-weeks of block capacity remain for 2026-27 and this provider offers no spot purchase',
    });
  });
});

describe('the panel’s budget for the year', () => {
  it('cannot be exceeded without a recorded override', () => {
    // £1,000 budget, £800 committed: 6 block hours at £45 = £270 goes £70 over.
    const q = quoteAllocation(counselling, { blockUnits: 100, blockUsed: 0 }, { budgetPence: 100_000, committedPence: 80_000 }, 1, 6);
    expect([q.costPence, q.budgetRemainingBefore, q.budgetRemainingAfter, q.overBudgetByPence, q.needsBudgetOverride]).toEqual([27_000, 20_000, -7_000, 7_000, true]);
    expect(checkAllocation(q, 'hours', agreed, FY)).toEqual({
      ok: false,
      field: 'budgetOverrideReason',
      reason: 'this allocation (£270.00) would take the panel £70.00 over its 2026-27 budget; record why in budgetOverrideReason to go ahead',
    });
    expect(checkAllocation(q, 'hours', { confirmSpot: false, budgetOverrideReason: '   ' }, FY).ok).toBe(false);
    expect(checkAllocation(q, 'hours', { confirmSpot: false, budgetOverrideReason: 'Risk of exclusion this term; head of service agreed' }, FY).ok).toBe(true);
  });

  it('spending exactly to the budget needs no override; an already overspent budget counts only this allocation’s share', () => {
    const exact = quoteAllocation(counselling, { blockUnits: 100, blockUsed: 0 }, { budgetPence: 100_000, committedPence: 73_000 }, 1, 6);
    expect([exact.budgetRemainingAfter, exact.needsBudgetOverride]).toEqual([0, false]);
    const over = quoteAllocation(counselling, { blockUnits: 100, blockUsed: 0 }, { budgetPence: 100_000, committedPence: 150_000 }, 1, 2);
    expect([over.budgetRemainingBefore, over.overBudgetByPence]).toEqual([-50_000, 9_000]);
  });

  it('refuses to allocate when no budget is set for the year', () => {
    const q = quoteAllocation(counselling, { blockUnits: 100, blockUsed: 0 }, { budgetPence: null, committedPence: 0 }, 1, 1);
    expect([q.budgetRemainingBefore, q.budgetRemainingAfter, q.overBudgetByPence]).toEqual([null, null, 0]);
    expect(checkAllocation(q, 'hours', agreed, FY)).toEqual({ ok: false, field: 'startOn', reason: 'the panel has no budget for 2026-27: set it before allocating' });
  });

  it('checks the size asked for', () => {
    expect(allocationSizeProblems(1, 1)).toEqual([]);
    expect(allocationSizeProblems(0, 53).map((p) => p.field)).toEqual(['unitsPerWeek', 'weeks']);
    expect(allocationSizeProblems(1.5, 10).map((p) => p.field)).toEqual(['unitsPerWeek']);
    expect(() => quoteAllocation(counselling, { blockUnits: 1, blockUsed: 0 }, { budgetPence: 1, committedPence: 0 }, 41, 1)).toThrow(/unitsPerWeek/);
  });
});

describe('capacity and budget arithmetic (property-based)', () => {
  const terms = fc.record({
    unit: fc.constantFrom<'hours' | 'places'>('hours', 'places'),
    unitCostPence: fc.integer({ min: 1, max: 500_000 }),
    spotPricePence: fc.option(fc.integer({ min: 1, max: 500_000 }), { nil: null }),
  });
  const capacity = fc.record({ blockUnits: fc.integer({ min: 0, max: 5000 }), blockUsed: fc.integer({ min: 0, max: 6000 }) });
  const budget = fc.record({ budgetPence: fc.option(fc.integer({ min: 0, max: 1e10 }), { nil: null }), committedPence: fc.integer({ min: 0, max: 1e10 }) });
  const size = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 52 }));
  const consent = fc.record({ confirmSpot: fc.boolean(), budgetOverrideReason: fc.option(fc.constantFrom('agreed by head of service', ' '), { nil: null }) });

  it('splits every allocation into block + spot = units, none negative, block first', () => {
    fc.assert(
      fc.property(terms, capacity, budget, size, (t, c, b, [perWeek, weeks]) => {
        const q = quoteAllocation(t, c, b, perWeek, weeks);
        expect(q.blockUnits + q.spotUnits).toBe(perWeek * weeks);
        expect(Math.min(q.blockUnits, q.spotUnits, q.blockRemainingAfter, q.costPence, q.overBudgetByPence)).toBeGreaterThanOrEqual(0);
        // Spot only once the block is used up.
        if (q.spotUnits > 0) expect(q.blockRemainingAfter).toBe(0);
        expect(q.blockUnits).toBe(Math.min(perWeek * weeks, Math.max(0, c.blockUnits - c.blockUsed)));
        expect(q.costPence).toBe(q.blockUnits * t.unitCostPence + q.spotUnits * (t.spotPricePence ?? 0));
        expect(Number.isSafeInteger(q.costPence)).toBe(true);
      }),
    );
  });

  it('never lets an allocation exceed the budget without an override reason, nor buy spot without a confirmation', () => {
    fc.assert(
      fc.property(terms, capacity, budget, size, consent, (t, c, b, [perWeek, weeks], k) => {
        const q = quoteAllocation(t, c, b, perWeek, weeks);
        const check = checkAllocation(q, t.unit, k, '2026-27');
        if (!check.ok) return;
        expect(b.budgetPence).not.toBeNull();
        // Even when earlier overrides have overspent the year already, nothing more goes through without a reason.
        if (!k.budgetOverrideReason?.trim()) expect(b.committedPence + q.costPence).toBeLessThanOrEqual(b.budgetPence as number);
        if (q.spotUnits > 0) expect([k.confirmSpot, t.spotPricePence !== null]).toEqual([true, true]);
      }),
    );
  });
});
