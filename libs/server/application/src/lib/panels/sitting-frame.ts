import { EntityManager } from 'typeorm';
import { Sql } from '../audit/audit-log';
import { ConflictError, NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { PanelRow, coordinatedPanel } from './panel-frame';

export interface SittingRow {
  id: string;
  panelId: string;
  sitsOn: string;
  agendaIssuedAt: Date | null;
  closedAt: Date | null;
  version: number;
}

/** The sitting, when its panel is one of the caller's (404 otherwise); locked for a change when `lock`. */
export async function coordinatedSitting(sql: Sql, actor: Actor, sittingId: string, lock = false): Promise<{ sitting: SittingRow; panel: PanelRow }> {
  const [sitting]: SittingRow[] = await sql.query(
    `SELECT id, panel_id AS "panelId", sits_on AS "sitsOn", agenda_issued_at AS "agendaIssuedAt", closed_at AS "closedAt", version
       FROM panel_sitting WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [sittingId],
  );
  if (!sitting) throw new NotFoundError('sitting', sittingId);
  const panel = await coordinatedPanel(sql, actor, sitting.panelId).catch(() => null);
  if (!panel) throw new NotFoundError('sitting', sittingId);
  return { sitting, panel };
}

/** 409 once the sitting's record is closed. */
export function assertOpen(sitting: SittingRow, what: string): void {
  if (sitting.closedAt) throw new ConflictError(`Cannot ${what}: the sitting of ${sitting.sitsOn} is closed.`);
}

/** The ids of the children whose cases are on a sitting's agenda (for the audit trail). */
export async function sittingChildIds(em: EntityManager | Sql, sittingId: string): Promise<string[]> {
  const rows: { child_id: string }[] = await em.query(
    `SELECT DISTINCT c.child_id FROM panel_agenda_item i JOIN panel_case c ON c.id = i.case_id WHERE i.sitting_id = $1 AND i.removed_at IS NULL`,
    [sittingId],
  );
  return rows.map((r) => r.child_id);
}
