import { PtlDrillRow, PtlExportFormat, PtlReport, PtlReportQuery, PtlWeeksWaited, WEEKS_WAITED_BANDS } from '@camhs/contracts';
import { ClinicalScope, REPORT_CYCLE_DAYS, addDays, monthsBetween, reportPeriod } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { FIGURE_PARAMS, FIGURE_SETS, FIXED_FIGURES, WEEKS_WAITED_FIGURES, countOf, figureDefinition } from './ptl-figures';
import { ReportFile, ptlReportFile } from './ptl-report-files';

/** Whole weeks rounded down, and the mean of days ÷ 7 to one decimal place (spec "Units"), over a set's `days`. */
const weeks = (set: string) =>
  `(SELECT coalesce(floor(max(days) / 7.0), 0)::int FROM ${set}) AS "${set}.longest", (SELECT coalesce(round(avg(days) / 7, 1), 0)::float FROM ${set}) AS "${set}.average"`;

type Row = Record<string, unknown>;

/**
 * The bi-weekly tracking report (spec/ptl-report.md), for any as-of date (point in time: every
 * figure is read from recorded dates), optionally one area and/or team, within the caller's scope.
 * Every count is taken over a named row set (ptl-figures.ts) and the drill-down lists that same
 * set, so a figure and its list cannot disagree. Everything is aggregated in SQL.
 */
@Injectable()
export class PtlReportQueries {
  constructor(private readonly db: DataSource) {}

  async build(query: PtlReportQuery, scope: ClinicalScope | null): Promise<PtlReport> {
    const filters = await this.resolveFilters(query);
    const asOf = query.asOf;
    const period = reportPeriod(asOf);
    const previousAsOf = addDays(asOf, -REPORT_CYCLE_DAYS);
    const run = (sql: string, day = asOf, extra: unknown[] = []) => this.run(sql, day, filters, scope, extra);
    const fixed = FIXED_FIGURES.map((path) => `${countOf(figureDefinition(path) as NonNullable<ReturnType<typeof figureDefinition>>)} AS "${path}"`).join(',\n');
    const [[counts], byMonth, compliance, byList, urgentCases, longest, [previous]] = await Promise.all([
      run(`SELECT ${fixed}, ${weeks('waiting_for_access')}, ${weeks('in_assessment')}`),
      run(`SELECT month, urgency, count(*)::int AS n FROM received GROUP BY 1, 2`),
      run(`SELECT month, urgency, count(*) FILTER (WHERE passed)::int AS pass, count(*) FILTER (WHERE NOT passed)::int AS fail FROM decided GROUP BY 1, 2 ORDER BY 1, 2`),
      run(`SELECT list, count(*)::int AS waits FROM open GROUP BY list ORDER BY 2 DESC, 1`),
      run(
        `SELECT referral_id AS "referralId", floor(days / 7.0)::int AS "weeksWaiting",
                EXISTS (SELECT 1 FROM appointment a WHERE a.referral_id = waiting_for_access.id AND a.status = 'booked' AND a.date > $1) AS "hasFutureAppointment"
           FROM waiting_for_access WHERE urgency = 'urgent' ORDER BY days DESC, referral_id`,
      ),
      run(
        `SELECT floor(days / 7.0)::int AS weeks, list, wait_id AS "waitId" FROM open
          WHERE child_id NOT IN (SELECT child_id FROM future) ORDER BY days DESC, wait_id LIMIT 1`,
      ),
      run(
        `SELECT ${['waitingForAccess.children', 'waitingForTreatment.children', 'waitingForTreatment.waits']
          .map((p) => `${countOf(figureDefinition(p) as NonNullable<ReturnType<typeof figureDefinition>>)} AS "${p}"`)
          .join(', ')}`,
        previousAsOf,
      ),
    ]);
    const n = (path: string) => counts[path] as number;
    const monthCount = (month: string, urgency: string) => (byMonth.find((r) => r['month'] === month && r['urgency'] === urgency)?.['n'] as number) ?? 0;
    return {
      asOf,
      filters: { area: query.area ?? null, team: query.team ?? null },
      period,
      referralsByMonth: monthsBetween(period.from, period.to).map((month) => ({ month, routine: monthCount(month, 'routine'), urgent: monthCount(month, 'urgent') })),
      accessCompliance: compliance.map((r) => ({ month: r['month'] as string, urgency: r['urgency'] as 'routine' | 'urgent', pass: r['pass'] as number, fail: r['fail'] as number })),
      accessOutcomes: { accepted: n('accessOutcomes.accepted'), redirected: n('accessOutcomes.redirected'), returned: n('accessOutcomes.returned') },
      waitingForAccess: {
        children: n('waitingForAccess.children'),
        routine: n('waitingForAccess.routine'),
        urgent: n('waitingForAccess.urgent'),
        longestWeeks: counts['waiting_for_access.longest'] as number,
        averageWeeks: counts['waiting_for_access.average'] as number,
        over13Weeks: n('waitingForAccess.over13Weeks'),
        urgentCases: urgentCases as PtlReport['waitingForAccess']['urgentCases'],
      },
      inAssessment: {
        children: n('inAssessment.children'),
        longestWeeks: counts['in_assessment.longest'] as number,
        averageWeeks: counts['in_assessment.average'] as number,
      },
      waitingForTreatment: {
        children: n('waitingForTreatment.children'),
        waits: n('waitingForTreatment.waits'),
        byList: byList as PtlReport['waitingForTreatment']['byList'],
        withFutureAppointment: n('waitingForTreatment.withFutureAppointment'),
        withoutFutureAppointment: n('waitingForTreatment.withoutFutureAppointment'),
        withoutFutureAppointmentSeenLast60Days: n('waitingForTreatment.withoutFutureAppointmentSeenLast60Days'),
        longestWithoutAppointment: (longest[0] as PtlReport['waitingForTreatment']['longestWithoutAppointment']) ?? null,
      },
      rtt: { over13Weeks: n('rtt.over13Weeks'), over18Weeks: n('rtt.over18Weeks') },
      duty: {
        rag: { RED: n('duty.rag.RED'), AMBER: n('duty.rag.AMBER'), GREEN: n('duty.rag.GREEN'), unrated: n('duty.rag.unrated') },
        redWithoutLeadProfessional: n('duty.redWithoutLeadProfessional'),
        reviewsDue: n('duty.reviewsDue'),
        reviewsOverdue: n('duty.reviewsOverdue'),
        reviewsCompletedInLast14Days: n('duty.reviewsCompletedInLast14Days'),
      },
      flow: { acceptedLast14Days: n('flow.acceptedLast14Days'), dischargedLast14Days: n('flow.dischargedLast14Days') },
      previous: {
        asOf: previousAsOf,
        waitingForAccess: previous['waitingForAccess.children'] as number,
        waitingForTreatmentChildren: previous['waitingForTreatment.children'] as number,
        waits: previous['waitingForTreatment.waits'] as number,
      },
    };
  }

  /**
   * The open waits of `waitingForTreatment.waits` by weeks waited since added to the list (bands of
   * WEEKS_WAITED_BANDS, row sets `weeksWaited.<band>` of ptl-figures.ts): the bands add up to the waits.
   */
  async weeksWaited(query: PtlReportQuery, scope: ClinicalScope | null): Promise<PtlWeeksWaited> {
    const filters = await this.resolveFilters(query);
    const counts = WEEKS_WAITED_FIGURES.map((path) => `${countOf(figureDefinition(path) as NonNullable<ReturnType<typeof figureDefinition>>)} AS "${path}"`);
    const [row] = await this.run(`SELECT ${counts.join(', ')}`, query.asOf, filters, scope);
    return {
      asOf: query.asOf,
      filters: { area: query.area ?? null, team: query.team ?? null },
      bands: WEEKS_WAITED_BANDS.map((b) => ({ band: b.band, fromWeeks: b.fromWeeks, toWeeks: b.toWeeks, waits: row[`weeksWaited.${b.band}`] as number })),
    };
  }

  /** The report as a file (CSV, XLSX or PDF) over a scope, unaudited: for the operator's command line. */
  async render(query: PtlReportQuery, format: PtlExportFormat, scope: ClinicalScope | null): Promise<ReportFile> {
    const [report, weeksWaited] = await Promise.all([this.build(query, scope), format === 'csv' ? null : this.weeksWaited(query, scope)]);
    return ptlReportFile(format, report, weeksWaited);
  }

  /** The report as a file for a signed-in caller, over their scope; the export is audited. */
  async export(query: PtlReportQuery, format: PtlExportFormat, actor: Actor): Promise<ReportFile> {
    const file = await this.render(query, format, actor.scope);
    await recordAudit(this.db, actor, { action: 'export', entityType: 'ptl-report', entityId: query.asOf, outcome: 'success' });
    return file;
  }

  /** The rows behind one figure for a signed-in caller, over their scope; the children listed are recorded in the audit trail. */
  async readDrill(query: PtlReportQuery & { figure: string }, actor: Actor): Promise<PtlDrillRow[]> {
    const rows = await this.drill(query, actor.scope);
    await recordAudit(this.db, actor, { action: 'read', entityType: 'ptl-drill', entityId: query.figure, childIds: rows.map((r) => r.childId), outcome: 'success' });
    return rows;
  }

  /** The rows behind one figure (`figure` is its path in the report, e.g. `waitingForTreatment.byList.ADOS`). */
  async drill(query: PtlReportQuery & { figure: string }, scope: ClinicalScope | null): Promise<PtlDrillRow[]> {
    const figure = figureDefinition(query.figure);
    if (!figure) throw ValidationFailedError.of([{ field: 'figure', message: `'${query.figure}' is not a figure of the report that can be opened` }]);
    const filters = await this.resolveFilters(query);
    const columns = `ref_id, referral_id AS "referralId", child_id AS "childId", wait_id AS "waitId", list, days, urgency`;
    // A figure that counts children lists one row per child (its longest wait); one that counts rows lists them all.
    const select =
      figure.count === 'children'
        ? `SELECT * FROM (SELECT DISTINCT ON (child_id) ${columns} FROM ${figure.rows} ORDER BY child_id, days DESC NULLS LAST, referral_id, wait_id) x`
        : `SELECT ${columns} FROM ${figure.rows}`;
    // The referral's internal id (for its page) comes with the row; the child's name from the child's id.
    const named = `SELECT f.ref_id AS id, f."referralId", f."childId", f."waitId", f.list, f.days, f.urgency, c.given_name || ' ' || c.family_name AS "childName"
                     FROM (${select}) f JOIN child c ON c.id = f."childId"`;
    return this.run<PtlDrillRow>(
      `${named} ORDER BY days DESC NULLS LAST, "referralId", "waitId"`,
      query.asOf,
      filters,
      scope,
      figure.key === undefined ? [] : [figure.key],
    );
  }

  /** One statement over the figure sets; `T` is the shape of its rows, as its SELECT names them. */
  private run<T = Row>(sql: string, asOf: string, [areaId, teamId]: [string | null, string | null], scope: ClinicalScope | null, extra: unknown[] = []): Promise<T[]> {
    const params = [asOf, areaId, teamId, scope === null, scope?.teamIds ?? [], scope?.areaIds ?? [], reportPeriod(asOf).from, ...FIGURE_PARAMS, ...extra];
    return this.db.query(`WITH ${FIGURE_SETS} ${sql}`, params);
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
