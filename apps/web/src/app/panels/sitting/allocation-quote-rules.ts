import { AllocationQuoteView, CatalogueEntryView } from '@camhs/contracts';
import { AllocationQuote, CalendarDate, InterventionUnit, MAX_UNITS_PER_WEEK, MAX_WEEKS, formatPounds, isCalendarDate, quoteAllocation, unitWords } from '@camhs/domain';
import { PER_UNIT } from '../panel-labels';

/**
 * What each intervention on a decision form would take, as the coordinator fills it in. The API's
 * quote (`POST /api/panels/{id}/allocation-quote`) says where the entry's block contract and the
 * panel's budget stand for the year the allocation starts in; the form then takes the earlier
 * rows of the same decision off both — as the API does when it records them in order — with the
 * domain's own `quoteAllocation`, so the figures shown are the ones that will be recorded.
 */

/** One intervention row as typed. */
export interface AllocationRowValue {
  entryId: string;
  unitsPerWeek: string;
  weeks: string;
  startOn: string;
}

/** A row complete enough to quote. */
export interface AllocationInput {
  entryId: string;
  unitsPerWeek: number;
  weeks: number;
  startOn: CalendarDate;
}

function wholeIn(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : null;
}

/** The row as numbers and a date, or null while anything is missing or not yet valid (nothing to quote). */
export function allocationInput(row: AllocationRowValue): AllocationInput | null {
  const unitsPerWeek = wholeIn(row.unitsPerWeek, 1, MAX_UNITS_PER_WEEK);
  const weeks = wholeIn(row.weeks, 1, MAX_WEEKS);
  if (!row.entryId || unitsPerWeek === null || weeks === null || !isCalendarDate(row.startOn)) return null;
  return { entryId: row.entryId, unitsPerWeek, weeks, startOn: row.startOn };
}

/** What a quote was asked for: a quote answers the row only while the row still asks the same. */
export function quoteKey(input: AllocationInput): string {
  return `${input.entryId}|${input.unitsPerWeek}|${input.weeks}|${input.startOn}`;
}

/** A row's quote once the decision's earlier rows are taken into account. */
export interface RowQuote {
  financialYear: string;
  unit: InterventionUnit;
  budgetPence: number | null;
  quote: AllocationQuote;
}

/**
 * Each row's quote, given the API's quote for it alone (null: not asked yet, or the row is not
 * complete). Earlier rows of the same entry and year use its block first; earlier rows of the same
 * year commit the budget first. A row without a quote adds nothing to the rows after it.
 */
export function decisionQuotes(
  inputs: readonly (AllocationInput | null)[],
  apiQuotes: readonly (AllocationQuoteView | null)[],
  entries: readonly Pick<CatalogueEntryView, 'id' | 'unit' | 'unitCostPence' | 'spotPricePence'>[],
): (RowQuote | null)[] {
  const quotes: (RowQuote | null)[] = [];
  inputs.forEach((input, i) => {
    const api = apiQuotes[i];
    const entry = entries.find((e) => e.id === input?.entryId);
    if (!input || !api || !entry || api.entryId !== input.entryId) {
      quotes.push(null);
      return;
    }
    let blockUsedBefore = 0;
    let committedBefore = 0;
    quotes.forEach((earlier, j) => {
      if (!earlier || earlier.financialYear !== api.financialYear) return;
      committedBefore += earlier.quote.costPence;
      if (inputs[j]?.entryId === input.entryId) blockUsedBefore += earlier.quote.blockUnits;
    });
    const quote = quoteAllocation(
      entry,
      { blockUnits: api.blockRemainingBefore, blockUsed: blockUsedBefore },
      { budgetPence: api.budgetPence, committedPence: api.committedPence + committedBefore },
      input.unitsPerWeek,
      input.weeks,
    );
    quotes.push({ financialYear: api.financialYear, unit: api.unit, budgetPence: api.budgetPence, quote });
  });
  return quotes;
}

/** A line of a row's quote; `needs` lines ask the coordinator for something before the decision can be recorded. */
export interface QuoteLine {
  text: string;
  needs: boolean;
}

/** The row's quote in words: block, spot, cost, and the budget left for the year. */
export function quoteLines(q: RowQuote): QuoteLine[] {
  const { quote, unit, financialYear } = q;
  const lines: QuoteLine[] = [];
  if (quote.blockUnits > 0) {
    lines.push({ text: `From the block contract: ${unitWords(unit, quote.blockUnits)} (${formatPounds(quote.blockCostPence)}), leaving ${unitWords(unit, quote.blockRemainingAfter)} for ${financialYear}`, needs: false });
  } else {
    lines.push({ text: `The block contract has no ${unit === 'hours' ? 'hours' : 'place-weeks'} left for ${financialYear}`, needs: false });
  }
  if (quote.spotUnavailable) {
    lines.push({ text: `${unitWords(unit, quote.spotUnits)} more than the block has left, and this provider offers no spot purchase: allocate fewer, or choose another provider`, needs: true });
  } else if (quote.spotUnits > 0) {
    lines.push({ text: `Spot purchase: ${unitWords(unit, quote.spotUnits)} beyond the block (${formatPounds(quote.spotCostPence)}): confirm below`, needs: true });
  }
  lines.push({ text: `Cost of this intervention: ${formatPounds(quote.costPence)}`, needs: false });
  if (quote.budgetRemainingAfter === null) {
    lines.push({ text: `The panel has no budget for ${financialYear}: set it on the Sittings page before allocating`, needs: true });
  } else if (quote.needsBudgetOverride) {
    lines.push({ text: `Budget ${financialYear}: this takes the panel ${formatPounds(quote.overBudgetByPence)} over its budget of ${formatPounds(q.budgetPence ?? 0)}: record why below`, needs: true });
  } else {
    lines.push({ text: `Budget ${financialYear}: ${formatPounds(quote.budgetRemainingAfter)} of ${formatPounds(q.budgetPence ?? 0)} would remain`, needs: false });
  }
  return lines;
}

/** The label of the spot purchase confirmation, naming what is bought. */
export function confirmSpotLabel(q: RowQuote): string {
  return `Confirm the spot purchase of ${unitWords(q.unit, q.quote.spotUnits)} at the spot price (${formatPounds(q.quote.spotCostPence)})`;
}

/** The whole decision: what it costs and, per financial year, what would remain of the budget. */
export function decisionTotal(quotes: readonly (RowQuote | null)[]): { costPence: number; remaining: { financialYear: string; remainingPence: number | null }[] } {
  const known = quotes.filter((q): q is RowQuote => q !== null);
  const byYear = new Map<string, number | null>();
  for (const q of known) byYear.set(q.financialYear, q.quote.budgetRemainingAfter); // the last row of a year has taken the earlier ones off
  return {
    costPence: known.reduce((sum, q) => sum + q.quote.costPence, 0),
    remaining: [...byYear].map(([financialYear, remainingPence]) => ({ financialYear, remainingPence })),
  };
}

/** "Specialist counselling: Futures in Mind (£45.00 an hour, spot £60.00)", for the intervention select. */
export function entryOptionText(e: Pick<CatalogueEntryView, 'type' | 'provider' | 'unit' | 'unitCostPence' | 'spotPricePence'>): string {
  const spot = e.spotPricePence === null ? 'no spot purchase' : `spot ${formatPounds(e.spotPricePence)}`;
  return `${e.type.name}: ${e.provider.name} (${formatPounds(e.unitCostPence)} ${PER_UNIT[e.unit]}, ${spot})`;
}

/** The entries on offer (active), by intervention then provider. */
export function entryOptions(entries: readonly CatalogueEntryView[]): { value: string; text: string }[] {
  return entries
    .filter((e) => e.active)
    .sort((a, b) => a.type.name.localeCompare(b.type.name) || a.provider.name.localeCompare(b.provider.name))
    .map((e) => ({ value: e.id, text: entryOptionText(e) }));
}
