import { Pence, isPence } from './money';

/**
 * The panel's toolkit of resources (domain.md, "The intervention panel"): each entry is an
 * intervention type from a provider, counted in hours or places, at a unit cost, with a number of
 * units block-contracted per financial year. Beyond the block the panel may spot purchase at the
 * spot price (where the provider offers it). A place is counted per week: one Nurture place for a
 * term of 12 weeks is 12 units.
 */
export const INTERVENTION_UNITS = ['hours', 'places'] as const;
export type InterventionUnit = (typeof INTERVENTION_UNITS)[number];

export interface CatalogueTerms {
  unit: InterventionUnit;
  /** Price of one block-contracted unit. */
  unitCostPence: Pence;
  /** Price of one unit bought beyond the block; null when the provider sells no spot units. */
  spotPricePence: Pence | null;
}

/** A line of the catalogue: an intervention type from a provider, on its terms, with its block contract per financial year. */
export interface CatalogueEntry extends CatalogueTerms {
  /** The intervention type, e.g. `specialist-counselling`. */
  type: string;
  provider: string;
  /** Units block-contracted per financial year (0: spot purchase only). */
  blockUnitsPerYear: number;
}

/** Units block-contracted for one financial year (0: spot purchase only). */
export interface BlockCapacity {
  blockUnits: number;
  /** Block units already allocated in that year. */
  blockUsed: number;
}

/** "1 hour", "12 hours", "1 place-week", "3 place-weeks". */
export function unitWords(unit: InterventionUnit, count: number): string {
  if (unit === 'hours') return count === 1 ? '1 hour' : `${count} hours`;
  return count === 1 ? '1 place-week' : `${count} place-weeks`;
}

/** What is wrong with an entry's prices, field by field (empty when nothing). */
export function catalogueTermsProblems(t: { unitCostPence: unknown; spotPricePence: unknown }): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!isPence(t.unitCostPence) || t.unitCostPence === 0) problems.push({ field: 'unitCostPence', message: 'unitCostPence must be a whole number of pence above 0 (£11.26 is 1126)' });
  if (t.spotPricePence !== null && (!isPence(t.spotPricePence) || t.spotPricePence === 0)) {
    problems.push({ field: 'spotPricePence', message: 'spotPricePence must be a whole number of pence above 0, or null when no spot purchase is offered' });
  }
  return problems;
}

/** What is wrong with a block capacity (empty when nothing). */
export function blockUnitsProblem(blockUnits: unknown): string | null {
  return Number.isSafeInteger(blockUnits) && (blockUnits as number) >= 0 ? null : 'blockUnits must be a whole number of units, 0 or more';
}
