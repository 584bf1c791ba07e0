import { RespondToContactResult, SafeguardingDecisionView } from '@camhs/contracts';
import { RespondFormValue, contactLoggedMessage, noResponseMessage, respondFieldFor, respondedMessage, toLogContactRequest, toRespondRequest, validateLogContact, validateNoResponse, validateRespond } from './duty-contact-rules';
import { ReviewFormValue } from './duty-review-rules';
import { reviewed } from './duty-row.testing';
import { allAbsent } from './risk-findings.testing';

const TODAY = '2026-11-22';

describe('logging a call or letter', () => {
  it('names each missing field', () => {
    expect(validateLogContact({ contactKind: '', contactCaller: ' ', contactSummary: '' })).toEqual({
      contactKind: ['Select whether it was a telephone call or a letter'],
      contactCaller: ['Enter who called or wrote'],
      contactSummary: ['Enter what the call or letter was about'],
    });
  });

  it('takes a caller of at most 200 characters and a summary of at most 2000', () => {
    expect(validateLogContact({ contactKind: 'call', contactCaller: 'x'.repeat(201), contactSummary: 'y'.repeat(2001) })).toEqual({
      contactCaller: ['Who called or wrote must be 200 characters or fewer'],
      contactSummary: ['What it was about must be 2000 characters or fewer'],
    });
    expect(validateLogContact({ contactKind: 'letter', contactCaller: 'x'.repeat(200), contactSummary: 'y'.repeat(2000) })).toEqual({});
  });

  it('sends the kind with the caller and summary trimmed, received now', () => {
    expect(toLogContactRequest({ contactKind: 'call', contactCaller: ' mother ', contactSummary: ' Not sleeping ' })).toEqual({ kind: 'call', caller: 'mother', summary: 'Not sleeping' });
  });

  it('says where the logged contact now is', () => {
    const contact = {
      id: 'k-1',
      referralId: 'r-1',
      childId: 'c-1',
      kind: 'letter' as const,
      receivedAt: '2026-11-22T09:00:00.000Z',
      caller: 'school SENCo',
      summary: 'Refusing school',
      loggedBy: 'Dana Duty (demo)',
      respondedAt: null,
      respondedBy: null,
      response: null,
      taskId: 't-9',
      version: 1,
    };
    expect(contactLoggedMessage(contact)).toBe('Letter from school SENCo logged. It is on the duty list until someone responds to it.');
  });
});

describe('responding to a call or letter', () => {
  const noReview: ReviewFormValue = {
    ...allAbsent(),
    reviewedOn: TODAY,
    contactType: '',
    checklist: {},
    outcomeRating: 'GREEN',
    outcomeReason: '',
    redIntervalDays: '',
    faceToFaceOffered: false,
    crisisReferral: false,
    reviewNote: '',
  };
  const respond = (changes: Partial<RespondFormValue>): RespondFormValue => ({ response: 'Called back; advice given', reviewed: 'no', review: noReview, ...changes });

  it('wants the response and whether it reviewed the child; the review is checked only when it did', () => {
    expect(validateRespond(respond({ response: '', reviewed: '' }), reviewed('GREEN'), TODAY)).toEqual({
      response: ['Enter what was done in response'],
      reviewed: ['Select whether the response reviewed the child'],
    });
    expect(validateRespond(respond({ reviewed: 'no' }), reviewed('GREEN'), TODAY)).toEqual({});
    const unanswered = validateRespond(respond({ reviewed: 'yes' }), reviewed('GREEN'), TODAY);
    expect(Object.keys(unanswered)).toEqual([
      'contactType',
      'checklist-risk-assessment-and-care-plan-reviewed',
      'checklist-guided-self-help-given',
      'checklist-rag-recall-updated',
      'checklist-duty-survey-sent',
    ]);
  });

  it('sends the contact’s version, and the review with the referral’s version only when the response reviewed the child', () => {
    expect(toRespondRequest(respond({ response: ' Called back ' }), 3, reviewed('GREEN'), 8)).toEqual({ version: 3, response: 'Called back', review: null });
    const answered = respond({
      reviewed: 'yes',
      review: { ...noReview, contactType: 'telephone', checklist: { 'risk-assessment-and-care-plan-reviewed': 'done', 'guided-self-help-given': 'not-done', 'rag-recall-updated': 'done', 'duty-survey-sent': 'done' } },
    });
    const request = toRespondRequest(answered, 3, reviewed('GREEN'), 8);
    expect(request.version).toBe(3);
    expect(request.review?.version).toBe(8);
    expect(request.review?.checklist).toEqual([
      { item: 'risk-assessment-and-care-plan-reviewed', done: true },
      { item: 'guided-self-help-given', done: false },
      { item: 'rag-recall-updated', done: true },
      { item: 'duty-survey-sent', done: true },
    ]);
  });

  it('puts the API’s errors about the review on the review’s fields', () => {
    expect(respondFieldFor('response', reviewed('GREEN'), 'GREEN')).toBe('response');
    expect(respondFieldFor('review', reviewed('GREEN'), 'GREEN')).toBe('reviewed');
    expect(respondFieldFor('review.checklist.duty-survey-sent', reviewed('GREEN'), 'GREEN')).toBe('checklist-duty-survey-sent');
    expect(respondFieldFor('review.contactType', reviewed('GREEN'), 'GREEN')).toBe('contactType');
    expect(respondFieldFor('version', reviewed('GREEN'), 'GREEN')).toBeUndefined();
  });

  it('announces the next review when the response reviewed the child', () => {
    const contact = {
      id: 'k-1',
      referralId: 'r-1',
      childId: 'c-1',
      kind: 'call' as const,
      receivedAt: '2026-11-22T09:00:00.000Z',
      caller: 'mother',
      summary: 'Worried',
      loggedBy: 'Dana Duty (demo)',
      respondedAt: '2026-11-22T11:00:00.000Z',
      respondedBy: 'Dana Duty (demo)',
      response: 'Called back',
      taskId: 't-1',
      version: 2,
    };
    const answered: RespondToContactResult = { contact, review: null };
    expect(respondedMessage('Testonia Fixtureby', answered)).toBe('Response to the telephone call about Testonia Fixtureby recorded.');
    // GREEN reviewed on 22 Nov 2026: 182 days later is 23 May 2027 (8 + 31 + 31 + 28 + 31 + 30 = 159 to 30 Apr, + 23).
    const reviewed: RespondToContactResult = {
      contact,
      review: {
        reviewId: 'rv-1',
        appointmentId: 'a-1',
        reviewedOn: '2026-11-22',
        ratingBefore: 'GREEN',
        ratingAfter: 'GREEN',
        riskAssessmentId: null,
        escalations: [],
        plan: { rating: 'GREEN', intervalDays: 182, nextReviewOn: '2027-05-23', nextLetterOn: '2027-02-21' },
        onTeamMeetingAgenda: false,
        referralVersion: 9,
      },
    };
    expect(respondedMessage('Testonia Fixtureby', reviewed)).toBe(
      'Response to the telephone call about Testonia Fixtureby recorded. The child was reviewed: next review due 23 May 2027.',
    );
  });
});

describe('recording no response to letters', () => {
  it('needs a real day, not in the future (today, 22 November 2026, is allowed)', () => {
    expect(validateNoResponse({ noticedOn: '' }, TODAY)).toEqual({ noticedOn: ['Enter the day you judged there has been no response'] });
    expect(validateNoResponse({ noticedOn: '2026-11-23' }, TODAY)).toEqual({ noticedOn: ['The day cannot be in the future'] });
    expect(validateNoResponse({ noticedOn: '2026-02-30' }, TODAY)).toEqual({ noticedOn: ['The day must be a real date'] });
    expect(validateNoResponse({ noticedOn: TODAY }, TODAY)).toEqual({});
  });

  it('says who decides next: Duty, or the named lead professional', () => {
    const decision: SafeguardingDecisionView = {
      id: 'd-1',
      referralId: 'r-1',
      childId: 'c-1',
      reason: 'no-response',
      appointmentId: null,
      raisedOn: '2026-11-06',
      rating: 'AMBER',
      owner: { kind: 'duty' },
      decision: null,
      plan: null,
      decidedAt: null,
      decidedBy: null,
      version: 1,
    };
    expect(noResponseMessage(decision)).toBe(
      'No response to letters recorded (6 Nov 2026). A safeguarding decision for Duty is on the duty list; the referral cannot be discharged until it is made.',
    );
    expect(noResponseMessage({ ...decision, rating: 'RED', owner: { kind: 'lead-professional', userId: 'u-1', name: 'Ines Okafor-Lund' } })).toMatch(
      /^No response to letters recorded \(6 Nov 2026\)\. A safeguarding decision for the lead professional, Ines Okafor-Lund, is on/,
    );
  });
});
