import { LETTER_STATUSES, LetterQueueItem, LetterStatusName, ListLettersQuery, Page } from '@camhs/contracts';
import { isServiceNotAnswering } from '../shared/api-errors';

export const LETTERS_PAGE_SIZE = 20;
/** How often the queue is fetched again while a letter on screen is still being prepared. */
export const LETTERS_POLL_MS = 3000;

/** What the letter queue shows, read from the address (`?status=generated&page=2`) so it survives a reload. */
export interface LettersQuery {
  /** Empty: every status. */
  status: LetterStatusName | '';
  page: number;
}

function isStatus(value: string): value is LetterStatusName {
  return (LETTER_STATUSES as readonly string[]).includes(value);
}

/** The query in an address; an unknown status means every status, anything but a whole page number from 1 means the first page. */
export function lettersQueryFrom(params: { get(name: string): string | null }): LettersQuery {
  const status = params.get('status') ?? '';
  const page = Number(params.get('page'));
  return { status: isStatus(status) ? status : '', page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1 };
}

/** The address's query parameters for a query (the defaults left out). */
export function addressFor(query: LettersQuery): { status: string | null; page: number | null } {
  return { status: query.status || null, page: query.page > 1 ? query.page : null };
}

export function toListLettersQuery(query: LettersQuery): ListLettersQuery {
  return { page: query.page, pageSize: LETTERS_PAGE_SIZE, ...(query.status ? { status: query.status } : {}) };
}

export type LettersResult = { ok: true; page: Page<LetterQueueItem> } | { ok: false; error: unknown };

/**
 * Fetch again in LETTERS_POLL_MS only while a letter on screen is being prepared (the worker makes
 * its PDF within seconds) or the service is not answering: every read of the queue is audited.
 */
export function shouldPollLetters(result: LettersResult): boolean {
  if (!result.ok) return isServiceNotAnswering(result.error);
  return result.page.items.some((letter) => letter.status === 'queued');
}
