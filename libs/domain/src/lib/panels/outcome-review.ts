import { LocalDate } from '@js-joda/core';
import { CalendarDate, addDays, compareDates, isCalendarDate } from '../time/calendar-date';

/** The four outcome categories the source uses when allocations are reviewed (domain.md). */
export const OUTCOME_CATEGORIES = [
  { id: 'high-impact', label: 'High / very positive impact', endsReviews: true },
  { id: 'continuing-to-improve', label: 'Continuing to improve (may need more)', endsReviews: false },
  { id: 'limited-impact-other-pathway', label: 'Limited impact — other pathway appropriate', endsReviews: true },
  { id: 'extra-support-may-progress', label: 'Extra support required — may progress to a statutory plan', endsReviews: true },
] as const;
export type OutcomeCategory = (typeof OUTCOME_CATEGORIES)[number]['id'];

export function isOutcomeCategory(value: unknown): value is OutcomeCategory {
  return OUTCOME_CATEGORIES.some((c) => c.id === value);
}

/** Does this outcome end the allocation's reviews? Only "continuing to improve" asks for another next term. */
export function outcomeEndsReviews(outcome: OutcomeCategory): boolean {
  return OUTCOME_CATEGORIES.find((c) => c.id === outcome)?.endsReviews ?? true;
}

/**
 * The school terms' last days as `MM-DD`, configuration: by default the end of the spring term
 * (31 March), the summer term (21 July) and the autumn term (19 December). Reviews are termly: they
 * fall due on a term's last day.
 */
export const DEFAULT_TERM_ENDS: readonly string[] = ['03-31', '07-21', '12-19'];

/** An intervention runs at least this long before its first review (and between reviews): six school weeks. */
export const MIN_DAYS_BEFORE_REVIEW = 42;

/** Reviews appear on the coordinator's list this many days before they fall due. */
export const REVIEW_LIST_LOOKAHEAD_DAYS = 14;

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * When an allocation is next reviewed: the last day of the first term ending at least
 * `MIN_DAYS_BEFORE_REVIEW` days after `from` (the allocation's start, or the last review).
 */
export function nextTermlyReview(from: CalendarDate, termEnds: readonly string[] = DEFAULT_TERM_ENDS): CalendarDate {
  if (termEnds.length === 0 || termEnds.some((t) => !MONTH_DAY.test(t) || !isCalendarDate(`2025-${t}`))) throw new RangeError('term ends must be real days written MM-DD');
  const earliest = addDays(from, MIN_DAYS_BEFORE_REVIEW);
  const year = LocalDate.parse(earliest).year();
  const candidates = [year, year + 1]
    .flatMap((y) => termEnds.map((t) => `${y}-${t}`))
    .filter((d) => isCalendarDate(d) && compareDates(d, earliest) >= 0)
    .sort(compareDates);
  return candidates[0];
}

/** Is a review due on `dueOn` to be on the list today (due within the lookahead, or overdue)? */
export function reviewOnList(dueOn: CalendarDate, today: CalendarDate): boolean {
  return compareDates(dueOn, addDays(today, REVIEW_LIST_LOOKAHEAD_DAYS)) <= 0;
}
