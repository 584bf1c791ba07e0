import { HttpErrorResponse } from '@angular/common/http';
import type { ReferralView } from '@camhs/contracts';
import { shouldPollAgain } from './referrals-polling';

const referral = (acknowledgedAt: string | null) => ({ acknowledgedAt }) as ReferralView;
const page = (...items: ReferralView[]) => ({ ok: true as const, page: { items, total: items.length, page: 1, pageSize: 20 } });

describe('shouldPollAgain', () => {
  it('polls while a referral on screen awaits acknowledgement, and stops once all are acknowledged', () => {
    expect(shouldPollAgain(page(referral('2026-11-22T10:00:00Z'), referral(null)))).toBe(true);
    expect(shouldPollAgain(page(referral('2026-11-22T10:00:00Z')))).toBe(false);
    expect(shouldPollAgain(page())).toBe(false);
  });

  it('keeps trying while the service is not answering, but not after a refusal', () => {
    expect(shouldPollAgain({ ok: false, error: new HttpErrorResponse({ status: 0 }) })).toBe(true);
    expect(shouldPollAgain({ ok: false, error: new HttpErrorResponse({ status: 503 }) })).toBe(true);
    expect(shouldPollAgain({ ok: false, error: new HttpErrorResponse({ status: 403 }) })).toBe(false);
  });
});
