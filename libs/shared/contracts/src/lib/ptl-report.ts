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

/** GET /api/reports/ptl/drill — one row behind a figure (a referral, or one of its waits). */
export interface PtlDrillRow {
  /** The referral's source id (its own id when it was registered here). */
  referralId: string;
  childId: string;
  waitId: string | null;
  list: string | null;
  /** Days the row has been waiting (or since the event), when the figure measures a wait. */
  days: number | null;
  urgency: 'routine' | 'urgent';
}

export interface PtlDrillQuery extends PtlReportQuery {
  /** The figure's path in the report, e.g. `waitingForAccess.over13Weeks` or `waitingForTreatment.byList.ADOS`. */
  figure: string;
}
