import { LETTER_STATUSES, LetterKindName, LetterQueueItem, LetterRecipientName, LetterStatusName } from '@camhs/contracts';

/** What each kind of letter is, in the words the letter queue shows. */
export const LETTER_KIND_LABELS: Readonly<Record<LetterKindName, string>> = {
  acknowledgement: 'Acknowledgement',
  'access-outcome': 'Access outcome',
  'assessment-outcome': 'Assessment outcome',
  discharge: 'Discharge',
  'waiting-list': 'Waiting list',
};

export const LETTER_RECIPIENT_LABELS: Readonly<Record<LetterRecipientName, string>> = {
  referrer: 'Referrer',
  gp: 'GP',
  family: 'Family',
};

/** queued: the worker has not made the PDF yet (seconds); generated: ready to post; sent: posted. */
export const LETTER_STATUS_LABELS: Readonly<Record<LetterStatusName, string>> = {
  queued: 'Being prepared',
  generated: 'Ready to send',
  sent: 'Sent',
};

export const LETTER_STATUS_TAGS: Readonly<Record<LetterStatusName, string>> = {
  queued: 'nhsuk-tag--grey',
  generated: 'nhsuk-tag--blue',
  sent: 'nhsuk-tag--green',
};

export const LETTER_STATUS_OPTIONS: readonly { value: LetterStatusName; text: string }[] = LETTER_STATUSES.map((value) => ({
  value,
  text: LETTER_STATUS_LABELS[value],
}));

/** "Acknowledgement letter to the GP about Tamsin Quorrell-Vey": names a letter in messages and hidden link text. */
export function describeLetter(letter: Pick<LetterQueueItem, 'kind' | 'recipient' | 'childName'>): string {
  const to = letter.recipient === 'gp' ? 'the GP' : letter.recipient === 'family' ? 'the family' : 'the referrer';
  return `${LETTER_KIND_LABELS[letter.kind]} letter to ${to} about ${letter.childName}`;
}
