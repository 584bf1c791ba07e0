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
  /** The referral's internal id: its page is `/referrals/<id>`. */
  id: string;
  /** The referral's source id (its own id when it was registered here). */
  referralId: string;
  childId: string;
  /** Given and family name, for the manager reading the list. */
  childName: string;
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

/** The formats of GET /api/reports/ptl/export (`?format=`, csv when left out) and the command line's files. */
export const PTL_EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type PtlExportFormat = (typeof PTL_EXPORT_FORMATS)[number];

/**
 * The bands of the weeks-waited distribution (not part of the report contract; its own endpoint).
 * A wait falls in a band when its whole weeks (days ÷ 7 rounded down) are at least `fromWeeks` and
 * less than `toWeeks` (no upper bound for the last band): lower bound inclusive, upper exclusive.
 */
export const WEEKS_WAITED_BANDS = [
  { band: '0-4', fromWeeks: 0, toWeeks: 4 },
  { band: '4-13', fromWeeks: 4, toWeeks: 13 },
  { band: '13-18', fromWeeks: 13, toWeeks: 18 },
  { band: '18-52', fromWeeks: 18, toWeeks: 52 },
  { band: '52+', fromWeeks: 52, toWeeks: null },
] as const satisfies readonly { band: string; fromWeeks: number; toWeeks: number | null }[];
export type WeeksWaitedBand = (typeof WEEKS_WAITED_BANDS)[number]['band'];

/**
 * GET /api/reports/ptl/weeks-waited — the open waits of `waitingForTreatment.waits` on `asOf`, by
 * weeks waited since added to the list. The bands add up to `waitingForTreatment.waits`; each
 * band opens at /api/reports/ptl/drill with `figure=weeksWaited.<band>`.
 */
export interface PtlWeeksWaited {
  asOf: IsoDate;
  filters: { area: string | null; team: string | null };
  bands: { band: WeeksWaitedBand; fromWeeks: number; toWeeks: number | null; waits: number }[];
}
