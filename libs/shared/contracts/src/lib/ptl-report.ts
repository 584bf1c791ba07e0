import type { IsoDate } from './common';

/** GET /api/reports/ptl — the bi-weekly tracking report (spec/ptl-report.md); field names are the contract. */
export interface PtlReport {
  asOf: IsoDate;
  filters: { area: string | null; team: string | null };
  period: { from: IsoDate; to: IsoDate };
  referralsByMonth: { month: string; routine: number; urgent: number }[];
  accessCompliance: { month: string; urgency: 'routine' | 'urgent'; pass: number; fail: number }[];
  accessOutcomes: { accepted: number; redirected: number; returned: number };
  waitingForAccess: {
    children: number;
    routine: number;
    urgent: number;
    longestWeeks: number;
    averageWeeks: number;
    over13Weeks: number;
    urgentCases: { referralId: string; weeksWaiting: number; hasFutureAppointment: boolean }[];
  };
  inAssessment: { children: number; longestWeeks: number; averageWeeks: number };
  waitingForTreatment: {
    children: number;
    waits: number;
    byList: { list: string; waits: number }[];
    withFutureAppointment: number;
    withoutFutureAppointment: number;
    withoutFutureAppointmentSeenLast60Days: number;
    longestWithoutAppointment: { weeks: number; list: string; waitId: string } | null;
  };
  rtt: { over13Weeks: number; over18Weeks: number };
  duty: {
    rag: { RED: number; AMBER: number; GREEN: number; unrated: number };
    redWithoutLeadProfessional: number;
    reviewsDue: number;
    reviewsOverdue: number;
    reviewsCompletedInLast14Days: number;
  };
  flow: { acceptedLast14Days: number; dischargedLast14Days: number };
  previous: { asOf: IsoDate; waitingForAccess: number; waitingForTreatmentChildren: number; waits: number };
}

export interface PtlReportQuery {
  asOf: IsoDate;
  /** Area name or code. */
  area?: string;
  /** Team code. */
  team?: string;
}
