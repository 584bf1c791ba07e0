import type { PtlReport, PtlReportQuery } from '@camhs/contracts';
import { ACCESS_TARGET_DAYS, ClinicalScope, OVER_13_WEEKS_DAYS, OVER_18_WEEKS_DAYS, REPORT_CYCLE_DAYS, SEEN_RECENTLY_DAYS, REVIEW_INTERVAL_DAYS, addDays, monthsBetween, reportPeriod } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../common/errors';

/**
 * The referrals a report counts, as a CTE named `ref`: the area/team filters and, for a signed-in
 * caller, their clinical scope. Parameters $1..$6 are fixed (asOf, area, team, unscoped, scope
 * teams, scope areas); a query adds its own from $7.
 */
const REF = `ref AS (
  SELECT r.* FROM referral r
   WHERE ($2::uuid IS NULL OR r.area_id = $2) AND ($3::uuid IS NULL OR r.team_id = $3)
     AND ($4::boolean OR r.team_id = ANY($5::uuid[]) OR r.area_id = ANY($6::uuid[])))`;

/** Derived state on $1 exactly as spec/ptl-extract.md defines it (a missing date never counts as "on or before"). */
const WAITING_FOR_ACCESS = `received_on <= $1 AND NOT coalesce(access_completed_on <= $1, false) AND NOT coalesce(discharged_on <= $1, false)`;
const IN_ASSESSMENT = `access_outcome = 'accepted' AND access_completed_on <= $1 AND NOT coalesce(assessment_completed_on <= $1, false) AND NOT coalesce(discharged_on <= $1, false)`;
const OPEN_WAITS = `open AS (
  SELECT w.id, w.source_id, w.list_id, ref.child_id, ref.received_on, ($1::date - w.added_on) AS days
    FROM wait w JOIN ref ON ref.id = w.referral_id
   WHERE w.added_on <= $1 AND NOT coalesce(w.started_on <= $1, false) AND NOT coalesce(w.removed_on <= $1, false))`;
const FUTURE_BOOKED = `future AS (
  SELECT DISTINCT ref.child_id FROM appointment a JOIN ref ON ref.id = a.referral_id WHERE a.status = 'booked' AND a.date > $1)`;

/** Whole weeks rounded down, and the mean of days ÷ 7 to one decimal place (spec "Units"), in SQL. */
const WEEKS = (days: string) => `coalesce(floor(max(${days}) / 7.0), 0)::int AS longest_weeks, coalesce(round(avg(${days}) / 7, 1), 0)::float AS average_weeks`;

interface Base {
  params: unknown[];
}

/**
 * The bi-weekly tracking report (spec/ptl-report.md), for any as-of date (point in time: every
 * figure is read from recorded dates), optionally one area and/or team. Every figure is an SQL
 * aggregate; nothing is loaded row by row.
 */
@Injectable()
export class PtlReportQueries {
  constructor(private readonly db: DataSource) {}

  async build(query: PtlReportQuery, scope: ClinicalScope | null): Promise<PtlReport> {
    const [areaId, teamId] = await this.resolveFilters(query);
    const base = (asOf: string): Base => ({ params: [asOf, areaId, teamId, scope === null, scope?.teamIds ?? [], scope?.areaIds ?? []] });
    const asOf = query.asOf;
    const period = reportPeriod(asOf);
    const b = base(asOf);
    const previousAsOf = addDays(asOf, -REPORT_CYCLE_DAYS);
    const [byMonth, compliance, outcomes, access, urgentCases, assessment, treatment, byList, longest, duty, flow, prevAccess, prevTreatment] = await Promise.all([
      this.q(b, `SELECT to_char(received_on, 'YYYY-MM') AS month, urgency, count(*)::int AS n FROM ref WHERE received_on BETWEEN $7 AND $1 GROUP BY 1, 2`, [period.from]),
      this.q(
        b,
        `SELECT to_char(access_completed_on, 'YYYY-MM') AS month, urgency,
                count(*) FILTER (WHERE access_completed_on - received_on <= CASE urgency WHEN 'urgent' THEN $8::int ELSE $9::int END)::int AS pass,
                count(*) FILTER (WHERE access_completed_on - received_on > CASE urgency WHEN 'urgent' THEN $8::int ELSE $9::int END)::int AS fail
           FROM ref WHERE access_completed_on BETWEEN $7 AND $1 GROUP BY 1, 2 ORDER BY 1, 2`,
        [period.from, ACCESS_TARGET_DAYS.urgent, ACCESS_TARGET_DAYS.routine],
      ),
      this.q(b, `SELECT access_outcome, count(*)::int AS n FROM ref WHERE access_completed_on BETWEEN $7 AND $1 GROUP BY 1`, [period.from]),
      this.waitingForAccess(b),
      this.q(
        b,
        `SELECT source_id AS "referralId", floor(($1::date - received_on) / 7.0)::int AS "weeksWaiting",
                EXISTS (SELECT 1 FROM appointment a WHERE a.referral_id = ref.id AND a.status = 'booked' AND a.date > $1) AS "hasFutureAppointment"
           FROM ref WHERE urgency = 'urgent' AND ${WAITING_FOR_ACCESS} ORDER BY received_on, source_id`,
      ),
      this.q(b, `SELECT count(DISTINCT child_id)::int AS children, ${WEEKS(`($1::date - access_completed_on)`)} FROM ref WHERE ${IN_ASSESSMENT}`),
      this.waitingForTreatment(b),
      this.q(b, `WITH ${OPEN_WAITS} SELECT l.name AS list, count(*)::int AS waits FROM open JOIN waiting_list l ON l.id = open.list_id GROUP BY l.name ORDER BY 2 DESC, 1`),
      this.q(
        b,
        `WITH ${OPEN_WAITS}, ${FUTURE_BOOKED}
         SELECT floor(open.days / 7.0)::int AS weeks, l.name AS list, open.source_id AS "waitId"
           FROM open JOIN waiting_list l ON l.id = open.list_id
          WHERE open.child_id NOT IN (SELECT child_id FROM future) ORDER BY open.days DESC, open.source_id LIMIT 1`,
      ),
      this.duty(b),
      this.q(
        b,
        `SELECT count(*) FILTER (WHERE assessment_outcome = 'accepted' AND assessment_completed_on > $1::date - $7::int AND assessment_completed_on <= $1)::int AS accepted,
                count(*) FILTER (WHERE discharged_on > $1::date - $7::int AND discharged_on <= $1)::int AS discharged
           FROM ref`,
        [REPORT_CYCLE_DAYS],
      ),
      this.waitingForAccess(base(previousAsOf)),
      this.waitingForTreatment(base(previousAsOf)),
    ]);

    const months = monthsBetween(period.from, period.to);
    const count = (month: string, urgency: string) => (byMonth.find((r) => r['month'] === month && r['urgency'] === urgency)?.['n'] as number) ?? 0;
    const outcome = (o: string) => (outcomes.find((r) => r['access_outcome'] === o)?.['n'] as number) ?? 0;
    const [a] = access;
    const [s] = assessment;
    const [t] = treatment;
    const [d] = duty;
    const [f] = flow;
    return {
      asOf,
      filters: { area: query.area ?? null, team: query.team ?? null },
      period,
      referralsByMonth: months.map((month) => ({ month, routine: count(month, 'routine'), urgent: count(month, 'urgent') })),
      accessCompliance: compliance.map((r) => ({ month: r['month'] as string, urgency: r['urgency'] as 'routine' | 'urgent', pass: r['pass'] as number, fail: r['fail'] as number })),
      accessOutcomes: { accepted: outcome('accepted'), redirected: outcome('redirected'), returned: outcome('returned') },
      waitingForAccess: {
        children: a['children'] as number,
        routine: a['routine'] as number,
        urgent: a['urgent'] as number,
        longestWeeks: a['longest_weeks'] as number,
        averageWeeks: a['average_weeks'] as number,
        over13Weeks: a['over13'] as number,
        urgentCases: urgentCases as PtlReport['waitingForAccess']['urgentCases'],
      },
      inAssessment: { children: s['children'] as number, longestWeeks: s['longest_weeks'] as number, averageWeeks: s['average_weeks'] as number },
      waitingForTreatment: {
        children: t['children'] as number,
        waits: t['waits'] as number,
        byList: byList as PtlReport['waitingForTreatment']['byList'],
        withFutureAppointment: t['with_future'] as number,
        withoutFutureAppointment: (t['children'] as number) - (t['with_future'] as number),
        withoutFutureAppointmentSeenLast60Days: t['seen_60'] as number,
        longestWithoutAppointment: (longest[0] as PtlReport['waitingForTreatment']['longestWithoutAppointment']) ?? null,
      },
      rtt: { over13Weeks: t['rtt_13'] as number, over18Weeks: t['rtt_18'] as number },
      duty: {
        rag: { RED: d['red'] as number, AMBER: d['amber'] as number, GREEN: d['green'] as number, unrated: d['unrated'] as number },
        redWithoutLeadProfessional: d['red_without_lp'] as number,
        reviewsDue: d['due'] as number,
        reviewsOverdue: d['overdue'] as number,
        reviewsCompletedInLast14Days: d['completed'] as number,
      },
      flow: { acceptedLast14Days: f['accepted'] as number, dischargedLast14Days: f['discharged'] as number },
      previous: {
        asOf: previousAsOf,
        waitingForAccess: prevAccess[0]['children'] as number,
        waitingForTreatmentChildren: prevTreatment[0]['children'] as number,
        waits: prevTreatment[0]['waits'] as number,
      },
    };
  }

  private waitingForAccess(b: Base) {
    return this.q(
      b,
      `SELECT count(DISTINCT child_id)::int AS children,
              count(DISTINCT child_id) FILTER (WHERE urgency = 'routine')::int AS routine,
              count(DISTINCT child_id) FILTER (WHERE urgency = 'urgent')::int AS urgent,
              ${WEEKS(`($1::date - received_on)`)},
              count(*) FILTER (WHERE ($1::date - received_on) > $7::int)::int AS over13
         FROM ref WHERE ${WAITING_FOR_ACCESS}`,
      [OVER_13_WEEKS_DAYS],
    );
  }

  private waitingForTreatment(b: Base) {
    return this.q(
      b,
      `WITH ${OPEN_WAITS}, ${FUTURE_BOOKED},
       kids AS (SELECT DISTINCT child_id FROM open),
       seen AS (SELECT DISTINCT ref.child_id FROM appointment a JOIN ref ON ref.id = a.referral_id
                 WHERE a.status = 'attended' AND a.date > $1::date - $9::int AND a.date <= $1)
       SELECT (SELECT count(*) FROM kids)::int AS children,
              (SELECT count(*) FROM open)::int AS waits,
              (SELECT count(*) FROM kids WHERE child_id IN (SELECT child_id FROM future))::int AS with_future,
              (SELECT count(*) FROM kids WHERE child_id NOT IN (SELECT child_id FROM future) AND child_id IN (SELECT child_id FROM seen))::int AS seen_60,
              (SELECT count(*) FROM open WHERE $1::date - received_on > $7::int)::int AS rtt_13,
              (SELECT count(*) FROM open WHERE $1::date - received_on > $8::int)::int AS rtt_18`,
      [OVER_13_WEEKS_DAYS, OVER_18_WEEKS_DAYS, SEEN_RECENTLY_DAYS],
    );
  }

  /** Children waiting for treatment on asOf: rating as set on or before asOf, and the duty review schedule from it. */
  private duty(b: Base) {
    return this.q(
      b,
      `WITH ${OPEN_WAITS},
       kids AS (SELECT DISTINCT child_id FROM open),
       rated AS (
         SELECT DISTINCT ON (k.child_id) k.child_id, r.rag, r.lead_professional, r.rag_set_on
           FROM kids k LEFT JOIN ref r ON r.child_id = k.child_id AND r.rag IS NOT NULL AND r.rag_set_on <= $1
          ORDER BY k.child_id, r.rag_set_on DESC NULLS LAST),
       reviews AS (
         SELECT r.child_id, a.date FROM appointment a JOIN ref r ON r.id = a.referral_id
          WHERE a.kind = 'duty-review' AND a.status = 'attended' AND a.date <= $1 AND r.child_id IN (SELECT child_id FROM kids)),
       next AS (
         SELECT rt.rag, coalesce((SELECT max(date) FROM reviews WHERE reviews.child_id = rt.child_id), rt.rag_set_on)
                  + CASE rt.rag WHEN 'RED' THEN $7::int WHEN 'AMBER' THEN $8::int ELSE $9::int END AS due_on
           FROM rated rt WHERE rt.rag IS NOT NULL)
       SELECT count(*) FILTER (WHERE rag = 'RED')::int AS red, count(*) FILTER (WHERE rag = 'AMBER')::int AS amber,
              count(*) FILTER (WHERE rag = 'GREEN')::int AS green, count(*) FILTER (WHERE rag IS NULL)::int AS unrated,
              count(*) FILTER (WHERE rag = 'RED' AND lead_professional IS NULL)::int AS red_without_lp,
              (SELECT count(*) FROM next WHERE due_on >= $1 AND due_on < $1::date + $10::int)::int AS due,
              (SELECT count(*) FROM next WHERE due_on < $1)::int AS overdue,
              (SELECT count(*) FROM reviews WHERE date > $1::date - $10::int)::int AS completed
         FROM rated`,
      [REVIEW_INTERVAL_DAYS.RED, REVIEW_INTERVAL_DAYS.AMBER, REVIEW_INTERVAL_DAYS.GREEN, REPORT_CYCLE_DAYS],
    );
  }

  private q(b: Base, sql: string, extra: unknown[] = []): Promise<Record<string, unknown>[]> {
    const withRef = sql.trimStart().startsWith('WITH ') ? sql.replace(/^\s*WITH /, `WITH ${REF}, `) : `WITH ${REF} ${sql}`;
    return this.db.query(withRef, [...b.params, ...extra]);
  }

  private async resolveFilters(query: PtlReportQuery): Promise<[string | null, string | null]> {
    const problems: { field: string; message: string }[] = [];
    let areaId: string | null = null;
    let teamId: string | null = null;
    if (query.area) {
      const [area] = await this.db.query(`SELECT id FROM area WHERE lower(code) = lower($1) OR lower(name) = lower($1)`, [query.area]);
      if (area) areaId = area.id;
      else problems.push({ field: 'area', message: `unknown area '${query.area}'` });
    }
    if (query.team) {
      const [team] = await this.db.query(`SELECT id FROM team WHERE lower(code) = lower($1)`, [query.team]);
      if (team) teamId = team.id;
      else problems.push({ field: 'team', message: `unknown team '${query.team}'` });
    }
    if (problems.length) throw ValidationFailedError.of(problems);
    return [areaId, teamId];
  }
}
