import { ReferralPathway } from './referral-pathway';
import type { Transition } from './transition';
import { Wait, addWait, isWaitOpen, removeWait, startTreatment } from './wait';

const value = <T>(t: Transition<T>): T => {
  if (!t.ok) throw new Error(t.reason);
  return t.value;
};
const reason = <T>(t: Transition<T>): string => (t.ok ? 'allowed' : t.reason);

const accepted: ReferralPathway = {
  stage: 'accepted',
  receivedOn: '2026-01-10',
  accessCompletedOn: '2026-02-01',
  accessOutcome: 'accepted',
  assessmentCompletedOn: '2026-03-01',
  assessmentOutcome: 'accepted',
  dischargedOn: null,
};

describe('waits', () => {
  const ados = value(addWait(accepted, [], 'ADOS', '2026-03-01'));

  it('opens a wait on a list once the child is accepted into the service', () => {
    expect(ados).toEqual({ list: 'ADOS', addedOn: '2026-03-01', startedOn: null, removedOn: null });
    expect(isWaitOpen(ados)).toBe(true);
    expect(reason(addWait({ ...accepted, stage: 'assessment' }, [], 'ADOS', '2026-03-01'))).toBe(
      'a child goes onto waiting lists only once accepted into the service at assessment',
    );
  });

  it('refuses a wait dated before the assessment, or a second open wait on the same list', () => {
    expect(reason(addWait(accepted, [], 'ADOS', '2026-02-28'))).toBe('a wait cannot be added (2026-02-28) before the assessment was completed (2026-03-01)');
    expect(reason(addWait(accepted, [ados], 'ADOS', '2026-04-01'))).toBe('the child is already waiting on ADOS');
  });

  it('lets a child wait on several lists and be in treatment on one while waiting on another', () => {
    const treatment = value(addWait(accepted, [ados], 'Treatment', '2026-03-02'));
    const started = value(startTreatment(treatment, '2026-05-01'));
    expect(started.startedOn).toBe('2026-05-01');
    expect([isWaitOpen(ados), isWaitOpen(started)]).toEqual([true, false]);
  });

  it('ends a wait once: treatment start or removal, not before it was added', () => {
    const removed: Wait = value(removeWait(ados, '2026-04-01'));
    expect(removed.removedOn).toBe('2026-04-01');
    expect(reason(startTreatment(removed, '2026-04-02'))).toBe('the wait on ADOS has already ended');
    expect(reason(startTreatment(ados, '2026-02-28'))).toBe('treatment start (2026-02-28) cannot be before the child was added to ADOS (2026-03-01)');
    // once ended, the child may be put on the same list again
    expect(addWait(accepted, [removed], 'ADOS', '2026-04-05').ok).toBe(true);
  });
});
