import fc from 'fast-check';
import { RISK_DOMAINS, RiskAssessment, crisisClockState, crisisDeadline, needsLeadProfessional, recordRiskAssessment } from './risk-assessment';

const allAbsent = RISK_DOMAINS.map((d) => ({ domain: d.id, present: false, note: null }));
const assessment = (extra: Partial<RiskAssessment> = {}): RiskAssessment => ({ assessedOn: '2026-11-20', findings: allAbsent, rating: 'GREEN', reason: null, ...extra });

describe('recordRiskAssessment', () => {
  it('records a first rating without a reason', () => {
    expect(recordRiskAssessment(null, assessment(), '2026-11-22')).toEqual({ ok: true, value: { rating: 'GREEN', ratedOn: '2026-11-20' } });
  });

  it('needs a reason when the rating changes, not when it is kept', () => {
    const current = { rating: 'AMBER' as const, ratedOn: '2026-10-01' };
    expect(recordRiskAssessment(current, assessment({ rating: 'RED' }), '2026-11-22')).toMatchObject({ ok: false, reason: 'say why the rating changes from AMBER to RED' });
    expect(recordRiskAssessment(current, assessment({ rating: 'RED', reason: '   ' }), '2026-11-22')).toMatchObject({ ok: false });
    expect(recordRiskAssessment(current, assessment({ rating: 'RED', reason: 'new self-harm disclosed at school' }), '2026-11-22')).toEqual({
      ok: true,
      value: { rating: 'RED', ratedOn: '2026-11-20' },
    });
    expect(recordRiskAssessment(current, assessment({ rating: 'AMBER' }), '2026-11-22')).toMatchObject({ ok: true });
  });

  it('needs all six domains once each, and a note for every risk present', () => {
    expect(recordRiskAssessment(null, assessment({ findings: allAbsent.slice(1) }), '2026-11-22')).toMatchObject({ ok: false, reason: 'every risk domain must be recorded; missing: self' });
    expect(recordRiskAssessment(null, assessment({ findings: [...allAbsent, allAbsent[0]] }), '2026-11-22')).toMatchObject({ ok: false, reason: 'each risk domain may be recorded only once' });
    const present = allAbsent.map((f) => (f.domain === 'from-others' ? { ...f, present: true } : f));
    expect(recordRiskAssessment(null, assessment({ findings: present }), '2026-11-22')).toMatchObject({ ok: false, reason: 'describe each risk found present: from-others' });
  });

  it('refuses dates in the future or before the rating in force (as a date problem)', () => {
    expect(recordRiskAssessment(null, assessment({ assessedOn: '2026-11-23' }), '2026-11-22')).toMatchObject({ ok: false, concern: 'date' });
    expect(recordRiskAssessment({ rating: 'GREEN', ratedOn: '2026-11-21' }, assessment(), '2026-11-22')).toMatchObject({ ok: false, concern: 'date' });
  });
});

describe('lead professional and the team meeting agenda', () => {
  it.each([
    ['RED', null, true],
    ['RED', '  ', true],
    ['RED', 'Dr Example', false],
    ['AMBER', null, false],
    [null, null, false],
  ] as const)('%s with LP %p needs one: %p', (rating, lp, expected) => {
    expect(needsLeadProfessional(rating, lp)).toBe(expected);
  });
});

describe('Crisis clocks', () => {
  const referred = new Date('2026-11-22T10:00:00Z');
  it('contact within 2 hours, assessment within 24', () => {
    expect(crisisDeadline(referred, 'contact').toISOString()).toBe('2026-11-22T12:00:00.000Z');
    expect(crisisDeadline(referred, 'assessment').toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it('met on the deadline, missed a minute after, running before', () => {
    expect(crisisClockState(referred, 'contact', new Date('2026-11-22T12:00:00Z'), new Date('2026-11-22T13:00:00Z'))).toBe('met');
    expect(crisisClockState(referred, 'contact', new Date('2026-11-22T12:01:00Z'), new Date('2026-11-22T13:00:00Z'))).toBe('missed');
    expect(crisisClockState(referred, 'contact', null, new Date('2026-11-22T11:59:00Z'))).toBe('running');
    expect(crisisClockState(referred, 'contact', null, new Date('2026-11-22T12:00:01Z'))).toBe('missed');
  });

  it('property: an undone clock is running until its deadline and missed after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.constantFrom('contact' as const, 'assessment' as const), (minutes, clock) => {
        const now = new Date(referred.getTime() + minutes * 60_000);
        expect(crisisClockState(referred, clock, null, now)).toBe(minutes > (clock === 'contact' ? 120 : 1440) ? 'missed' : 'running');
      }),
    );
  });
});
