import { CaseloadItem } from '@camhs/contracts';
import { formatDate } from '../referrals/date-format';
import { ragLabel } from './duty-labels';
import { daysText } from './duty-rows';

/** A row of the lead professional's caseload, in words. */
export interface CaseloadRow {
  item: CaseloadItem;
  rag: { text: string; tagClass: string };
  /** "since 4 Nov 2026; reviewed every 14 days" */
  ratingDetail: string | null;
  nextReview: string;
  /** True when the review is due today or overdue (the text says so; this only adds emphasis). */
  reviewDue: boolean;
  nextLetter: string;
  safeguarding: string;
}

/** When the next review falls, from the API's day count: today, in N days, or N days overdue. */
export function nextReviewText(item: Pick<CaseloadItem, 'nextReviewOn' | 'daysUntilReview'>): string {
  if (item.nextReviewOn === null || item.daysUntilReview === null) return 'None planned (not waiting for treatment)';
  const on = formatDate(item.nextReviewOn);
  if (item.daysUntilReview === 0) return `Due today (${on})`;
  if (item.daysUntilReview > 0) return `${on}, in ${daysText(item.daysUntilReview)}`;
  return `${on}: ${daysText(-item.daysUntilReview)} overdue`;
}

export function caseloadRow(item: CaseloadItem): CaseloadRow {
  const since = item.ratedOn ? `since ${formatDate(item.ratedOn)}` : null;
  const interval = item.rating === 'RED' && item.redIntervalDays ? `reviewed every ${daysText(item.redIntervalDays)}` : null;
  const detail = [since, interval].filter((part): part is string => part !== null).join('; ');
  const outstanding = item.safeguardingDecisionsOutstanding;
  return {
    item,
    rag: ragLabel(item.rating),
    ratingDetail: detail || null,
    nextReview: nextReviewText(item),
    reviewDue: item.daysUntilReview !== null && item.daysUntilReview <= 0,
    nextLetter: item.nextLetterOn ? formatDate(item.nextLetterOn) : 'None planned',
    safeguarding: outstanding === 0 ? 'None' : `${outstanding} outstanding: discharge waits for ${outstanding === 1 ? 'it' : 'them'}`,
  };
}
