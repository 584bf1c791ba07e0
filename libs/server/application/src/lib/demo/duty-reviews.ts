import { CalendarDate, RagRating, REVIEW_INTERVAL_DAYS } from '@camhs/domain';
import { DayNumber, calendarDate } from './day-numbers';
import type { EpisodeDiary, Outcome } from './episode-diary';
import type { SeededRandom } from './seeded-random';

/** The service's ratings: about 10% RED, 30% AMBER, 60% GREEN. */
export const RAG_MIX: readonly (readonly [RagRating, number])[] = [['RED', 10], ['AMBER', 30], ['GREEN', 60]];
const REVIEW_OUTCOMES: readonly (readonly [Outcome, number])[] = [['attended', 82], ['dna', 10], ['cancelled', 8]];
/** Accepted children still awaiting their first rating. */
const UNRATED_SHARE = 0.03;
/** Children whose reviews stop after a few (the service fell behind): their next review is overdue. */
const SLIPPED_SHARE = 0.12;
/**
 * Chance that a review changes the rating, per 91 days between reviews: the same per month whatever the
 * rating, and the new rating is drawn from RAG_MIX, so over time the ratings keep the service's mix.
 */
const RERATED_PER_QUARTER = 0.12;

/** RED children are reviewed at the interval their lead professional sets (7–31 days); the others at the rating's cadence. */
function interval(rng: SeededRandom, rag: RagRating): number {
  return rag === 'RED' ? rng.pick([7, 14, 14, 21, 28]) : REVIEW_INTERVAL_DAYS[rag];
}

/**
 * The rating given at assessment and the duty reviews while the child waits (domain.md, "The Duty
 * system"): each attended review schedules the next one interval later and may change the rating;
 * a missed one is rebooked within two weeks; the next review after the as-of date is often already
 * booked. Returns the current rating as the records show it on the as-of date.
 */
export function rateAndReview(
  rng: SeededRandom,
  diary: EpisodeDiary,
  assessedOn: DayNumber,
  waitingEndsOn: DayNumber,
): { rag: RagRating | null; ragSetOn: CalendarDate | null } {
  if (rng.chance(UNRATED_SHARE)) return { rag: null, ragSetOn: null };
  let rag = rng.weighted(RAG_MIX);
  let ragSetOn = assessedOn;
  let every = interval(rng, rag);
  const reviewsHeld = rng.chance(SLIPPED_SHARE) ? rng.int(0, 3) : Number.POSITIVE_INFINITY;
  let next = assessedOn + every + rng.int(-3, 7);
  for (let n = 0; next < waitingEndsOn && n < reviewsHeld; n++) {
    if (!diary.happened(next)) {
      if (rng.chance(0.6)) diary.appointment(next, 'duty-review', 'attended', null, 28);
      break;
    }
    const outcome = rng.weighted(REVIEW_OUTCOMES);
    diary.appointment(next, 'duty-review', outcome);
    if (outcome !== 'attended') {
      next += rng.int(7, 14);
      continue;
    }
    if (rng.chance((RERATED_PER_QUARTER * every) / REVIEW_INTERVAL_DAYS.AMBER)) {
      rag = rng.weighted(RAG_MIX);
      ragSetOn = next;
      every = interval(rng, rag);
    }
    next += every + rng.int(-3, 7);
  }
  return { rag, ragSetOn: calendarDate(ragSetOn) };
}
