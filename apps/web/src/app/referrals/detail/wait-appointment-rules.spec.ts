import { aReferral, aWait } from './referral-view.testing';
import {
  listsToAdd,
  toAddWaitRequest,
  toBookingRequest,
  toEndWaitRequest,
  toOutcomeRequest,
  validateAddWait,
  validateBooking,
  validateEndWait,
  validateOutcome,
} from './wait-appointment-rules';

const LISTS = ['ADOS', 'Behaviour', 'Treatment'];
const accepted = aReferral({
  stage: 'accepted',
  accessCompletedOn: '2026-09-20',
  accessOutcome: 'accepted',
  assessmentCompletedOn: '2026-10-05',
  assessmentOutcome: 'accepted',
  waits: [aWait({ id: 'w-ados', list: 'ADOS', addedOn: '2026-10-05', version: 2 }), aWait({ id: 'w-beh', list: 'Behaviour', removedOn: '2026-11-01' })],
  version: 4,
});

describe('add a wait', () => {
  it('offers every list the child is not already waiting on (an ended wait does not count)', () => {
    expect(listsToAdd(LISTS, accepted)).toEqual(['Behaviour', 'Treatment']);
  });

  it('names a missing list or date, an open wait on the same list, and a date before assessment', () => {
    expect(validateAddWait({ waitList: '', waitAddedOn: '' }, accepted, LISTS)).toEqual({
      waitList: ['Select a waiting list'],
      waitAddedOn: ['Enter the date the child was added to the list'],
    });
    expect(validateAddWait({ waitList: 'ADOS', waitAddedOn: '2026-11-01' }, accepted, LISTS)).toEqual({ waitList: ['The child is already waiting on ADOS'] });
    expect(validateAddWait({ waitList: 'Treatment', waitAddedOn: '2026-10-01' }, accepted, LISTS)).toEqual({
      waitAddedOn: ['A wait cannot be added (2026-10-01) before the assessment was completed (2026-10-05)'],
    });
    expect(validateAddWait({ waitList: 'Behaviour', waitAddedOn: '2026-11-02' }, accepted, LISTS)).toEqual({});
    expect(toAddWaitRequest({ waitList: 'Behaviour', waitAddedOn: '2026-11-02' }, accepted)).toEqual({ version: 4, list: 'Behaviour', addedOn: '2026-11-02' });
  });
});

describe('end a wait', () => {
  const ados = accepted.waits[0];

  it('refuses a date before the wait began, in the words of the move', () => {
    expect(validateEndWait({ endOn: '2026-10-04' }, ados, 'start-treatment')).toEqual({
      endOn: ['Treatment start (2026-10-04) cannot be before the child was added to ADOS (2026-10-05)'],
    });
    expect(validateEndWait({ endOn: '2026-10-04' }, ados, 'remove-wait')).toEqual({
      endOn: ['Removal (2026-10-04) cannot be before the child was added to ADOS (2026-10-05)'],
    });
    expect(validateEndWait({ endOn: '' }, ados, 'start-treatment')).toEqual({ endOn: ['Enter the date treatment started'] });
  });

  it('sends the wait’s own version', () => {
    expect(toEndWaitRequest({ endOn: '2026-10-05' }, ados)).toEqual({ version: 2, on: '2026-10-05' });
  });
});

describe('appointments', () => {
  it('wants a date and a kind; the wait is optional but must be one of the referral’s', () => {
    expect(validateBooking({ appointmentDate: '', appointmentKind: '', appointmentWait: '' }, accepted)).toEqual({
      appointmentDate: ['Enter the date of the appointment'],
      appointmentKind: ['Select the kind of appointment'],
    });
    expect(validateBooking({ appointmentDate: '2026-12-03', appointmentKind: 'treatment', appointmentWait: 'w-other' }, accepted)).toEqual({
      appointmentWait: ['Select one of this referral’s waits, or none'],
    });
    expect(toBookingRequest({ appointmentDate: '2026-12-03', appointmentKind: 'treatment', appointmentWait: '' })).toEqual({
      date: '2026-12-03',
      kind: 'treatment',
      waitId: null,
    });
  });

  it('records attended, DNA or cancelled with the appointment’s version', () => {
    expect(validateOutcome({ outcomeStatus: '' })).toEqual({ outcomeStatus: ['Select whether the child attended'] });
    expect(validateOutcome({ outcomeStatus: 'booked' })).toEqual({ outcomeStatus: ['Select whether the child attended'] });
    expect(toOutcomeRequest({ outcomeStatus: 'dna' }, 2)).toEqual({ version: 2, status: 'dna' });
  });
});
