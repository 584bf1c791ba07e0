import { HttpErrorResponse } from '@angular/common/http';
import { LetterQueueItem } from '@camhs/contracts';
import { describeLetter } from './letter-labels';
import { addressFor, lettersQueryFrom, shouldPollLetters, toListLettersQuery } from './letters-query';

const params = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

const letter = (status: LetterQueueItem['status']): LetterQueueItem => ({
  id: 'l1',
  referralId: 'r1',
  childId: 'c1',
  childName: 'Tamsin Quorrell-Vey',
  team: 'Generic outpatient',
  kind: 'assessment-outcome',
  recipient: 'gp',
  status,
  createdAt: '2026-11-22T09:00:00.000Z',
  generatedAt: null,
  sentAt: null,
  sentBy: null,
});
const page = (...items: LetterQueueItem[]) => ({ ok: true as const, page: { items, total: items.length, page: 1, pageSize: 20 } });

describe('the letter queue’s address', () => {
  it('reads a known status and a whole page number, and falls back to every status and the first page', () => {
    expect(lettersQueryFrom(params({ status: 'generated', page: '3' }))).toEqual({ status: 'generated', page: 3 });
    expect(lettersQueryFrom(params({ status: 'posted', page: '0' }))).toEqual({ status: '', page: 1 });
    expect(lettersQueryFrom(params({ page: '2.5' }))).toEqual({ status: '', page: 1 });
  });

  it('leaves the defaults out of the address, and asks the API for 20 letters a page', () => {
    expect(addressFor({ status: '', page: 1 })).toEqual({ status: null, page: null });
    expect(addressFor({ status: 'sent', page: 2 })).toEqual({ status: 'sent', page: 2 });
    expect(toListLettersQuery({ status: '', page: 4 })).toEqual({ page: 4, pageSize: 20 });
    expect(toListLettersQuery({ status: 'queued', page: 1 })).toEqual({ page: 1, pageSize: 20, status: 'queued' });
  });
});

describe('polling the letter queue', () => {
  it('polls while a letter on screen is being prepared, or the service is not answering, and not otherwise', () => {
    expect(shouldPollLetters(page(letter('generated'), letter('queued')))).toBe(true);
    expect(shouldPollLetters(page(letter('generated'), letter('sent')))).toBe(false);
    expect(shouldPollLetters(page())).toBe(false);
    expect(shouldPollLetters({ ok: false, error: new HttpErrorResponse({ status: 502 }) })).toBe(true);
    expect(shouldPollLetters({ ok: false, error: new HttpErrorResponse({ status: 403 }) })).toBe(false);
  });
});

describe('describeLetter', () => {
  it('names the kind, the recipient and the child', () => {
    expect(describeLetter(letter('sent'))).toBe('Assessment outcome letter to the GP about Tamsin Quorrell-Vey');
    expect(describeLetter({ ...letter('sent'), kind: 'acknowledgement', recipient: 'family' })).toBe('Acknowledgement letter to the family about Tamsin Quorrell-Vey');
    expect(describeLetter({ ...letter('sent'), kind: 'discharge', recipient: 'referrer' })).toBe('Discharge letter to the referrer about Tamsin Quorrell-Vey');
  });
});
