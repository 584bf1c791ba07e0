import { AppointmentView, ReferralView, WaitView } from '@camhs/contracts';

/** For unit tests only: a referral received on 1 Sep 2026 and still in access, with whatever the test changes. */
export function aReferral(changes: Partial<ReferralView> = {}): ReferralView {
  return {
    id: 'r-1',
    childId: 'c-1',
    givenName: 'Testonia',
    familyName: 'Fixtureby',
    dateOfBirth: '2013-06-14',
    nhsNumber: null,
    area: 'rutland',
    team: 'generic-outpatient',
    referrerType: 'school',
    urgency: 'routine',
    receivedOn: '2026-09-01',
    accessDeadline: '2026-12-01',
    acknowledgedAt: null,
    stage: 'access',
    accessCompletedOn: null,
    accessOutcome: null,
    assessmentCompletedOn: null,
    assessmentOutcome: null,
    dischargedOn: null,
    waits: [],
    appointments: [],
    flags: [],
    version: 1,
    createdAt: '2026-09-01T09:00:00.000Z',
    rag: null,
    ragSetOn: null,
    leadProfessional: null,
    ...changes,
  };
}

export function aWait(changes: Partial<WaitView> = {}): WaitView {
  return { id: 'w-1', list: 'ADOS', addedOn: '2026-10-05', startedOn: null, removedOn: null, version: 1, ...changes };
}

export function anAppointment(changes: Partial<AppointmentView> = {}): AppointmentView {
  return { id: 'a-1', waitId: null, date: '2026-12-03', kind: 'treatment', status: 'booked', version: 1, ...changes };
}
