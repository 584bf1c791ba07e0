import { WEEKS_WAITED_BANDS } from '@camhs/contracts';
import { ACCESS_TARGET_DAYS, OVER_13_WEEKS_DAYS, OVER_18_WEEKS_DAYS, REPORT_CYCLE_DAYS, REVIEW_INTERVAL_DAYS, SEEN_RECENTLY_DAYS } from '@camhs/domain';

/**
 * The row sets behind the report's figures, as one WITH clause. Every set exposes the same columns
 * (referral_id, child_id, wait_id, list, days, urgency) so any figure can be opened as its rows.
 * Parameters: $1 asOf, $2 area id, $3 team id, $4 unscoped, $5 scope teams, $6 scope areas,
 * $7 period start; the thresholds and cadences from the domain follow from $8 (see FIGURE_PARAMS).
 * Derived state follows spec/ptl-extract.md exactly (a missing date never counts as "on or before").
 */
// Every set a figure can be opened on carries \`ref_id\`, the referral's own id, so a drill-down links each row to
// its referral without looking it up again by source id.
export const FIGURE_SETS = `
thresholds AS (SELECT $10::int AS over13_days, $11::int AS over18_days), -- typed here so any statement may leave them unused
ref AS (
  -- Only the columns the sets read: at national scale this set is millions of rows, kept in memory once per statement.
  SELECT r.id, r.source_id, r.child_id, r.urgency, r.received_on, r.access_completed_on, r.access_outcome, r.assessment_completed_on,
         r.assessment_outcome, r.discharged_on, r.rag, r.rag_set_on, r.lead_professional, r.red_interval_days
    FROM referral r
   WHERE ($2::uuid IS NULL OR r.area_id = $2) AND ($3::uuid IS NULL OR r.team_id = $3)
     AND ($4::boolean OR r.team_id = ANY($5::uuid[]) OR r.area_id = ANY($6::uuid[]))),
received AS (
  SELECT source_id AS referral_id, child_id, NULL::text AS wait_id, NULL::text AS list, NULL::int AS days, urgency, id AS ref_id,
         to_char(received_on, 'YYYY-MM') AS month
    FROM ref WHERE received_on BETWEEN $7 AND $1),
decided AS (
  SELECT source_id AS referral_id, child_id, NULL::text AS wait_id, NULL::text AS list, (access_completed_on - received_on) AS days, urgency, id AS ref_id,
         to_char(access_completed_on, 'YYYY-MM') AS month, access_outcome,
         (access_completed_on - received_on) <= CASE urgency WHEN 'urgent' THEN $8::int ELSE $9::int END AS passed
    FROM ref WHERE access_completed_on BETWEEN $7 AND $1),
waiting_for_access AS (
  SELECT source_id AS referral_id, child_id, NULL::text AS wait_id, NULL::text AS list, ($1::date - received_on) AS days, urgency, id, id AS ref_id
    FROM ref WHERE received_on <= $1 AND NOT coalesce(access_completed_on <= $1, false) AND NOT coalesce(discharged_on <= $1, false)),
in_assessment AS (
  SELECT source_id AS referral_id, child_id, NULL::text AS wait_id, NULL::text AS list, ($1::date - access_completed_on) AS days, urgency, id AS ref_id
    FROM ref WHERE access_outcome = 'accepted' AND access_completed_on <= $1
     AND NOT coalesce(assessment_completed_on <= $1, false) AND NOT coalesce(discharged_on <= $1, false)),
open AS (
  SELECT ref.source_id AS referral_id, ref.child_id, w.source_id AS wait_id, l.name AS list, ($1::date - w.added_on) AS days, ref.urgency, ref.id AS ref_id,
         ($1::date - ref.received_on) AS rtt_days
    FROM wait w JOIN ref ON ref.id = w.referral_id JOIN waiting_list l ON l.id = w.list_id
   WHERE w.added_on <= $1 AND NOT coalesce(w.started_on <= $1, false) AND NOT coalesce(w.removed_on <= $1, false)),
future AS (
  SELECT DISTINCT ref.child_id FROM appointment a JOIN ref ON ref.id = a.referral_id WHERE a.status = 'booked' AND a.date > $1),
seen AS (
  SELECT DISTINCT ref.child_id FROM appointment a JOIN ref ON ref.id = a.referral_id
   WHERE a.status = 'attended' AND a.date > $1::date - $12::int AND a.date <= $1),
rated AS (
  -- One row per child waiting for treatment: the referral holding their latest rating, or (unrated) the referral of their longest open wait.
  SELECT DISTINCT ON (o.child_id) o.child_id, coalesce(r.source_id, o.referral_id) AS referral_id, NULL::text AS wait_id, NULL::text AS list, NULL::int AS days,
         coalesce(r.urgency, o.urgency) AS urgency, coalesce(r.id, o.ref_id) AS ref_id, r.rag, r.lead_professional, r.rag_set_on, r.red_interval_days
    FROM open o
    LEFT JOIN ref r ON r.child_id = o.child_id AND r.rag IS NOT NULL AND r.rag_set_on <= $1
   ORDER BY o.child_id, r.rag_set_on DESC NULLS LAST, r.source_id, o.days DESC, o.wait_id),
reviews AS (
  SELECT r.source_id AS referral_id, r.child_id, NULL::text AS wait_id, NULL::text AS list, ($1::date - a.date) AS days, r.urgency, r.id AS ref_id, a.date
    FROM appointment a JOIN ref r ON r.id = a.referral_id
   WHERE a.kind = 'duty-review' AND a.status = 'attended' AND a.date <= $1 AND r.child_id IN (SELECT child_id FROM open)),
scheduled AS (
  -- The last review per child by one aggregate: a lookup per child into \`reviews\` (a CTE, never indexed) is quadratic.
  SELECT rt.*, coalesce(lr.last_review, rt.rag_set_on)
           + CASE rt.rag WHEN 'RED' THEN coalesce(rt.red_interval_days, $13::int) WHEN 'AMBER' THEN $14::int ELSE $15::int END AS due_on
    FROM rated rt LEFT JOIN (SELECT child_id, max(date) AS last_review FROM reviews GROUP BY child_id) lr ON lr.child_id = rt.child_id
   WHERE rt.rag IS NOT NULL),
flow AS (
  SELECT source_id AS referral_id, child_id, NULL::text AS wait_id, NULL::text AS list, NULL::int AS days, urgency, id AS ref_id,
         assessment_outcome = 'accepted' AND assessment_completed_on > $1::date - $16::int AND assessment_completed_on <= $1 AS accepted,
         discharged_on > $1::date - $16::int AND discharged_on <= $1 AS discharged
    FROM ref)`;

/** Parameters $8.. of FIGURE_SETS, from the domain's rules. */
export const FIGURE_PARAMS = [
  ACCESS_TARGET_DAYS.urgent, // $8
  ACCESS_TARGET_DAYS.routine, // $9
  OVER_13_WEEKS_DAYS, // $10
  OVER_18_WEEKS_DAYS, // $11
  SEEN_RECENTLY_DAYS, // $12
  REVIEW_INTERVAL_DAYS.RED, // $13
  REVIEW_INTERVAL_DAYS.AMBER, // $14
  REVIEW_INTERVAL_DAYS.GREEN, // $15
  REPORT_CYCLE_DAYS, // $16
];

/** A countable figure: the rows behind it (a FROM … WHERE over FIGURE_SETS), counted as rows or as distinct children. */
export interface FigureDefinition {
  rows: string;
  count: 'rows' | 'children';
  /** One more parameter ($17) the rows need, e.g. a month or a list name. */
  key?: string;
}

const FIXED: Record<string, FigureDefinition> = {
  'accessOutcomes.accepted': { rows: `decided WHERE access_outcome = 'accepted'`, count: 'rows' },
  'accessOutcomes.redirected': { rows: `decided WHERE access_outcome = 'redirected'`, count: 'rows' },
  'accessOutcomes.returned': { rows: `decided WHERE access_outcome = 'returned'`, count: 'rows' },
  'waitingForAccess.children': { rows: `waiting_for_access`, count: 'children' },
  'waitingForAccess.routine': { rows: `waiting_for_access WHERE urgency = 'routine'`, count: 'children' },
  'waitingForAccess.urgent': { rows: `waiting_for_access WHERE urgency = 'urgent'`, count: 'children' },
  'waitingForAccess.over13Weeks': { rows: `waiting_for_access WHERE days > $10::int`, count: 'rows' },
  'inAssessment.children': { rows: `in_assessment`, count: 'children' },
  'waitingForTreatment.children': { rows: `open`, count: 'children' },
  'waitingForTreatment.waits': { rows: `open`, count: 'rows' },
  'waitingForTreatment.withFutureAppointment': { rows: `open WHERE child_id IN (SELECT child_id FROM future)`, count: 'children' },
  'waitingForTreatment.withoutFutureAppointment': { rows: `open WHERE child_id NOT IN (SELECT child_id FROM future)`, count: 'children' },
  'waitingForTreatment.withoutFutureAppointmentSeenLast60Days': {
    rows: `open WHERE child_id NOT IN (SELECT child_id FROM future) AND child_id IN (SELECT child_id FROM seen)`,
    count: 'children',
  },
  'rtt.over13Weeks': { rows: `open WHERE rtt_days > $10::int`, count: 'rows' },
  'rtt.over18Weeks': { rows: `open WHERE rtt_days > $11::int`, count: 'rows' },
  'duty.rag.RED': { rows: `rated WHERE rag = 'RED'`, count: 'children' },
  'duty.rag.AMBER': { rows: `rated WHERE rag = 'AMBER'`, count: 'children' },
  'duty.rag.GREEN': { rows: `rated WHERE rag = 'GREEN'`, count: 'children' },
  'duty.rag.unrated': { rows: `rated WHERE rag IS NULL`, count: 'children' },
  'duty.redWithoutLeadProfessional': { rows: `rated WHERE rag = 'RED' AND lead_professional IS NULL`, count: 'children' },
  'duty.reviewsDue': { rows: `scheduled WHERE due_on >= $1 AND due_on < $1::date + $16::int`, count: 'children' },
  'duty.reviewsOverdue': { rows: `scheduled WHERE due_on < $1`, count: 'children' },
  'duty.reviewsCompletedInLast14Days': { rows: `reviews WHERE date > $1::date - $16::int`, count: 'rows' },
  'flow.acceptedLast14Days': { rows: `flow WHERE accepted`, count: 'rows' },
  'flow.dischargedLast14Days': { rows: `flow WHERE discharged`, count: 'rows' },
};

/** The figures whose paths are fixed (not per month or per list). */
export const FIXED_FIGURES = Object.keys(FIXED);

/** The definition of a figure path, fixed or per month / urgency / list; undefined when there is no such figure. */
export function figureDefinition(path: string): FigureDefinition | undefined {
  // Own keys only: `constructor` or `toString` is no figure.
  if (Object.hasOwn(FIXED, path)) return FIXED[path];
  let m = /^referralsByMonth\.(\d{4}-\d{2})\.(routine|urgent)$/.exec(path);
  if (m) return { rows: `received WHERE month = $17 AND urgency = '${m[2]}'`, count: 'rows', key: m[1] };
  m = /^accessCompliance\.(\d{4}-\d{2})\.(routine|urgent)\.(pass|fail)$/.exec(path);
  if (m) return { rows: `decided WHERE month = $17 AND urgency = '${m[2]}' AND ${m[3] === 'pass' ? '' : 'NOT '}passed`, count: 'rows', key: m[1] };
  m = /^waitingForTreatment\.byList\.(.+)$/.exec(path);
  if (m) return { rows: `open WHERE list = $17`, count: 'rows', key: m[1] };
  m = /^weeksWaited\.(.+)$/.exec(path);
  if (m) return Object.hasOwn(WEEKS_WAITED, m[1]) ? WEEKS_WAITED[m[1]] : undefined;
  return undefined;
}

/**
 * The weeks-waited distribution (not in the report contract): open waits by whole weeks since added to
 * the list, each band from its lower bound (inclusive) to its upper bound (exclusive). Whole weeks
 * w = floor(days / 7), so `from <= w < to` is `7·from <= days < 7·to`. The bands cover every open wait once.
 */
const WEEKS_WAITED: Record<string, FigureDefinition> = Object.fromEntries(
  WEEKS_WAITED_BANDS.map((b) => [
    b.band,
    { rows: `open WHERE days >= ${b.fromWeeks * 7}${b.toWeeks === null ? '' : ` AND days < ${b.toWeeks * 7}`}`, count: 'rows' },
  ]),
);

/** The drill paths of the weeks-waited bands, in band order: `weeksWaited.0-4` … `weeksWaited.52+`. */
export const WEEKS_WAITED_FIGURES = WEEKS_WAITED_BANDS.map((b) => `weeksWaited.${b.band}`);

/** `count(*)` or `count(DISTINCT child_id)` over a figure's rows. */
export function countOf(f: FigureDefinition): string {
  return `(SELECT ${f.count === 'rows' ? 'count(*)' : 'count(DISTINCT child_id)'} FROM ${f.rows})::int`;
}
