import { AgendaItemState, awaitNextSitting, listForSitting, nextSitting, unresolvedItems } from '@camhs/domain';
import { EntityManager } from 'typeorm';

export interface CarriedItem {
  caseId: string;
  childId: string;
  toSittingId: string | null;
  toSitsOn: string | null;
}

interface OpenSitting {
  id: string;
  sitsOn: string;
  closed: boolean;
  issued: boolean;
}

async function openSittings(em: EntityManager, panelId: string): Promise<OpenSitting[]> {
  return em.query(
    `SELECT id, sits_on AS "sitsOn", closed_at IS NOT NULL AS closed, agenda_issued_at IS NOT NULL AS issued FROM panel_sitting WHERE panel_id = $1 AND closed_at IS NULL`,
    [panelId],
  );
}

/** Put a case on a sitting's agenda, last, remembering the item it was carried from (if any). */
export async function appendItem(em: EntityManager, sitting: { id: string; issued: boolean }, caseId: string, addedBy: string | null, carriedFrom: string | null): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO panel_agenda_item (sitting_id, case_id, position, carried_from_item_id, after_pack, added_by)
     VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM panel_agenda_item WHERE sitting_id = $1), $3, $4, $5) RETURNING id`,
    [sitting.id, caseId, carriedFrom, sitting.issued, addedBy],
  );
  // A carried item changes a sitting nobody is editing: its version moves on, so a form loaded before is stale.
  if (carriedFrom && !addedBy) await em.query(`UPDATE panel_sitting SET version = version + 1 WHERE id = $1`, [sitting.id]);
  return row.id;
}

/**
 * Closing a sitting: every item it leaves unresolved (no decision, or deferred) moves on to the
 * next open sitting of the panel, in agenda order. With none scheduled yet, the case goes back to
 * ready and joins the next sitting scheduled (`placePendingCarryOvers`).
 */
export async function carryOverFrom(em: EntityManager, panelId: string, sitting: { id: string; sitsOn: string }): Promise<CarriedItem[]> {
  const items: (AgendaItemState & { id: string; childId: string; consentRecorded: boolean; risk: 'high' | 'medium' | 'low' | null })[] = await em.query(
    `SELECT i.id, i.case_id AS "caseId", i.decision, c.child_id AS "childId", c.consent_recorded AS "consentRecorded", c.risk_level AS risk
       FROM panel_agenda_item i JOIN panel_case c ON c.id = i.case_id
      WHERE i.sitting_id = $1 AND i.removed_at IS NULL AND i.carried_at IS NULL ORDER BY i.position FOR UPDATE OF i, c`,
    [sitting.id],
  );
  const next = nextSitting(await openSittings(em, panelId), sitting.sitsOn);
  const carried: CarriedItem[] = [];
  for (const item of unresolvedItems(items)) {
    await em.query(`UPDATE panel_agenda_item SET carried_at = now() WHERE id = $1`, [item.id]);
    if (next) {
      await appendItem(em, next, item.caseId, null, item.id);
    } else {
      const move = awaitNextSitting({ state: 'on-agenda', consentRecorded: item.consentRecorded, risk: item.risk });
      if (!move.ok) throw new Error(`carry-over refused for case ${item.caseId}: ${move.reason}`);
      await em.query(`UPDATE panel_case SET state = $2, version = version + 1 WHERE id = $1`, [item.caseId, move.value]);
    }
    carried.push({ caseId: item.caseId, childId: item.childId, toSittingId: next?.id ?? null, toSitsOn: next?.sitsOn ?? null });
  }
  return carried;
}

/** The item a case is waiting to be carried from (its sitting closed with no next one scheduled), if any. */
export async function pendingCarryFor(em: EntityManager, caseId: string): Promise<string | null> {
  const [row] = await em.query(
    `SELECT i.id FROM panel_agenda_item i JOIN panel_sitting s ON s.id = i.sitting_id
      WHERE i.case_id = $1 AND i.carried_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM panel_agenda_item n WHERE n.carried_from_item_id = i.id)
      ORDER BY s.sits_on DESC LIMIT 1`,
    [caseId],
  );
  return row?.id ?? null;
}

/**
 * Cases carried over with no sitting to go to join the first open sitting after the one they left,
 * once it is scheduled — unless the case has since moved on (listed by hand, withdrawn).
 */
export async function placePendingCarryOvers(em: EntityManager, panelId: string): Promise<CarriedItem[]> {
  const pending: { id: string; caseId: string; childId: string; sitsOn: string; state: 'ready'; consentRecorded: boolean; risk: 'high' | 'medium' | 'low' | null }[] =
    await em.query(
      `SELECT i.id, i.case_id AS "caseId", c.child_id AS "childId", s.sits_on AS "sitsOn", c.state, c.consent_recorded AS "consentRecorded", c.risk_level AS risk
         FROM panel_agenda_item i JOIN panel_sitting s ON s.id = i.sitting_id JOIN panel_case c ON c.id = i.case_id
        WHERE s.panel_id = $1 AND i.carried_at IS NOT NULL AND c.state = 'ready'
          AND NOT EXISTS (SELECT 1 FROM panel_agenda_item n WHERE n.carried_from_item_id = i.id)
        ORDER BY s.sits_on, i.position FOR UPDATE OF c`,
      [panelId],
    );
  const sittings = await openSittings(em, panelId);
  const placed: CarriedItem[] = [];
  for (const p of pending) {
    const next = nextSitting(sittings, p.sitsOn);
    if (!next) continue;
    const move = listForSitting({ state: p.state, consentRecorded: p.consentRecorded, risk: p.risk });
    if (!move.ok) continue;
    await appendItem(em, next, p.caseId, null, p.id);
    await em.query(`UPDATE panel_case SET state = $2, version = version + 1 WHERE id = $1`, [p.caseId, move.value]);
    placed.push({ caseId: p.caseId, childId: p.childId, toSittingId: next.id, toSitsOn: next.sitsOn });
  }
  return placed;
}
