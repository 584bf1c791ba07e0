import { RecordDutyReviewResult } from '@camhs/contracts';
import { ReviewFormValue, checklistFor, reviewFieldFor, reviewFields, reviewSavedMessage, toReviewRequest, validateReview } from './duty-review-rules';
import { reviewed } from './duty-row.testing';
import { allAbsent } from './risk-findings.testing';

const TODAY = '2026-11-22';
const AMBER_ITEMS = ['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'waiting-list-letter-sent', 'rag-recall-updated', 'duty-survey-sent'];

/** An AMBER review kept AMBER, by telephone, every item done, with whatever the test changes. */
function review(changes: Partial<ReviewFormValue> = {}): ReviewFormValue {
  return {
    ...allAbsent({ 'risk-self': '', 'risk-others': '', 'risk-from-others': '', 'risk-deterioration': '', 'risk-delay-in-diagnosis': '', 'risk-disengagement': '' }),
    reviewedOn: TODAY,
    contactType: 'telephone',
    checklist: Object.fromEntries(AMBER_ITEMS.map((item) => [item, 'done'])),
    outcomeRating: 'AMBER',
    outcomeReason: '',
    redIntervalDays: '',
    faceToFaceOffered: false,
    crisisReferral: false,
    reviewNote: '',
    ...changes,
  };
}

describe('the checklist a review answers', () => {
  it('is the domain’s list for the rating in force, whatever the rating after', () => {
    expect(checklistFor(reviewed('AMBER'), 'GREEN').map((i) => i.id)).toEqual(AMBER_ITEMS);
    expect(checklistFor(reviewed('GREEN'), 'GREEN').map((i) => i.id)).toEqual(['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'rag-recall-updated', 'duty-survey-sent']);
    expect(checklistFor(reviewed('RED'), 'RED').map((i) => i.id)).toEqual(['care-plan-and-risk-assessment-updated', 'rag-recall-updated']);
  });

  it('drops AMBER’s waiting-list letter once the opt-in letter has gone (four items, not five), and asks nothing more of it', () => {
    expect(checklistFor(reviewed('AMBER', true), 'AMBER').map((i) => i.id)).toEqual(['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'rag-recall-updated', 'duty-survey-sent']);
    const fourAnswered = review({ checklist: { 'risk-assessment-and-care-plan-reviewed': 'done', 'guided-self-help-given': 'done', 'rag-recall-updated': 'done', 'duty-survey-sent': 'done' } });
    expect(validateReview(fourAnswered, reviewed('AMBER', true), TODAY)).toEqual({});
    expect(Object.keys(validateReview(fourAnswered, reviewed('AMBER', false), TODAY))).toEqual(['checklist-waiting-list-letter-sent']);
    expect(toReviewRequest(fourAnswered, reviewed('AMBER', true), 4).checklist.map((a) => a.item)).not.toContain('waiting-list-letter-sent');
  });

  it('is, for a child not yet rated, the list for the rating the review gives (none until one is chosen)', () => {
    expect(checklistFor(reviewed(null), 'RED').map((i) => i.id)).toEqual(['care-plan-and-risk-assessment-updated', 'rag-recall-updated']);
    expect(checklistFor(reviewed(null), '')).toEqual([]);
  });

  it('puts its items in the page’s field order', () => {
    expect(reviewFields(reviewed('RED'), 'RED').slice(0, 5)).toEqual(['reviewedOn', 'contactType', 'checklist-care-plan-and-risk-assessment-updated', 'checklist-rag-recall-updated', 'outcomeRating']);
  });
});

describe('checking a review', () => {
  it('accepts a kept rating with every item answered, “not done” included', () => {
    expect(validateReview(review({ checklist: { ...review().checklist, 'duty-survey-sent': 'not-done' } }), reviewed('AMBER'), TODAY)).toEqual({});
  });

  it('names the contact type and every unanswered item', () => {
    expect(validateReview(review({ contactType: '', checklist: { 'guided-self-help-given': 'done' } }), reviewed('AMBER'), TODAY)).toEqual({
      contactType: ['Select how the child was reviewed'],
      'checklist-risk-assessment-and-care-plan-reviewed': ['Answer “Risk assessment and care plan reviewed”: done or not done'],
      'checklist-waiting-list-letter-sent': ['Answer “Waiting-list letter sent (the opt-in letter has not been sent)”: done or not done'],
      'checklist-rag-recall-updated': ['Answer “RAG recall updated”: done or not done'],
      'checklist-duty-survey-sent': ['Answer “Duty survey sent”: done or not done'],
    });
  });

  it('refuses a review dated tomorrow, or not a real date', () => {
    expect(validateReview(review({ reviewedOn: '2026-11-23' }), reviewed('AMBER'), TODAY)).toEqual({ reviewedOn: ['The date of the review cannot be in the future'] });
    expect(validateReview(review({ reviewedOn: '2026-11-31' }), reviewed('AMBER'), TODAY)).toEqual({ reviewedOn: ['Date of the review must be a real date'] });
  });

  it('wants a reason and the six risk domains when the rating changes', () => {
    expect(validateReview(review({ outcomeRating: 'RED' }), reviewed('AMBER'), TODAY)).toEqual({
      outcomeReason: ['Say why the rating changes from Amber (medium risk) to Red (high risk)'],
      'risk-self': ['Select whether the risk to self is present or absent'],
      'risk-others': ['Select whether the risk to others is present or absent'],
      'risk-from-others': ['Select whether the risk from others is present or absent'],
      'risk-deterioration': ['Select whether the risk of deterioration is present or absent'],
      'risk-delay-in-diagnosis': ['Select whether the risk of delay in diagnosis is present or absent'],
      'risk-disengagement': ['Select whether the risk of disengagement is present or absent'],
    });
  });

  it('wants the domains but no reason for a first rating', () => {
    const first = review({ ...allAbsent(), outcomeRating: 'GREEN', checklist: { 'risk-assessment-and-care-plan-reviewed': 'done', 'guided-self-help-given': 'done', 'rag-recall-updated': 'done', 'duty-survey-sent': 'done' } });
    expect(validateReview(first, reviewed(null), TODAY)).toEqual({});
    expect(validateReview(review({ outcomeRating: '' }), reviewed(null), TODAY)).toEqual({ outcomeRating: ['Select the rating after the review'] });
  });

  it('takes a RED interval of 7 to 31 whole days, or none', () => {
    const red = (redIntervalDays: string) => review({ ...allAbsent(), outcomeRating: 'RED', outcomeReason: 'Self-harm disclosed', redIntervalDays });
    expect(validateReview(red('6'), reviewed('AMBER'), TODAY)).toEqual({ redIntervalDays: ['The review interval for a RED child must be between 7 and 31 days (weekly to monthly)'] });
    expect(validateReview(red('32'), reviewed('AMBER'), TODAY)).toEqual({ redIntervalDays: ['The review interval for a RED child must be between 7 and 31 days (weekly to monthly)'] });
    expect(validateReview(red('1.5'), reviewed('AMBER'), TODAY)).toEqual({ redIntervalDays: ['Enter the days between reviews as a whole number, like 14'] });
    expect(validateReview(red('7'), reviewed('AMBER'), TODAY)).toEqual({});
    expect(validateReview(red('31'), reviewed('AMBER'), TODAY)).toEqual({});
    expect(validateReview(red(''), reviewed('AMBER'), TODAY)).toEqual({});
  });
});

describe('the review request', () => {
  it('answers the rating’s checklist item by item and keeps the rating with nothing else', () => {
    const value = review({ checklist: { ...review().checklist, 'duty-survey-sent': 'not-done' }, faceToFaceOffered: true, reviewNote: ' Spoke to mum ' });
    expect(toReviewRequest(value, reviewed('AMBER'), 4)).toEqual({
      version: 4,
      reviewedOn: TODAY,
      contactType: 'telephone',
      checklist: [
        { item: 'risk-assessment-and-care-plan-reviewed', done: true },
        { item: 'guided-self-help-given', done: true },
        { item: 'waiting-list-letter-sent', done: true },
        { item: 'rag-recall-updated', done: true },
        { item: 'duty-survey-sent', done: false },
      ],
      outcome: { rating: 'AMBER' },
      escalation: { actions: ['face-to-face-offered'] },
      note: 'Spoke to mum',
    });
  });

  it('sends the reason, the six domains and the interval with a change to RED, and both escalations in the contract’s order', () => {
    const value = review({
      ...allAbsent({ 'risk-self': 'present', 'risk-self-note': 'Self-harm disclosed' }),
      outcomeRating: 'RED',
      outcomeReason: ' Self-harm disclosed on the call ',
      redIntervalDays: '7',
      crisisReferral: true,
      faceToFaceOffered: true,
    });
    const request = toReviewRequest(value, reviewed('AMBER'), 9);
    expect(request.outcome).toEqual({
      rating: 'RED',
      reason: 'Self-harm disclosed on the call',
      findings: [
        { domain: 'self', present: true, note: 'Self-harm disclosed' },
        { domain: 'others', present: false, note: null },
        { domain: 'from-others', present: false, note: null },
        { domain: 'deterioration', present: false, note: null },
        { domain: 'delay-in-diagnosis', present: false, note: null },
        { domain: 'disengagement', present: false, note: null },
      ],
      redIntervalDays: 7,
    });
    expect(request.escalation).toEqual({ actions: ['face-to-face-offered', 'crisis-referral'] });
    expect(request.note).toBeNull();
    // The checklist is still the AMBER one: the rating in force when the child was reviewed.
    expect(request.checklist.map((a) => a.item)).toEqual(AMBER_ITEMS);
  });

  it('puts the API’s field errors on the form’s fields, also inside a contact’s response', () => {
    expect(reviewFieldFor('checklist.guided-self-help-given', '', reviewed('AMBER'), 'AMBER')).toBe('checklist-guided-self-help-given');
    expect(reviewFieldFor('checklist', '', reviewed('AMBER'), 'AMBER')).toBe('checklist-risk-assessment-and-care-plan-reviewed');
    expect(reviewFieldFor('outcome.reason', '', reviewed('AMBER'), 'RED')).toBe('outcomeReason');
    expect(reviewFieldFor('outcome.findings.0.note', '', reviewed('AMBER'), 'RED')).toBe('risk-self-note');
    expect(reviewFieldFor('review.note', 'review.', reviewed('AMBER'), 'AMBER')).toBe('reviewNote');
    expect(reviewFieldFor('review.escalation.at', 'review.', reviewed('AMBER'), 'AMBER')).toBe('escalation');
    expect(reviewFieldFor('version', '', reviewed('AMBER'), 'AMBER')).toBeUndefined();
  });
});

describe('what saving a review announces', () => {
  const result = (changes: Partial<RecordDutyReviewResult>): RecordDutyReviewResult => ({
    reviewId: 'rv-1',
    appointmentId: 'a-1',
    reviewedOn: TODAY,
    ratingBefore: 'AMBER',
    ratingAfter: 'AMBER',
    riskAssessmentId: null,
    escalations: [],
    // 22 Nov 2026 + 91 days: 8 to the end of November, 31 in December (39), 31 in January (70), 21 into February.
    plan: { rating: 'AMBER', intervalDays: 91, nextReviewOn: '2027-02-21', nextLetterOn: '2027-02-21' },
    onTeamMeetingAgenda: false,
    referralVersion: 5,
    ...changes,
  });

  it('gives the rating and the next due date the API planned', () => {
    expect(reviewSavedMessage('Testonia Fixtureby', result({}))).toBe('Review of Testonia Fixtureby recorded (rating kept: Amber (medium risk)). Next review due 21 Feb 2027.');
  });

  it('says when the rating changed, what was done about escalating risk, and that a RED child without a lead professional is on the agenda', () => {
    const raised = result({
      ratingAfter: 'RED',
      escalations: [{ action: 'crisis-referral', at: '2026-11-22T10:00:00.000Z' }],
      plan: { rating: 'RED', intervalDays: 14, nextReviewOn: '2026-12-06', nextLetterOn: null },
      onTeamMeetingAgenda: true,
    });
    expect(reviewSavedMessage('Testonia Fixtureby', raised)).toBe(
      'Review of Testonia Fixtureby recorded (rating changed from Amber (medium risk) to Red (high risk)). Next review due 6 Dec 2026. Referred to the Crisis team. The child is on the team meeting agenda until a lead professional is allocated.',
    );
  });
});
