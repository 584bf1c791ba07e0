import {
  AccessFormValue,
  AssessmentFormValue,
  toAccessRequest,
  toAssessmentRequest,
  toDischargeRequest,
  validateAccess,
  validateAssessment,
  validateDischarge,
} from './referral-move-rules';
import { aReferral, aWait } from './referral-view.testing';

const inAccess = aReferral({ stage: 'access', receivedOn: '2026-09-01', version: 3 });
const access = (changes: Partial<AccessFormValue>): AccessFormValue => ({
  accessCompletedOn: '2026-09-20',
  accessOutcome: 'accepted',
  accessDestination: '',
  accessReason: '',
  ...changes,
});

describe('complete access', () => {
  it('names each missing field', () => {
    expect(validateAccess(access({ accessCompletedOn: '', accessOutcome: '' }), inAccess)).toEqual({
      accessCompletedOn: ['Enter the date of the first contact'],
      accessOutcome: ['Select the outcome of access'],
    });
  });

  it('wants a real date, the agency when redirected and a reason (of at most 500 characters) when returned', () => {
    expect(validateAccess(access({ accessCompletedOn: '2026-02-30' }), inAccess)).toEqual({ accessCompletedOn: ['Date of the first contact must be a real date'] });
    expect(validateAccess(access({ accessOutcome: 'redirected', accessDestination: '   ' }), inAccess)).toEqual({
      accessDestination: ['Enter the agency the referral was redirected to'],
    });
    expect(validateAccess(access({ accessOutcome: 'returned', accessReason: 'x'.repeat(501) }), inAccess)).toEqual({
      accessReason: ['Reason must be 500 characters or fewer'],
    });
    expect(validateAccess(access({ accessOutcome: 'returned', accessReason: 'x'.repeat(500) }), inAccess)).toEqual({});
  });

  it('refuses a date before receipt as the API does, on the date field', () => {
    expect(validateAccess(access({ accessCompletedOn: '2026-08-31' }), inAccess)).toEqual({
      accessCompletedOn: ["The access date (2026-08-31) cannot be before 2026-09-01, the referral's latest recorded date"],
    });
    expect(validateAccess(access({ accessCompletedOn: '2026-09-01' }), inAccess)).toEqual({});
  });

  it('sends the referral’s version and only the detail the outcome needs, trimmed', () => {
    expect(toAccessRequest(access({ accessOutcome: 'redirected', accessDestination: ' Early Help ', accessReason: 'left over' }), inAccess)).toEqual({
      version: 3,
      completedOn: '2026-09-20',
      outcome: 'redirected',
      destination: 'Early Help',
    });
    expect(toAccessRequest(access({}), inAccess)).toEqual({ version: 3, completedOn: '2026-09-20', outcome: 'accepted' });
  });
});

const inAssessment = aReferral({ stage: 'assessment', accessCompletedOn: '2026-09-20', accessOutcome: 'accepted', version: 2 });
const assessment = (changes: Partial<AssessmentFormValue>): AssessmentFormValue => ({
  assessmentCompletedOn: '2026-10-05',
  assessmentOutcome: 'accepted',
  assessmentLists: ['ADOS'],
  assessmentReason: '',
  ...changes,
});

describe('complete assessment', () => {
  it('wants at least one list when accepted, and a reason when discharged', () => {
    expect(validateAssessment(assessment({ assessmentLists: [] }), inAssessment)).toEqual({ assessmentLists: ['Select at least one waiting list'] });
    expect(validateAssessment(assessment({ assessmentOutcome: 'discharged' }), inAssessment)).toEqual({ assessmentReason: ['Enter why the child is discharged'] });
    expect(validateAssessment(assessment({ assessmentOutcome: '' }), inAssessment)).toEqual({ assessmentOutcome: ['Select the outcome of assessment'] });
  });

  it('refuses a date before access was completed', () => {
    expect(validateAssessment(assessment({ assessmentCompletedOn: '2026-09-19' }), inAssessment)).toEqual({
      assessmentCompletedOn: ["The assessment date (2026-09-19) cannot be before 2026-09-20, the referral's latest recorded date"],
    });
  });

  it('sends the lists when accepted and the reason when discharged', () => {
    expect(toAssessmentRequest(assessment({ assessmentLists: ['ADOS', 'Treatment'] }), inAssessment)).toEqual({
      version: 2,
      completedOn: '2026-10-05',
      outcome: 'accepted',
      lists: ['ADOS', 'Treatment'],
    });
    expect(toAssessmentRequest(assessment({ assessmentOutcome: 'discharged', assessmentReason: ' no need ' }), inAssessment)).toEqual({
      version: 2,
      completedOn: '2026-10-05',
      outcome: 'discharged',
      reason: 'no need',
    });
  });
});

describe('discharge', () => {
  const accepted = aReferral({
    stage: 'accepted',
    accessCompletedOn: '2026-09-20',
    accessOutcome: 'accepted',
    assessmentCompletedOn: '2026-10-05',
    assessmentOutcome: 'accepted',
    waits: [aWait({ list: 'ADOS', addedOn: '2026-10-20' }), aWait({ id: 'w-2', list: 'Treatment', addedOn: '2026-11-30', startedOn: '2026-11-30' })],
    version: 5,
  });

  it('wants a date and a reason', () => {
    expect(validateDischarge({ dischargedOn: '', dischargeReason: ' ' }, accepted)).toEqual({
      dischargedOn: ['Enter the date of discharge'],
      dischargeReason: ['Enter the reason for discharge'],
    });
  });

  it('refuses a date before an open wait began (its wait ends that day), but not before an ended one', () => {
    // After assessment (5 Oct) but before the open ADOS wait (20 Oct); the Treatment wait already ended.
    expect(validateDischarge({ dischargedOn: '2026-10-10', dischargeReason: 'moved away' }, accepted)).toEqual({
      dischargedOn: ['Removal (2026-10-10) cannot be before the child was added to ADOS (2026-10-20)'],
    });
    expect(validateDischarge({ dischargedOn: '2026-10-20', dischargeReason: 'moved away' }, accepted)).toEqual({});
    expect(toDischargeRequest({ dischargedOn: '2026-10-20', dischargeReason: ' moved away ' }, accepted)).toEqual({
      version: 5,
      dischargedOn: '2026-10-20',
      reason: 'moved away',
    });
  });
});
