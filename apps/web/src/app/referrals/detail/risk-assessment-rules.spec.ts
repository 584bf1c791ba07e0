import { RecordRiskAssessmentResult } from '@camhs/contracts';
import { allAbsent } from '../../duty/risk-findings.testing';
import { RiskAssessmentFormValue, riskAssessmentFieldFor, riskAssessmentSavedMessage, toRiskAssessmentRequest, validateRiskAssessment } from './risk-assessment-rules';
import { aReferral } from './referral-view.testing';

const TODAY = '2026-11-22';
const amber = aReferral({ stage: 'accepted', rag: 'AMBER', ragSetOn: '2026-08-23', version: 6 });
const assessment = (changes: Partial<RiskAssessmentFormValue> = {}): RiskAssessmentFormValue => ({
  ...allAbsent(),
  assessedOn: TODAY,
  riskRating: 'AMBER',
  riskReason: '',
  redIntervalDays: '14',
  ...changes,
});

describe('checking a risk assessment', () => {
  it('accepts the rating kept with no reason, and a first rating with none', () => {
    expect(validateRiskAssessment(assessment(), amber, TODAY)).toEqual({});
    expect(validateRiskAssessment(assessment({ riskRating: 'GREEN' }), aReferral({ rag: null, ragSetOn: null }), TODAY)).toEqual({});
  });

  it('wants a reason when the rating changes, as the domain words it', () => {
    expect(validateRiskAssessment(assessment({ riskRating: 'RED' }), amber, TODAY)).toEqual({ riskReason: ['Say why the rating changes from AMBER to RED'] });
    expect(validateRiskAssessment(assessment({ riskRating: 'RED', riskReason: 'Self-harm disclosed' }), amber, TODAY)).toEqual({});
  });

  it('names the missing date, domains and rating', () => {
    expect(validateRiskAssessment(assessment({ assessedOn: '', 'risk-others': '', riskRating: '' }), amber, TODAY)).toEqual({
      assessedOn: ['Enter the date of the assessment'],
      'risk-others': ['Select whether the risk to others is present or absent'],
      riskRating: ['Select the rating the assessment leads to'],
    });
  });

  it('dates the assessment no later than today and no earlier than the rating in force', () => {
    expect(validateRiskAssessment(assessment({ assessedOn: '2026-11-23' }), amber, TODAY)).toEqual({ assessedOn: ['The date of the assessment cannot be in the future'] });
    expect(validateRiskAssessment(assessment({ assessedOn: '2026-08-22' }), amber, TODAY)).toEqual({
      assessedOn: ['The assessment cannot be dated before the rating in force (set on 2026-08-23)'],
    });
    expect(validateRiskAssessment(assessment({ assessedOn: '2026-08-23' }), amber, TODAY)).toEqual({});
  });

  it('takes a RED interval of 7 to 31 whole days', () => {
    const red = (redIntervalDays: string) => assessment({ riskRating: 'RED', riskReason: 'Escalating', redIntervalDays });
    expect(validateRiskAssessment(red('6'), amber, TODAY)).toEqual({ redIntervalDays: ['The review interval for a RED child must be between 7 and 31 days (weekly to monthly)'] });
    expect(validateRiskAssessment(red('two weeks'), amber, TODAY)).toEqual({ redIntervalDays: ['Enter the days between reviews as a whole number, like 14'] });
    expect(validateRiskAssessment(red('31'), amber, TODAY)).toEqual({});
  });
});

describe('the risk assessment request', () => {
  it('sends the referral’s version, the six domains, the rating and a trimmed reason; a RED interval only for RED', () => {
    expect(toRiskAssessmentRequest(assessment({ 'risk-deterioration': 'present', 'risk-deterioration-note': ' Low mood ', riskReason: ' ' }), amber)).toEqual({
      version: 6,
      assessedOn: TODAY,
      findings: [
        { domain: 'self', present: false, note: null },
        { domain: 'others', present: false, note: null },
        { domain: 'from-others', present: false, note: null },
        { domain: 'deterioration', present: true, note: 'Low mood' },
        { domain: 'delay-in-diagnosis', present: false, note: null },
        { domain: 'disengagement', present: false, note: null },
      ],
      rating: 'AMBER',
      reason: null,
      redIntervalDays: null,
    });
    expect(toRiskAssessmentRequest(assessment({ riskRating: 'RED', riskReason: 'Escalating', redIntervalDays: '21' }), amber).redIntervalDays).toBe(21);
    expect(toRiskAssessmentRequest(assessment({ riskRating: 'RED', riskReason: 'Escalating', redIntervalDays: '' }), amber).redIntervalDays).toBe(14);
  });

  it('puts the API’s field errors on the form’s fields', () => {
    expect(riskAssessmentFieldFor('reason')).toBe('riskReason');
    expect(riskAssessmentFieldFor('rating')).toBe('riskRating');
    expect(riskAssessmentFieldFor('findings.2.note')).toBe('risk-from-others-note');
    expect(riskAssessmentFieldFor('version')).toBeUndefined();
  });
});

describe('what recording a risk assessment announces', () => {
  const result = (changes: Partial<RecordRiskAssessmentResult>): RecordRiskAssessmentResult => ({
    assessment: {
      id: 'ra-1',
      assessedOn: TODAY,
      rating: 'RED',
      previousRating: 'AMBER',
      reason: 'Escalating',
      findings: [],
      recordedBy: 'Dana Duty (demo)',
      recordedAt: '2026-11-22T10:00:00.000Z',
    },
    // RED with the default 14 days from 22 Nov 2026.
    plan: { rating: 'RED', intervalDays: 14, nextReviewOn: '2026-12-06', nextLetterOn: null },
    onTeamMeetingAgenda: true,
    version: 7,
    ...changes,
  });

  it('gives the rating, the next review, and the agenda for RED without a lead professional', () => {
    expect(riskAssessmentSavedMessage(result({}))).toBe(
      'Risk assessment recorded: Red (high risk). Next duty review due 6 Dec 2026. The child is on the team meeting agenda until a lead professional is allocated.',
    );
  });

  it('says when no reviews are planned because the child is not waiting for treatment', () => {
    expect(riskAssessmentSavedMessage(result({ plan: null, onTeamMeetingAgenda: false }))).toBe(
      'Risk assessment recorded: Red (high risk). No duty reviews are planned: the child is not waiting for treatment.',
    );
  });
});
