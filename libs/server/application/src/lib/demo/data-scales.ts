import { DEMO_AREAS, DEMO_TEAMS, DemoArea, DemoScale, DemoTeam, LISTS_PER_CHILD, WaitShape } from './demo-profile';

/**
 * The scales of `npm run data:generate` (issue 7), for benchmarks: the demonstration service's
 * generator (same pathway, urgency mix, lists, RAG mix, appointment history), busier and wider.
 *
 * - trust: one provider like the source's (its three areas, its four teams), about 20,000 referrals a
 *   year and about 6,000 children waiting for treatment; the teams are the configured ones, so the
 *   extract imports through `npm run import:ptl` exactly as a real one would.
 * - region: ten such providers (30 areas, 40 teams): about 60,000 children waiting.
 * - national: fifty providers with a national backlog (waits half as long again, more children on
 *   two or three lists): about 2 million referrals over two years, 500,000 children waiting, a
 *   million open waits.
 *
 * Providers beyond the source's are made up: provider NN has areas `Area NN-1..3` (weighted as the
 * source's three) and teams `pNN-<team>` with the source's team mix and lists; a referral from one of
 * its areas goes to one of its teams.
 */

/** Referrals a month for one provider: ~20,000 a year, ~6,000 children waiting after two years. */
const TRUST_REFERRALS_PER_MONTH = 1650;

/** The provider number as two digits. */
const nn = (p: number) => String(p).padStart(2, '0');

/** Provider `p`'s areas: the source's weights under made-up names, served by its teams only. */
export function providerAreas(p: number): DemoArea[] {
  return DEMO_AREAS.map((a, i) => ({ name: `Area ${nn(p)}-${i + 1}`, weight: a.weight, provider: p }));
}

/** Provider `p`'s teams: the source's four, coded `pNN-<code>`. */
export function providerTeams(p: number): DemoTeam[] {
  return DEMO_TEAMS.map((t) => ({ ...t, code: `p${nn(p)}-${t.code}`, provider: p }));
}

function providers(count: number): { areas: DemoArea[]; teams: DemoTeam[] } {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  return { areas: numbers.flatMap(providerAreas), teams: numbers.flatMap(providerTeams) };
}

/**
 * A national backlog: waits half as long again as the source's, and most accepted children on two
 * or three lists (an autism assessment beside therapy), so open waits are about twice the children.
 */
export const NATIONAL_WAITS: WaitShape = {
  factor: 0.6,
  addedDays: 120,
  listsPerChild: [[1, 5], [2, 35], [3, 60]],
};

/** A provider's waits: a little shorter than the demonstration service's, which is drawn to show long waiters. */
export const TRUST_WAITS: WaitShape = { factor: 0.85, addedDays: 0, listsPerChild: LISTS_PER_CHILD };

const REGION = providers(10);
const NATIONAL = providers(50);

export const DATA_SCALES = {
  trust: { name: 'trust', referralsPerMonth: TRUST_REFERRALS_PER_MONTH, historyDays: 730, areas: DEMO_AREAS, teams: DEMO_TEAMS, waits: TRUST_WAITS },
  region: { name: 'region', referralsPerMonth: TRUST_REFERRALS_PER_MONTH * 10, historyDays: 730, areas: REGION.areas, teams: REGION.teams, waits: TRUST_WAITS },
  national: { name: 'national', referralsPerMonth: 83_000, historyDays: 730, areas: NATIONAL.areas, teams: NATIONAL.teams, waits: NATIONAL_WAITS },
} as const satisfies Record<string, DemoScale>;

export type DataScaleName = keyof typeof DATA_SCALES;

export function isDataScaleName(value: string): value is DataScaleName {
  return Object.prototype.hasOwnProperty.call(DATA_SCALES, value);
}

/** The same scale receiving about `referrals` referrals over its history instead (e.g. a 100,000-referral extract). */
export function withReferrals(scale: DemoScale, referrals: number): DemoScale {
  // Referrals a month × 12 ÷ 365 a day on average (the weekday and month factors average 1), over historyDays.
  return { ...scale, referralsPerMonth: (referrals * 365) / (12 * scale.historyDays) };
}
