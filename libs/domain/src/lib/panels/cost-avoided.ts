import { Pence, formatPounds, sumPence, timesPence } from './money';

/**
 * The estimated cost avoided, by the method of the SEND Recovery Plan report's Appendix A: a child
 * at high risk of escalating to an EHC plan would, with a plan, need a number of teaching-assistant
 * hours a week; those hours × the hourly cost × the school weeks of a year is the plan's annual cost,
 * less the first £6,000 that schools already fund from their own budgets. The figures are
 * configuration; the source's are below.
 */
export interface CostAvoidanceSettings {
  /** What schools are paid for an hour of TA support (source: £11.26). */
  hourlyCostPence: Pence;
  /** School weeks in a year (source: 38). */
  weeksPerYear: number;
  /** The first part of a child's support cost that schools fund already (source: £6,000). */
  schoolsFundFirstPence: Pence;
}

export const SOURCE_COST_AVOIDANCE_SETTINGS: CostAvoidanceSettings = { hourlyCostPence: 1126, weeksPerYear: 38, schoolsFundFirstPence: 600_000 };

/** The support levels the source predicts for a child with a plan: full-time (32.5 h) and 25 hours a week. */
export const SOURCE_SUPPORT_HOURS = [32.5, 25] as const;

/** Hours a week are held in hundredths so the arithmetic stays in whole numbers (32.5 h → 3250). */
function hundredthsOfHours(hoursPerWeek: number): number {
  const h = Math.round(hoursPerWeek * 100);
  if (!(hoursPerWeek > 0) || hoursPerWeek > 60 || Math.abs(h - hoursPerWeek * 100) > 1e-6) {
    throw new RangeError(`hours a week must be above 0, at most 60, with at most two decimal places (got ${hoursPerWeek})`);
  }
  return h;
}

/** Problems with the settings (empty when none). */
export function costAvoidanceSettingsProblems(s: CostAvoidanceSettings): { field: keyof CostAvoidanceSettings; message: string }[] {
  const problems: { field: keyof CostAvoidanceSettings; message: string }[] = [];
  if (!Number.isSafeInteger(s.hourlyCostPence) || s.hourlyCostPence <= 0) problems.push({ field: 'hourlyCostPence', message: 'hourlyCostPence must be a whole number of pence above 0 (£11.26 is 1126)' });
  if (!Number.isInteger(s.weeksPerYear) || s.weeksPerYear < 1 || s.weeksPerYear > 52) problems.push({ field: 'weeksPerYear', message: 'weeksPerYear must be a whole number from 1 to 52' });
  if (!Number.isSafeInteger(s.schoolsFundFirstPence) || s.schoolsFundFirstPence < 0) problems.push({ field: 'schoolsFundFirstPence', message: 'schoolsFundFirstPence must be a whole number of pence, 0 or more' });
  return problems;
}

/** Is `hoursPerWeek` a level of support the method can use (above 0, at most 60, two decimals at most)? */
export function supportHoursProblem(hoursPerWeek: number): string | null {
  try {
    hundredthsOfHours(hoursPerWeek);
    return null;
  } catch (e) {
    return (e as RangeError).message;
  }
}

/**
 * One child's cost avoided: hours × hourly cost × weeks, less what schools fund first, never below
 * nothing. Exact in pence when the hours have at most one decimal place or the cost is even;
 * otherwise rounded to the nearest penny (halves up), once per child.
 */
export function costAvoidedPerChild(hoursPerWeek: number, s: CostAvoidanceSettings): Pence {
  const annualHundredths = timesPence(hundredthsOfHours(hoursPerWeek), timesPence(s.weeksPerYear, s.hourlyCostPence));
  const annual = Math.floor((annualHundredths + 50) / 100);
  return Math.max(0, annual - s.schoolsFundFirstPence);
}

export interface CostAvoidedGroup {
  hoursPerWeek: number;
  children: number;
  perChildPence: Pence;
  totalPence: Pence;
}

export interface CostAvoided {
  groups: CostAvoidedGroup[];
  children: number;
  totalPence: Pence;
}

/** The estimate for children grouped by predicted hours a week (one group per level, highest first). */
export function estimateCostAvoided(children: readonly { hoursPerWeek: number }[], s: CostAvoidanceSettings): CostAvoided {
  const byHours = new Map<number, number>();
  for (const c of children) byHours.set(hundredthsOfHours(c.hoursPerWeek), (byHours.get(hundredthsOfHours(c.hoursPerWeek)) ?? 0) + 1);
  const groups = [...byHours.entries()]
    .sort(([a], [b]) => b - a)
    .map(([hundredths, count]) => {
      const perChildPence = costAvoidedPerChild(hundredths / 100, s);
      return { hoursPerWeek: hundredths / 100, children: count, perChildPence, totalPence: timesPence(count, perChildPence) };
    });
  return { groups, children: children.length, totalPence: sumPence(groups.map((g) => g.totalPence)), };
}

/** The method in words, with the figures in force, for the report's notes. */
export function costAvoidanceMethod(s: CostAvoidanceSettings): string {
  return (
    `For each child at high risk at the start with a predicted level of support: hours a week × ${formatPounds(s.hourlyCostPence)} an hour × ` +
    `${s.weeksPerYear} school weeks, less the first ${formatPounds(s.schoolsFundFirstPence)} that schools already fund (never below £0.00), ` +
    'summed over the children (Appendix A of the SEND Recovery Plan report).'
  );
}
