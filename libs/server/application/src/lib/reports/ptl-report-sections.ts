import type { PtlReport } from '@camhs/contracts';
import { stringify } from 'csv-stringify/sync';

/** One block of the report as a table: its title, column names (the contract's field names) and rows. */
export interface ReportSection {
  title: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

/** The report as tables, one per block, in the contract's order: the shape of the CSV and XLSX exports. */
export function ptlReportSections(r: PtlReport): ReportSection[] {
  const w = r.waitingForTreatment;
  return [
    { title: 'report', columns: ['asOf', 'area', 'team', 'periodFrom', 'periodTo'], rows: [[r.asOf, r.filters.area, r.filters.team, r.period.from, r.period.to]] },
    { title: 'referralsByMonth', columns: ['month', 'routine', 'urgent'], rows: r.referralsByMonth.map((m) => [m.month, m.routine, m.urgent]) },
    { title: 'accessCompliance', columns: ['month', 'urgency', 'pass', 'fail'], rows: r.accessCompliance.map((c) => [c.month, c.urgency, c.pass, c.fail]) },
    { title: 'accessOutcomes', columns: ['accepted', 'redirected', 'returned'], rows: [[r.accessOutcomes.accepted, r.accessOutcomes.redirected, r.accessOutcomes.returned]] },
    {
      title: 'waitingForAccess',
      columns: ['children', 'routine', 'urgent', 'longestWeeks', 'averageWeeks', 'over13Weeks'],
      rows: [[r.waitingForAccess.children, r.waitingForAccess.routine, r.waitingForAccess.urgent, r.waitingForAccess.longestWeeks, r.waitingForAccess.averageWeeks, r.waitingForAccess.over13Weeks]],
    },
    {
      title: 'waitingForAccess.urgentCases',
      columns: ['referralId', 'weeksWaiting', 'hasFutureAppointment'],
      rows: r.waitingForAccess.urgentCases.map((u) => [u.referralId, u.weeksWaiting, u.hasFutureAppointment]),
    },
    { title: 'inAssessment', columns: ['children', 'longestWeeks', 'averageWeeks'], rows: [[r.inAssessment.children, r.inAssessment.longestWeeks, r.inAssessment.averageWeeks]] },
    {
      title: 'waitingForTreatment',
      columns: [
        'children',
        'waits',
        'withFutureAppointment',
        'withoutFutureAppointment',
        'withoutFutureAppointmentSeenLast60Days',
        'longestWithoutAppointment.weeks',
        'longestWithoutAppointment.list',
        'longestWithoutAppointment.waitId',
      ],
      rows: [
        [
          w.children,
          w.waits,
          w.withFutureAppointment,
          w.withoutFutureAppointment,
          w.withoutFutureAppointmentSeenLast60Days,
          w.longestWithoutAppointment?.weeks ?? null,
          w.longestWithoutAppointment?.list ?? null,
          w.longestWithoutAppointment?.waitId ?? null,
        ],
      ],
    },
    { title: 'waitingForTreatment.byList', columns: ['list', 'waits'], rows: w.byList.map((l) => [l.list, l.waits]) },
    { title: 'rtt', columns: ['over13Weeks', 'over18Weeks'], rows: [[r.rtt.over13Weeks, r.rtt.over18Weeks]] },
    {
      title: 'duty',
      columns: ['RED', 'AMBER', 'GREEN', 'unrated', 'redWithoutLeadProfessional', 'reviewsDue', 'reviewsOverdue', 'reviewsCompletedInLast14Days'],
      rows: [[r.duty.rag.RED, r.duty.rag.AMBER, r.duty.rag.GREEN, r.duty.rag.unrated, r.duty.redWithoutLeadProfessional, r.duty.reviewsDue, r.duty.reviewsOverdue, r.duty.reviewsCompletedInLast14Days]],
    },
    { title: 'flow', columns: ['acceptedLast14Days', 'dischargedLast14Days'], rows: [[r.flow.acceptedLast14Days, r.flow.dischargedLast14Days]] },
    {
      title: 'previous',
      columns: ['asOf', 'waitingForAccess', 'waitingForTreatmentChildren', 'waits'],
      rows: [[r.previous.asOf, r.previous.waitingForAccess, r.previous.waitingForTreatmentChildren, r.previous.waits]],
    },
  ];
}

/** CSV: each section as its title line, a header line and its rows, sections separated by an empty line. */
export function ptlReportCsv(r: PtlReport): string {
  return ptlReportSections(r)
    .map((s) => stringify([[s.title], s.columns, ...s.rows], { cast: { boolean: (b) => (b ? 'true' : 'false') } }))
    .join('\n');
}
