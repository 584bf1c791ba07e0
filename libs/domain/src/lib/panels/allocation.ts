import { BlockCapacity, CatalogueTerms, unitWords } from './catalogue';
import { Pence, formatPounds, timesPence } from './money';

/** The most a single allocation may ask for: a full-time timetable for a school year. */
export const MAX_UNITS_PER_WEEK = 40;
export const MAX_WEEKS = 52;

/** The panel's budget for the financial year the allocation falls in, and what is committed against it. */
export interface BudgetPosition {
  /** null: no budget set for that year. */
  budgetPence: Pence | null;
  committedPence: Pence;
}

/**
 * What an allocation would take, before anyone confirms it: capacity is consumed block first, then
 * spot; block units cost the unit cost, spot units the spot price. The quote also says whether the
 * allocation needs a spot-purchase confirmation and whether it would take the panel over budget.
 */
export interface AllocationQuote {
  units: number;
  blockUnits: number;
  spotUnits: number;
  blockCostPence: Pence;
  spotCostPence: Pence;
  costPence: Pence;
  blockRemainingBefore: number;
  blockRemainingAfter: number;
  /** null when no budget is set. */
  budgetRemainingBefore: Pence | null;
  budgetRemainingAfter: Pence | null;
  /** How far the allocation would take the panel over its budget (0 when within it). */
  overBudgetByPence: Pence;
  needsSpotConfirmation: boolean;
  needsBudgetOverride: boolean;
  /** Spot units are wanted but the provider sells none beyond the block. */
  spotUnavailable: boolean;
}

/** Problems with the amount asked for: whole units per week and weeks, within the limits. */
export function allocationSizeProblems(unitsPerWeek: unknown, weeks: unknown): { field: 'unitsPerWeek' | 'weeks'; message: string }[] {
  const problems: { field: 'unitsPerWeek' | 'weeks'; message: string }[] = [];
  if (!Number.isInteger(unitsPerWeek) || (unitsPerWeek as number) < 1 || (unitsPerWeek as number) > MAX_UNITS_PER_WEEK) {
    problems.push({ field: 'unitsPerWeek', message: `unitsPerWeek must be a whole number from 1 to ${MAX_UNITS_PER_WEEK}` });
  }
  if (!Number.isInteger(weeks) || (weeks as number) < 1 || (weeks as number) > MAX_WEEKS) {
    problems.push({ field: 'weeks', message: `weeks must be a whole number from 1 to ${MAX_WEEKS}` });
  }
  return problems;
}

/** Quote `unitsPerWeek × weeks` units against the entry's block capacity and the panel's budget. */
export function quoteAllocation(terms: CatalogueTerms, capacity: BlockCapacity, budget: BudgetPosition, unitsPerWeek: number, weeks: number): AllocationQuote {
  const sizeProblems = allocationSizeProblems(unitsPerWeek, weeks);
  if (sizeProblems.length) throw new RangeError(sizeProblems.map((p) => p.message).join('; '));
  const units = unitsPerWeek * weeks;
  const blockRemainingBefore = Math.max(0, capacity.blockUnits - capacity.blockUsed);
  const blockUnits = Math.min(units, blockRemainingBefore);
  const spotUnits = units - blockUnits;
  const blockCostPence = timesPence(blockUnits, terms.unitCostPence);
  const spotCostPence = spotUnits === 0 ? 0 : timesPence(spotUnits, terms.spotPricePence ?? 0);
  const costPence = blockCostPence + spotCostPence;
  const budgetRemainingBefore = budget.budgetPence === null ? null : budget.budgetPence - budget.committedPence;
  const budgetRemainingAfter = budgetRemainingBefore === null ? null : budgetRemainingBefore - costPence;
  const overBudgetByPence = budgetRemainingAfter === null ? 0 : Math.max(0, Math.min(costPence, -budgetRemainingAfter));
  return {
    units,
    blockUnits,
    spotUnits,
    blockCostPence,
    spotCostPence,
    costPence,
    blockRemainingBefore,
    blockRemainingAfter: blockRemainingBefore - blockUnits,
    budgetRemainingBefore,
    budgetRemainingAfter,
    overBudgetByPence,
    needsSpotConfirmation: spotUnits > 0,
    needsBudgetOverride: overBudgetByPence > 0,
    spotUnavailable: spotUnits > 0 && terms.spotPricePence === null,
  };
}

/** What the coordinator sends with an allocation: the spot confirmation and, when over budget, why. */
export interface AllocationConsent {
  confirmSpot: boolean;
  budgetOverrideReason: string | null;
}

export type AllocationCheck = { ok: true; quote: AllocationQuote } | { ok: false; field: 'confirmSpot' | 'budgetOverrideReason' | 'startOn'; reason: string };

/**
 * May the allocation be recorded as quoted? Spot units need `confirmSpot` (and a provider that sells
 * them); an allocation that takes the panel over its budget needs a recorded reason; with no budget
 * set for the year nothing can be allocated. Refusals say what to do.
 */
export function checkAllocation(quote: AllocationQuote, unit: CatalogueTerms['unit'], consent: AllocationConsent, financialYear: string): AllocationCheck {
  if (quote.budgetRemainingBefore === null) {
    return { ok: false, field: 'startOn', reason: `the panel has no budget for ${financialYear}: set it before allocating` };
  }
  if (quote.spotUnavailable) {
    return {
      ok: false,
      field: 'confirmSpot',
      reason: `only ${unitWords(unit, quote.blockRemainingBefore)} of block capacity remain for ${financialYear} and this provider offers no spot purchase`,
    };
  }
  if (quote.needsSpotConfirmation && !consent.confirmSpot) {
    return {
      ok: false,
      field: 'confirmSpot',
      reason: `${unitWords(unit, quote.spotUnits)} beyond the block contract would be spot purchased (${formatPounds(quote.spotCostPence)}); send confirmSpot: true to confirm`,
    };
  }
  if (quote.needsBudgetOverride && !consent.budgetOverrideReason?.trim()) {
    return {
      ok: false,
      field: 'budgetOverrideReason',
      reason: `this allocation (${formatPounds(quote.costPence)}) would take the panel ${formatPounds(quote.overBudgetByPence)} over its ${financialYear} budget; record why in budgetOverrideReason to go ahead`,
    };
  }
  return { ok: true, quote };
}
