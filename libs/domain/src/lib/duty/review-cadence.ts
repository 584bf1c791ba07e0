export type RagRating = 'RED' | 'AMBER' | 'GREEN';

/**
 * Days between scheduled duty reviews by rating (domain.md, spec/ptl-extract.md "the duty schedule"):
 * RED every 14 days unless the lead professional sets another interval (7–31), AMBER every 3 months
 * (91 days), GREEN every 6 months (182 days).
 */
export const REVIEW_INTERVAL_DAYS: Readonly<Record<RagRating, number>> = { RED: 14, AMBER: 91, GREEN: 182 };

/** The bi-weekly report covers 14 days: "in the last 14 days", "due before the next report". */
export const REPORT_CYCLE_DAYS = 14;
