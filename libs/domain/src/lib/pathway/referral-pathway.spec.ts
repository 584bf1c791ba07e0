import fc from 'fast-check';
import { addDays } from '../time/calendar-date';
import { ReferralPathway, completeAccess, completeAssessment, dischargeReferral, receiveReferral } from './referral-pathway';
import type { Transition } from './transition';

const value = <T>(t: Transition<T>): T => {
  if (!t.ok) throw new Error(`expected the move to be allowed, got: ${t.reason}`);
  return t.value;
};
const reason = <T>(t: Transition<T>): string => (t.ok ? 'allowed' : t.reason);

describe('referral pathway', () => {
  const received = receiveReferral('2026-01-10', false);
  const inAssessment = value(completeAccess(received, '2026-02-01', { outcome: 'accepted' }));

  it('starts in access, or in assessment for a team that bypasses access', () => {
    expect(received.stage).toBe('access');
    expect(received).toMatchObject({ accessCompletedOn: null, accessOutcome: null });
    // A bypass is access accepted on the day of receipt (the extract's only way to say so).
    expect(receiveReferral('2026-01-10', true)).toMatchObject({ stage: 'assessment', accessCompletedOn: '2026-01-10', accessOutcome: 'accepted' });
  });

  it('moves to assessment when access is accepted, recording the date and outcome', () => {
    expect(inAssessment).toMatchObject({ stage: 'assessment', accessCompletedOn: '2026-02-01', accessOutcome: 'accepted', dischargedOn: null });
  });

  it('closes at access when redirected (with the agency) or returned (with the reason), without a discharge date', () => {
    expect(value(completeAccess(received, '2026-01-20', { outcome: 'redirected', destination: 'Early Help' }))).toMatchObject({
      stage: 'redirected',
      accessOutcome: 'redirected',
      dischargedOn: null,
    });
    expect(value(completeAccess(received, '2026-01-20', { outcome: 'returned', reason: 'needs GP letter' })).stage).toBe('returned');
    expect(reason(completeAccess(received, '2026-01-20', { outcome: 'redirected', destination: ' ' }))).toBe(
      'a redirected referral needs the agency it was redirected to',
    );
    expect(reason(completeAccess(received, '2026-01-20', { outcome: 'returned', reason: '' }))).toBe('a returned referral needs the reason it was returned');
  });

  it('says what a refusal is about: the recorded state, a date, or a detail', () => {
    const concern = <T>(t: Transition<T>) => (t.ok ? null : t.concern);
    expect(concern(completeAccess(inAssessment, '2026-02-02', { outcome: 'accepted' }))).toBe('state');
    expect(concern(completeAccess(received, '2026-01-01', { outcome: 'accepted' }))).toBe('date');
    expect(concern(completeAccess(received, '2026-01-20', { outcome: 'returned', reason: '' }))).toBe('detail');
  });

  it('refuses access dated before receipt, and a second access', () => {
    expect(reason(completeAccess(received, '2026-01-09', { outcome: 'accepted' }))).toBe(
      "the access date (2026-01-09) cannot be before 2026-01-10, the referral's latest recorded date",
    );
    expect(reason(completeAccess(inAssessment, '2026-02-02', { outcome: 'accepted' }))).toBe(
      'access can only be completed while the referral is in access; it is in assessment',
    );
  });

  it('accepts into the service onto at least one distinct list, or discharges at assessment', () => {
    expect(value(completeAssessment(inAssessment, '2026-03-01', { outcome: 'accepted', lists: ['ADOS', 'Treatment'] }))).toMatchObject({
      stage: 'accepted',
      assessmentCompletedOn: '2026-03-01',
      assessmentOutcome: 'accepted',
    });
    expect(reason(completeAssessment(inAssessment, '2026-03-01', { outcome: 'accepted', lists: [] }))).toBe(
      'a child accepted into the service goes onto at least one waiting list',
    );
    expect(reason(completeAssessment(inAssessment, '2026-03-01', { outcome: 'accepted', lists: ['ADOS', 'ADOS'] }))).toBe(
      'each waiting list can be named only once',
    );
    expect(value(completeAssessment(inAssessment, '2026-03-01', { outcome: 'discharged', reason: 'no further need' }))).toMatchObject({
      stage: 'discharged',
      assessmentOutcome: 'discharged',
      dischargedOn: '2026-03-01',
    });
  });

  it('refuses assessment before access is complete, or dated before access', () => {
    expect(reason(completeAssessment(received, '2026-03-01', { outcome: 'accepted', lists: ['ADOS'] }))).toBe(
      'assessment can only be completed while the referral is in assessment; it is in access',
    );
    expect(reason(completeAssessment(inAssessment, '2026-01-31', { outcome: 'accepted', lists: ['ADOS'] }))).toMatch(/cannot be before 2026-02-01/);
  });

  it('discharges from any open stage, never twice, never before the last recorded date', () => {
    const accepted = value(completeAssessment(inAssessment, '2026-03-01', { outcome: 'accepted', lists: ['ADOS'] }));
    expect(value(dischargeReferral(accepted, '2026-06-30', 'treatment complete'))).toMatchObject({ stage: 'discharged', dischargedOn: '2026-06-30' });
    expect(value(dischargeReferral(received, '2026-01-10', 'moved away')).stage).toBe('discharged');
    expect(reason(dischargeReferral(accepted, '2026-02-28', 'x'))).toMatch(/cannot be before 2026-03-01/);
    const redirected = value(completeAccess(received, '2026-01-20', { outcome: 'redirected', destination: 'Early Help' }));
    expect(reason(dischargeReferral(redirected, '2026-02-01', 'x'))).toBe('the referral is already closed (redirected at access)');
    expect(reason(dischargeReferral(accepted, '2026-06-30', ' '))).toBe('a discharge needs a reason');
  });

  it('property: access is allowed exactly on or after the date of receipt', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), fc.integer({ min: -400, max: 400 }), (d, offset) => {
        const receivedOn = d.toISOString().slice(0, 10);
        const p: ReferralPathway = receiveReferral(receivedOn, false);
        const result = completeAccess(p, addDays(receivedOn, offset), { outcome: 'accepted' });
        expect(result.ok).toBe(offset >= 0);
      }),
    );
  });
});
