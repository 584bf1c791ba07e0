import type { EscalationRiskView, PanelCaseSummary, PanelCaseView, PanelConsentView } from '@camhs/contracts';
import { Sql } from '../audit/audit-log';
import { actionViews, allocationViews, decisionViews, reviewViews } from './panel-record-views';

const SUMMARY = `
  SELECT c.id, c.panel_id AS "panelId", c.child_id AS "childId", c.given_name || ' ' || c.family_name AS "childName",
         c.date_of_birth AS "dateOfBirth", c.school, c.year_group AS "yearGroup", c.state, c.consent_recorded AS "consentRecorded",
         c.risk_level AS risk, c.created_at AS "createdAt", c.version,
         (SELECT json_build_object('sittingId', s.id, 'sitsOn', s.sits_on) FROM panel_agenda_item i JOIN panel_sitting s ON s.id = i.sitting_id
           WHERE i.case_id = c.id AND i.decision IS NULL AND i.removed_at IS NULL AND i.carried_at IS NULL) AS "onAgenda"
    FROM panel_case c`;

/** The cases of a panel (optionally in one state), newest first. */
export function caseSummaries(sql: Sql, panelId: string, state: string | null): Promise<PanelCaseSummary[]> {
  return sql.query(`${SUMMARY} WHERE c.panel_id = $1 AND ($2::text IS NULL OR c.state = $2) ORDER BY c.created_at DESC, c.id`, [panelId, state]);
}

/** Everything the panel recorded about a case — and nothing from CAMHS records. */
export async function caseView(sql: Sql, caseId: string, today: string): Promise<PanelCaseView> {
  const [summary]: PanelCaseSummary[] = await sql.query(`${SUMMARY} WHERE c.id = $1`, [caseId]);
  const [detail] = await sql.query(
    `SELECT nhs_number AS "nhsNumber", brought_by_name, brought_by_role, need, risk_note AS "riskNote", predicted_hours_per_week::text AS predicted,
            risk_at_start AS "riskAtStart", closed_reason AS "closedReason", closed_on AS "closedOn" FROM panel_case WHERE id = $1`,
    [caseId],
  );
  const consents: PanelConsentView[] = await sql.query(
    `SELECT k.id, k.given_by AS "givenBy", k.relationship, k.given_on AS "givenOn", k.scope, u.display_name AS "recordedBy", k.recorded_at AS "recordedAt"
       FROM panel_consent k JOIN app_user u ON u.id = k.recorded_by WHERE k.case_id = $1 ORDER BY k.recorded_at DESC, k.id`,
    [caseId],
  );
  const risks: (Omit<EscalationRiskView, 'predictedHoursPerWeek'> & { predicted: string | null })[] = await sql.query(
    `SELECT r.id, r.level, r.note, r.predicted_hours_per_week::text AS predicted, u.display_name AS "recordedBy", r.recorded_at AS "recordedAt"
       FROM panel_risk_assessment r JOIN app_user u ON u.id = r.recorded_by WHERE r.case_id = $1 ORDER BY r.recorded_at DESC, r.id`,
    [caseId],
  );
  const items: { sittingId: string; sitsOn: string; decisionId: string | null; carried: boolean; removed: boolean }[] = await sql.query(
    `SELECT i.sitting_id AS "sittingId", s.sits_on AS "sitsOn", (SELECT d.id FROM panel_decision d WHERE d.item_id = i.id) AS "decisionId",
            i.carried_at IS NOT NULL AS carried, i.removed_at IS NOT NULL AS removed
       FROM panel_agenda_item i JOIN panel_sitting s ON s.id = i.sitting_id WHERE i.case_id = $1 ORDER BY s.sits_on, i.added_at`,
    [caseId],
  );
  const decisions = await decisionViews(sql, 'd.case_id = $1', [caseId]);
  const agenda = items.map(({ decisionId, ...i }) => ({ ...i, decision: decisions.find((d) => d.id === decisionId) ?? null }));
  return {
    ...summary,
    nhsNumber: detail.nhsNumber,
    broughtBy: { name: detail.brought_by_name, role: detail.brought_by_role },
    need: detail.need,
    riskNote: detail.riskNote,
    predictedHoursPerWeek: detail.predicted === null ? null : Number(detail.predicted),
    riskAtStart: detail.riskAtStart,
    consents,
    risks: risks.map(({ predicted, ...r }) => ({ ...r, predictedHoursPerWeek: predicted === null ? null : Number(predicted) })),
    agenda,
    allocations: await allocationViews(sql, 'a.case_id = $1', [caseId]),
    actions: await actionViews(sql, 'x.case_id = $1', [caseId]),
    reviews: await reviewViews(sql, 'r.case_id = $1', [caseId], today),
    closedReason: detail.closedReason,
    closedOn: detail.closedOn,
  };
}
