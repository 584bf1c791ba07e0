import type { PanelBudgetView, PanelMemberView, PanelSummary, PanelView, SittingSummary } from '@camhs/contracts';
import { PANEL_CASE_STATES, PanelCaseState } from '@camhs/domain';
import { Sql } from '../audit/audit-log';
import { exact } from './panel-frame';

const SUMMARY = `
  SELECT p.id, p.name, t.code AS team, t.name AS "teamName", p.cadence, p.active, p.version,
         (SELECT json_build_object('id', s.id, 'sitsOn', s.sits_on) FROM panel_sitting s
           WHERE s.panel_id = p.id AND s.closed_at IS NULL ORDER BY s.sits_on LIMIT 1) AS "nextSitting",
         (SELECT coalesce(json_object_agg(c.state, c.n), '{}') FROM (SELECT state, count(*)::int AS n FROM panel_case WHERE panel_id = p.id GROUP BY state) c) AS counts
    FROM panel p JOIN team t ON t.id = p.team_id`;

type SummaryRow = Omit<PanelSummary, 'caseCounts'> & { counts: Partial<Record<PanelCaseState, number>> };

function summary(r: SummaryRow): PanelSummary {
  const { counts, ...rest } = r;
  return { ...rest, caseCounts: Object.fromEntries(PANEL_CASE_STATES.map((s) => [s, counts[s] ?? 0])) as Record<PanelCaseState, number> };
}

/** The panels of the given teams, and those whose team covers one of the given areas (a manager's, for the report), by name. */
export async function panelSummaries(sql: Sql, teamIds: readonly string[], areaIds: readonly string[]): Promise<PanelSummary[]> {
  const rows: SummaryRow[] = await sql.query(
    `${SUMMARY} WHERE p.team_id = ANY($1::uuid[]) OR EXISTS (SELECT 1 FROM team_area ta WHERE ta.team_id = p.team_id AND ta.area_id = ANY($2::uuid[])) ORDER BY p.name`,
    [[...teamIds], [...areaIds]],
  );
  return rows.map(summary);
}

export async function sittingSummaries(sql: Sql, panelId: string): Promise<SittingSummary[]> {
  return sql.query(
    `SELECT s.id, s.sits_on AS "sitsOn", s.agenda_issued_at AS "agendaIssuedAt", s.closed_at AS "closedAt", s.version,
            (SELECT count(*)::int FROM panel_agenda_item i WHERE i.sitting_id = s.id AND i.removed_at IS NULL) AS items,
            EXISTS (SELECT 1 FROM panel_pre_read_pack k WHERE k.sitting_id = s.id) AS "packReady"
       FROM panel_sitting s WHERE s.panel_id = $1 ORDER BY s.sits_on`,
    [panelId],
  );
}

/** Budgets by year with what allocations starting in that year committed (a year with allocations but no budget is not listed). */
export async function panelBudgets(sql: Sql, panelId: string, financialYear?: string): Promise<PanelBudgetView[]> {
  const rows: { financialYear: string; amount: string; committed: string; overrides: number; version: number }[] = await sql.query(
    `SELECT b.financial_year AS "financialYear", b.amount_pence::text AS amount, b.version,
            coalesce(sum(a.cost_pence), 0)::text AS committed, count(a.id) FILTER (WHERE a.over_budget_by_pence > 0)::int AS overrides
       FROM panel_budget b LEFT JOIN panel_allocation a ON a.panel_id = b.panel_id AND a.financial_year = b.financial_year
      WHERE b.panel_id = $1 AND ($2::text IS NULL OR b.financial_year = $2)
      GROUP BY b.panel_id, b.financial_year ORDER BY b.financial_year DESC`,
    [panelId, financialYear ?? null],
  );
  return rows.map((r) => {
    const amountPence = exact(r.amount);
    const committedPence = exact(r.committed);
    return { financialYear: r.financialYear, amountPence, committedPence, remainingPence: amountPence - committedPence, overrides: r.overrides, version: r.version };
  });
}

export async function panelView(sql: Sql, panelId: string): Promise<PanelView> {
  const [row]: SummaryRow[] = await sql.query(`${SUMMARY} WHERE p.id = $1`, [panelId]);
  const members: PanelMemberView[] = await sql.query(`SELECT id, name, agency, active, version FROM panel_member WHERE panel_id = $1 ORDER BY active DESC, name`, [panelId]);
  return { ...summary(row), members, sittings: await sittingSummaries(sql, panelId), budgets: await panelBudgets(sql, panelId) };
}
