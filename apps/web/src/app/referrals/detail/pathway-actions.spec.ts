import { appointmentActions, referralActions, waitActions } from './pathway-actions';
import { aReferral, aWait, anAppointment } from './referral-view.testing';

describe('referralActions: only what the stage allows', () => {
  it('in access: complete access, book an appointment, discharge', () => {
    expect(referralActions(aReferral({ stage: 'access' }))).toEqual(['complete-access', 'book-appointment', 'discharge']);
  });

  it('in assessment (after access, or straight in for a specialist team): complete assessment, book, discharge', () => {
    const afterAccess = aReferral({ stage: 'assessment', accessCompletedOn: '2026-09-20', accessOutcome: 'accepted' });
    expect(referralActions(afterAccess)).toEqual(['complete-assessment', 'book-appointment', 'discharge']);
    expect(referralActions(aReferral({ stage: 'assessment' }))).toEqual(['complete-assessment', 'book-appointment', 'discharge']);
  });

  it('accepted into the service: add a wait, book, discharge', () => {
    const accepted = aReferral({
      stage: 'accepted',
      accessCompletedOn: '2026-09-20',
      accessOutcome: 'accepted',
      assessmentCompletedOn: '2026-10-05',
      assessmentOutcome: 'accepted',
      waits: [aWait()],
    });
    expect(referralActions(accepted)).toEqual(['add-wait', 'book-appointment', 'discharge']);
  });

  it('closed (redirected, returned, discharged): nothing', () => {
    expect(referralActions(aReferral({ stage: 'redirected', accessCompletedOn: '2026-09-20', accessOutcome: 'redirected' }))).toEqual([]);
    expect(referralActions(aReferral({ stage: 'returned', accessCompletedOn: '2026-09-20', accessOutcome: 'returned' }))).toEqual([]);
    expect(referralActions(aReferral({ stage: 'discharged', dischargedOn: '2026-09-30' }))).toEqual([]);
  });
});

describe('waitActions and appointmentActions', () => {
  it('offers starting treatment and removal on an open wait only', () => {
    expect(waitActions(aWait())).toEqual(['start-treatment', 'remove-wait']);
    expect(waitActions(aWait({ startedOn: '2026-11-02' }))).toEqual([]);
    expect(waitActions(aWait({ removedOn: '2026-11-02' }))).toEqual([]);
  });

  it('offers recording an outcome for a booked appointment only', () => {
    expect(appointmentActions(anAppointment())).toEqual(['record-outcome']);
    for (const status of ['attended', 'dna', 'cancelled'] as const) expect(appointmentActions(anAppointment({ status }))).toEqual([]);
  });
});
