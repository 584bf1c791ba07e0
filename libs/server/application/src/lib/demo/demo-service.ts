import type { CalendarDate } from '@camhs/domain';
import { DayNumber, calendarDate, dayNumber } from './day-numbers';
import { DemoChildren } from './demo-children';
import { DemoEpisode, generateEpisode } from './demo-episode';
import type { DemoScale } from './demo-profile';
import { SeededRandom } from './seeded-random';

export interface DemoOptions {
  /** Same seed and as-of date, same service, byte for byte. */
  seed: number;
  /** The day the records are written down: nothing after it has happened (bar booked appointments). */
  asOf: CalendarDate;
  scale: DemoScale;
}

/** Referrals arrive on school days mostly, fewer in August and December, and demand grows across the years. */
const WEEKDAY_FACTOR = [1.3, 1.3, 1.3, 1.3, 1.3, 0.25, 0.25]; // Monday first; averages 1
const MONTH_FACTOR = [1.05, 1.05, 1.1, 0.9, 1.05, 1.05, 0.95, 0.65, 1.05, 1.15, 1.15, 0.85]; // January first; averages 1

function meanReferralsOn(scale: DemoScale, day: DayNumber, progress: number): number {
  const weekday = (((day + 3) % 7) + 7) % 7; // day 0, 1 January 1970, was a Thursday
  const month = Number(calendarDate(day).slice(5, 7)) - 1;
  return ((scale.referralsPerMonth * 12) / 365) * WEEKDAY_FACTOR[weekday] * MONTH_FACTOR[month] * (0.9 + 0.2 * progress);
}

/**
 * The demonstration service, one referral at a time in order of receipt, over `historyDays` up to
 * the as-of date. Pure and lazy: nothing is held but the pool of children who may be referred again,
 * so a caller can stream any scale. Each referral draws from its own random stream (seed, number),
 * so the stream depends only on the seed, the as-of date and the scale.
 */
export function* generateDemoService(options: DemoOptions): Generator<DemoEpisode> {
  const { seed, asOf, scale } = options;
  const arrivals = new SeededRandom(seed, 0);
  const children = new DemoChildren(seed);
  const areas = scale.areas.map((a) => [a, a.weight] as const);
  // An area is served by its provider's teams (by every team when the scale has no providers).
  const teamsOf = new Map(scale.areas.map((a) => [a, scale.teams.filter((t) => a.provider === undefined || t.provider === a.provider).map((t) => [t, t.weight] as const)]));
  const last = dayNumber(asOf);
  let referralNo = 0;
  for (let d = 0; d < scale.historyDays; d++) {
    const day = last - scale.historyDays + 1 + d;
    const arriving = arrivals.poisson(meanReferralsOn(scale, day, d / scale.historyDays));
    for (let i = 0; i < arriving; i++) {
      referralNo++;
      const rng = new SeededRandom(seed, 1, referralNo);
      const child = children.childFor(rng, day);
      const area = rng.weighted(areas);
      const episode = generateEpisode({
        referralId: `DEMO-R${String(referralNo).padStart(7, '0')}`,
        child,
        receivedOn: day,
        area: area.name,
        team: rng.weighted(teamsOf.get(area) ?? []),
        asOf: last,
        rng,
        waits: scale.waits,
      });
      if (episode.closedOn) children.episodeClosed(child, dayNumber(episode.closedOn));
      yield episode;
    }
  }
}
