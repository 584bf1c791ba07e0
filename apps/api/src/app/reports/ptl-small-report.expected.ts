import type { PtlReport, PtlWeeksWaited } from '@camhs/contracts';

/*
 * The report over the hand-built extract tools/fixtures/ptl-small, for Rutland as at 31 January 2019,
 * worked out by hand from the fixture's rows (see the comments). Shared by the integration tests of
 * the report (JSON, CSV) and of its exports (XLSX, PDF), so every format is held to the same figures.
 */
const months = ['2018-04', '2018-05', '2018-06', '2018-07', '2018-08', '2018-09', '2018-10', '2018-11', '2018-12', '2019-01'];
// Received in the period (1 Apr 2018 – 31 Jan 2019): R3 Jun routine, R2 Oct urgent, R4 Dec routine (R1 was received in March).
const received: Record<string, [number, number]> = { '2018-06': [1, 0], '2018-10': [0, 1], '2018-12': [1, 0] };
export const RUTLAND_31_JAN_2019: PtlReport = {
  asOf: '2019-01-31',
  filters: { area: 'Rutland', team: null },
  period: { from: '2018-04-01', to: '2019-01-31' },
  referralsByMonth: months.map((month) => ({ month, routine: received[month]?.[0] ?? 0, urgent: received[month]?.[1] ?? 0 })),
  // R3: 1 Jun → 1 Jul = 30 days ≤ 91 (routine) pass; R2: 1 Oct → 20 Oct = 19 days ≤ 28 (urgent) pass.
  accessCompliance: [
    { month: '2018-07', urgency: 'routine', pass: 1, fail: 0 },
    { month: '2018-10', urgency: 'urgent', pass: 1, fail: 0 },
  ],
  accessOutcomes: { accepted: 1, redirected: 1, returned: 0 },
  // R1 (child C1) since 20 Mar 2018: 317 days = 45 weeks; R4 (child C2, no access recorded) since 1 Dec: 61 days.
  // Average (317 + 61) / 2 = 189 days = 27.0 weeks; only R1 is over 91 days.
  waitingForAccess: { children: 2, routine: 2, urgent: 0, longestWeeks: 45, averageWeeks: 27, over13Weeks: 1, urgentCases: [] },
  // R2 finished assessment on 15 Nov; nobody else reached it.
  inAssessment: { children: 0, longestWeeks: 0, averageWeeks: 0 },
  // W1 (Neurodevelopmental, since 15 Nov) is open; W2 (Treatment) started on 10 Jan. C2 has A2 booked for 14 Feb.
  waitingForTreatment: {
    children: 1,
    waits: 1,
    byList: [{ list: 'Neurodevelopmental', waits: 1 }],
    withFutureAppointment: 1,
    withoutFutureAppointment: 0,
    withoutFutureAppointmentSeenLast60Days: 0,
    longestWithoutAppointment: null,
  },
  // W1 measured from R2's receipt (1 Oct): 122 days — over 91, not over 126.
  rtt: { over13Weeks: 1, over18Weeks: 0 },
  // C2 is AMBER since 15 Nov: next review 15 Nov + 91 = 14 Feb, after the 14 days from 31 Jan (31 Jan – 13 Feb).
  duty: { rag: { RED: 0, AMBER: 1, GREEN: 0, unrated: 0 }, redWithoutLeadProfessional: 0, reviewsDue: 0, reviewsOverdue: 0, reviewsCompletedInLast14Days: 0 },
  flow: { acceptedLast14Days: 0, dischargedLast14Days: 0 },
  // On 17 Jan: R1 and R4 waiting for access; W1 open, W2 already started (10 Jan).
  previous: { asOf: '2019-01-17', waitingForAccess: 2, waitingForTreatmentChildren: 1, waits: 1 },
};

/**
 * Open waits by weeks waited on the same day: only W1 is open (W2 started on 10 Jan). W1 was added on
 * 15 Nov 2018: 15 days of November + 31 + 31 = 77 days = 11 whole weeks, so 4-13.
 */
export const RUTLAND_WEEKS_WAITED_31_JAN_2019: PtlWeeksWaited = {
  asOf: '2019-01-31',
  filters: { area: 'Rutland', team: null },
  bands: [
    { band: '0-4', fromWeeks: 0, toWeeks: 4, waits: 0 },
    { band: '4-13', fromWeeks: 4, toWeeks: 13, waits: 1 },
    { band: '13-18', fromWeeks: 13, toWeeks: 18, waits: 0 },
    { band: '18-52', fromWeeks: 18, toWeeks: 52, waits: 0 },
    { band: '52+', fromWeeks: 52, toWeeks: null, waits: 0 },
  ],
};
