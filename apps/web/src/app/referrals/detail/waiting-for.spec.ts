import { aReferral, aWait, anAppointment } from './referral-view.testing';
import { describeAppointment, nextAppointment, waitingFor } from './waiting-for';

const TODAY = '2026-11-22';

describe('waitingFor', () => {
  it('in access: whole weeks since receipt and the access target', () => {
    // 1 Sep → 22 Nov: 29 + 31 + 22 = 82 days = 11 weeks 5 days.
    expect(waitingFor(aReferral({ receivedOn: '2026-09-01', accessDeadline: '2026-12-01' }), TODAY)).toEqual([
      'Access (first contact): 11 weeks since referral, target 1 Dec 2026',
    ]);
  });

  it('in assessment: weeks since access, or since receipt for a team that skips access', () => {
    // 10 Nov → 22 Nov: 12 days = 1 week.
    expect(waitingFor(aReferral({ stage: 'assessment', accessCompletedOn: '2026-11-10', accessOutcome: 'accepted' }), TODAY)).toEqual([
      'Assessment: 1 week since access',
    ]);
    // 20 Nov → 22 Nov: 2 days = 0 weeks.
    expect(waitingFor(aReferral({ stage: 'assessment', receivedOn: '2026-11-20' }), TODAY)).toEqual(['Assessment: 0 weeks since referral']);
  });

  it('accepted: each open wait with its weeks, leaving out waits that ended', () => {
    const referral = aReferral({
      stage: 'accepted',
      waits: [
        aWait({ id: 'w-ados', list: 'ADOS', addedOn: '2026-10-05' }),
        aWait({ id: 'w-treat', list: 'Treatment', addedOn: '2026-10-05', startedOn: '2026-10-19' }),
        aWait({ id: 'w-beh', list: 'Behaviour', addedOn: '2026-11-15' }),
      ],
    });
    // ADOS: 5 Oct → 22 Nov = 26 + 22 = 48 days = 6 weeks; Behaviour: 7 days = 1 week.
    expect(waitingFor(referral, TODAY)).toEqual(['ADOS: 6 weeks (added 5 Oct 2026)', 'Behaviour: 1 week (added 15 Nov 2026)']);
    expect(waitingFor(aReferral({ stage: 'accepted', waits: [aWait({ removedOn: '2026-11-01' })] }), TODAY)).toEqual(['No open waits']);
  });

  it('closed: nothing, saying why', () => {
    expect(waitingFor(aReferral({ stage: 'discharged' }), TODAY)).toEqual(['Nothing: discharged']);
    expect(waitingFor(aReferral({ stage: 'redirected' }), TODAY)).toEqual(['Nothing: redirected at access']);
  });
});

describe('nextAppointment', () => {
  it('is the earliest booked appointment from today on', () => {
    const referral = aReferral({
      waits: [aWait({ id: 'w-ados', list: 'ADOS' })],
      appointments: [
        anAppointment({ id: 'past', date: '2026-11-20' }),
        anAppointment({ id: 'later', date: '2026-12-10' }),
        anAppointment({ id: 'cancelled', date: '2026-12-03', status: 'cancelled' }),
        anAppointment({ id: 'next', date: '2026-12-05', kind: 'assessment', waitId: 'w-ados' }),
      ],
    });
    const next = nextAppointment(referral, TODAY);
    expect(next?.id).toBe('next');
    expect(next && describeAppointment(next, referral)).toBe('5 Dec 2026: Assessment appointment (ADOS)');
  });

  it('counts one booked for today, and is null when none is booked', () => {
    expect(nextAppointment(aReferral({ appointments: [anAppointment({ id: 'today', date: TODAY })] }), TODAY)?.id).toBe('today');
    expect(nextAppointment(aReferral({ appointments: [anAppointment({ status: 'attended' })] }), TODAY)).toBeNull();
  });
});
