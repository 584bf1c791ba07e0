import { dutyActions } from './duty-actions';
import { aReferral } from './referral-view.testing';

describe('the Duty system’s actions on a referral', () => {
  it('rates the child, logs calls and letters and records no response to letters while the referral is open', () => {
    expect(dutyActions(aReferral({ stage: 'access' }))).toEqual(['record-risk-assessment', 'log-contact', 'record-no-response']);
    expect(dutyActions(aReferral({ stage: 'accepted' }))).toEqual(['record-risk-assessment', 'log-contact', 'record-no-response']);
  });

  it('offers neither once the referral is closed', () => {
    expect(dutyActions(aReferral({ stage: 'discharged', dischargedOn: '2026-11-01' }))).toEqual([]);
    expect(dutyActions(aReferral({ stage: 'redirected' }))).toEqual([]);
    expect(dutyActions(aReferral({ stage: 'returned' }))).toEqual([]);
  });
});
