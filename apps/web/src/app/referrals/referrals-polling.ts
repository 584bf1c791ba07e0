import { Page, ReferralView } from '@camhs/contracts';
import { isServiceNotAnswering } from '../shared/api-errors';

/** How often the list is fetched again while an acknowledgement is awaited. */
export const POLL_INTERVAL_MS = 3000;

export type ListResult = { ok: true; page: Page<ReferralView> } | { ok: false; error: unknown };

/**
 * Whether to fetch the list again in POLL_INTERVAL_MS. Only while a referral on screen is still
 * awaiting its acknowledgement (the worker will change it soon), or while the service is not
 * answering. Every read of the list is audited, so polling an idle list would flood the trail.
 */
export function shouldPollAgain(result: ListResult): boolean {
  if (!result.ok) return isServiceNotAnswering(result.error);
  return result.page.items.some((referral) => referral.acknowledgedAt === null);
}
