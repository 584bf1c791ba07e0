import type { AllocationQuoteRequest, AllocationQuoteView } from '@camhs/contracts';
import { AllocationQuote, InterventionUnit, allocationSizeProblems, financialYearOf, formatPounds, quoteAllocation, unitWords } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Sql } from '../audit/audit-log';
import { ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { coordinatedPanel, exact } from './panel-frame';

export interface EntryTerms {
  id: string;
  unit: InterventionUnit;
  unitCostPence: number;
  spotPricePence: number | null;
  blockUnitsPerYear: number;
  active: boolean;
}

export async function entryTerms(sql: Sql, entryId: string, lock = false): Promise<EntryTerms | null> {
  const [row] = await sql.query(
    `SELECT id, unit, unit_cost_pence AS "unitCostPence", spot_price_pence AS "spotPricePence", block_units_per_year AS "blockUnitsPerYear", active
       FROM panel_catalogue_entry WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [entryId],
  );
  return row ?? null;
}

/**
 * Quote an allocation against what PostgreSQL holds now: the entry's block units already allocated
 * in the financial year the allocation starts in (by every panel: the contract is the council's),
 * and the panel's budget for that year with what its allocations have committed. Inside a
 * decision the caller has locked the budget and the entries, so the quote is what will be recorded.
 */
export async function quoteFromRecords(sql: Sql, panelId: string, entry: EntryTerms, unitsPerWeek: number, weeks: number, startOn: string): Promise<{ financialYear: string; quote: AllocationQuote; budgetPence: number | null; committedPence: number }> {
  const financialYear = financialYearOf(startOn);
  const [used] = await sql.query(`SELECT coalesce(sum(block_units), 0)::int AS n FROM panel_allocation WHERE entry_id = $1 AND financial_year = $2`, [entry.id, financialYear]);
  const [budget] = await sql.query(`SELECT amount_pence::text AS amount FROM panel_budget WHERE panel_id = $1 AND financial_year = $2`, [panelId, financialYear]);
  const [committed] = await sql.query(`SELECT coalesce(sum(cost_pence), 0)::text AS total FROM panel_allocation WHERE panel_id = $1 AND financial_year = $2`, [panelId, financialYear]);
  const budgetPence = budget ? exact(budget.amount) : null;
  const committedPence = exact(committed.total);
  const quote = quoteAllocation(entry, { blockUnits: entry.blockUnitsPerYear, blockUsed: used.n }, { budgetPence, committedPence }, unitsPerWeek, weeks);
  return { financialYear, quote, budgetPence, committedPence };
}

/** The quote in words, for the decision form. */
export function quoteSummary(q: AllocationQuote, unit: InterventionUnit, financialYear: string): string {
  const parts: string[] = [];
  if (q.spotUnavailable) parts.push(`only ${unitWords(unit, q.blockRemainingBefore)} of block capacity remain for ${financialYear} and this provider offers no spot purchase`);
  else if (q.spotUnits > 0) {
    const block = q.blockUnits > 0 ? `${unitWords(unit, q.blockUnits)} from the block (${formatPounds(q.blockCostPence)}), ` : 'the block is used up: ';
    parts.push(`${block}${unitWords(unit, q.spotUnits)} beyond the block would be spot purchased (${formatPounds(q.spotCostPence)}) and needs confirming`);
  } else parts.push(`${q.units === 1 ? '' : 'all '}${unitWords(unit, q.units)} from the block (${formatPounds(q.costPence)}), leaving ${unitWords(unit, q.blockRemainingAfter)}`);
  if (q.budgetRemainingAfter === null) parts.push(`no budget is set for ${financialYear}`);
  else if (q.needsBudgetOverride) parts.push(`it takes the panel ${formatPounds(q.overBudgetByPence)} over its ${financialYear} budget and needs a recorded reason`);
  else parts.push(`${formatPounds(q.budgetRemainingAfter)} of the ${financialYear} budget would remain`);
  return `${parts.join('; ')}.`;
}

/** POST /api/panels/{id}/allocation-quote: what an allocation would take (writes nothing). */
@Injectable()
export class AllocationQuotes {
  constructor(private readonly db: DataSource) {}

  async quote(panelId: string, req: AllocationQuoteRequest, actor: Actor): Promise<AllocationQuoteView> {
    await coordinatedPanel(this.db, actor, panelId);
    const problems: { field: string; message: string }[] = allocationSizeProblems(req.unitsPerWeek, req.weeks);
    const entry = await entryTerms(this.db, req.entryId);
    if (!entry) problems.push({ field: 'entryId', message: 'no such catalogue entry' });
    if (problems.length || !entry) throw ValidationFailedError.of(problems);
    const { financialYear, quote, budgetPence, committedPence } = await quoteFromRecords(this.db, panelId, entry, req.unitsPerWeek, req.weeks, req.startOn);
    const { units, blockUnits, spotUnits, blockCostPence, spotCostPence, costPence, blockRemainingBefore, blockRemainingAfter } = quote;
    return {
      financialYear,
      entryId: entry.id,
      unit: entry.unit,
      units,
      blockUnits,
      spotUnits,
      blockCostPence,
      spotCostPence,
      costPence,
      blockRemainingBefore,
      blockRemainingAfter,
      budgetPence,
      committedPence,
      budgetRemainingBefore: quote.budgetRemainingBefore,
      budgetRemainingAfter: quote.budgetRemainingAfter,
      overBudgetByPence: quote.overBudgetByPence,
      needsSpotConfirmation: quote.needsSpotConfirmation,
      needsBudgetOverride: quote.needsBudgetOverride,
      spotUnavailable: quote.spotUnavailable,
      summary: quoteSummary(quote, entry.unit, financialYear),
    };
  }
}
