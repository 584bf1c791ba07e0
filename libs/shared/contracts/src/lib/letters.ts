import type { IsoDateTime } from './common';

/**
 * The letters the service writes (domain.md): on receipt, after access, after assessment, on discharge,
 * and while the child waits for treatment (the duty system's waiting-list letter, to the family).
 */
export const LETTER_KINDS = ['acknowledgement', 'access-outcome', 'assessment-outcome', 'discharge', 'waiting-list'] as const;
export type LetterKindName = (typeof LETTER_KINDS)[number];

export const LETTER_RECIPIENTS = ['referrer', 'gp', 'family'] as const;
export type LetterRecipientName = (typeof LETTER_RECIPIENTS)[number];

/** queued: owed, no document yet; generated: the PDF is stored; sent: someone posted it. */
export const LETTER_STATUSES = ['queued', 'generated', 'sent'] as const;
export type LetterStatusName = (typeof LETTER_STATUSES)[number];

/** One letter in the letter queue (GET /api/letters). */
export interface LetterQueueItem {
  id: string;
  referralId: string;
  childId: string;
  /** The child's name, as the administrator posting the letter needs it. */
  childName: string;
  team: string;
  kind: LetterKindName;
  recipient: LetterRecipientName;
  status: LetterStatusName;
  createdAt: IsoDateTime;
  generatedAt: IsoDateTime | null;
  sentAt: IsoDateTime | null;
  /** Username of whoever marked it sent. */
  sentBy: string | null;
}

/** GET /api/letters */
export interface ListLettersQuery {
  status?: LetterStatusName;
  page?: number;
  pageSize?: number;
}
