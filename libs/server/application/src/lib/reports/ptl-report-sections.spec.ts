import type { PtlReport } from '@camhs/contracts';
import { ptlReportCsv, ptlReportSections } from './ptl-report-sections';

const report: PtlReport = {
  asOf: '2019-01-31',
  filters: { area: 'Rutland', team: null },
  period: { from: '2018-04-01', to: '2019-01-31' },
  referralsByMonth: [{ month: '2019-01', routine: 2, urgent: 1 }],
  accessCompliance: [{ month: '2019-01', urgency: 'urgent', pass: 1, fail: 0 }],
  accessOutcomes: { accepted: 1, redirected: 0, returned: 0 },
  waitingForAccess: { children: 2, routine: 2, urgent: 0, longestWeeks: 45, averageWeeks: 27, over13Weeks: 1, urgentCases: [{ referralId: 'R, 9', weeksWaiting: 3, hasFutureAppointment: true }] },
  inAssessment: { children: 0, longestWeeks: 0, averageWeeks: 0 },
  waitingForTreatment: {
    children: 1,
    waits: 1,
    byList: [{ list: 'ADOS', waits: 1 }],
    withFutureAppointment: 0,
    withoutFutureAppointment: 1,
    withoutFutureAppointmentSeenLast60Days: 0,
    longestWithoutAppointment: { weeks: 11, list: 'ADOS', waitId: 'W1' },
  },
  rtt: { over13Weeks: 1, over18Weeks: 0 },
  duty: { rag: { RED: 0, AMBER: 1, GREEN: 0, unrated: 0 }, redWithoutLeadProfessional: 0, reviewsDue: 0, reviewsOverdue: 0, reviewsCompletedInLast14Days: 0 },
  flow: { acceptedLast14Days: 0, dischargedLast14Days: 0 },
  previous: { asOf: '2019-01-17', waitingForAccess: 2, waitingForTreatmentChildren: 1, waits: 1 },
};

describe('report sections (CSV and XLSX shape)', () => {
  it('has one section per block, in the contract order', () => {
    expect(ptlReportSections(report).map((s) => s.title)).toEqual([
      'report',
      'referralsByMonth',
      'accessCompliance',
      'accessOutcomes',
      'waitingForAccess',
      'waitingForAccess.urgentCases',
      'inAssessment',
      'waitingForTreatment',
      'waitingForTreatment.byList',
      'rtt',
      'duty',
      'flow',
      'previous',
    ]);
  });

  it('writes CSV blocks with the contract’s field names, quoting where needed', () => {
    const csv = ptlReportCsv(report);
    expect(csv.startsWith('report\nasOf,area,team,periodFrom,periodTo\n2019-01-31,Rutland,,2018-04-01,2019-01-31\n\nreferralsByMonth\nmonth,routine,urgent\n2019-01,2,1\n')).toBe(true);
    expect(csv).toContain('waitingForAccess.urgentCases\nreferralId,weeksWaiting,hasFutureAppointment\n"R, 9",3,true\n');
    expect(csv).toContain('waitingForTreatment\nchildren,waits,withFutureAppointment,withoutFutureAppointment,withoutFutureAppointmentSeenLast60Days,longestWithoutAppointment.weeks,longestWithoutAppointment.list,longestWithoutAppointment.waitId\n1,1,0,1,0,11,ADOS,W1\n');
    expect(csv.endsWith('previous\nasOf,waitingForAccess,waitingForTreatmentChildren,waits\n2019-01-17,2,1,1\n')).toBe(true);
  });
});
