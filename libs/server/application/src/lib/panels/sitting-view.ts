import type { AgendaItemView, SittingView } from '@camhs/contracts';
import { Sql } from '../audit/audit-log';
import { decisionViews } from './panel-record-views';

/** A sitting as the coordinator works it: attendance of the active members, the agenda in order with each decision. */
export async function sittingView(sql: Sql, sittingId: string): Promise<SittingView> {
  const [s] = await sql.query(
    `SELECT s.id, s.sits_on AS "sitsOn", s.agenda_issued_at AS "agendaIssuedAt", s.closed_at AS "closedAt", s.version, p.id AS "panelId", p.name AS "panelName",
            k.created_at AS "packCreatedAt", k.cases AS "packCases"
       FROM panel_sitting s JOIN panel p ON p.id = s.panel_id LEFT JOIN panel_pre_read_pack k ON k.sitting_id = s.id WHERE s.id = $1`,
    [sittingId],
  );
  const attendance = await sql.query(
    `SELECT m.id AS "memberId", m.name, m.agency, a.present FROM panel_member m LEFT JOIN panel_attendance a ON a.member_id = m.id AND a.sitting_id = $2
      WHERE m.panel_id = $1 AND (m.active OR a.present IS NOT NULL) ORDER BY m.name`,
    [s.panelId, sittingId],
  );
  const rows: (Omit<AgendaItemView, 'decision'> & { decisionId: string | null })[] = await sql.query(
    `SELECT i.id, i.position, c.id AS "caseId", c.version AS "caseVersion", c.given_name || ' ' || c.family_name AS "childName", c.school, c.risk_level AS risk, c.need,
            (SELECT json_build_object('sittingId', fs.id, 'sitsOn', fs.sits_on) FROM panel_agenda_item f JOIN panel_sitting fs ON fs.id = f.sitting_id
              WHERE f.id = i.carried_from_item_id) AS "carriedFrom",
            i.after_pack AS "afterPack", (SELECT d.id FROM panel_decision d WHERE d.item_id = i.id) AS "decisionId", i.carried_at IS NOT NULL AS carried
       FROM panel_agenda_item i JOIN panel_case c ON c.id = i.case_id WHERE i.sitting_id = $1 AND i.removed_at IS NULL ORDER BY i.position`,
    [sittingId],
  );
  const decisions = await decisionViews(sql, 'd.sitting_id = $1', [sittingId]);
  return {
    id: s.id,
    panel: { id: s.panelId, name: s.panelName },
    sitsOn: s.sitsOn,
    agendaIssuedAt: s.agendaIssuedAt,
    pack: s.packCreatedAt ? { createdAt: s.packCreatedAt, cases: s.packCases } : null,
    closedAt: s.closedAt,
    attendance,
    items: rows.map(({ decisionId, ...i }) => ({ ...i, decision: decisions.find((d) => d.id === decisionId) ?? null })),
    version: s.version,
  };
}
