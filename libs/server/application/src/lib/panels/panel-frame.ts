import { PanelCaseFacts, Transition, coordinatesPanel, mayReadPanelReport } from '@camhs/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Sql, recordAudit } from '../audit/audit-log';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';

export interface PanelRow {
  id: string;
  teamId: string;
  name: string;
  cadence: 'weekly' | 'fortnightly' | 'monthly';
  version: number;
  areaIds: string[];
}

/** The panel with the areas its team covers; null when there is no such panel. */
export async function loadPanel(sql: Sql, panelId: string, lock = false): Promise<PanelRow | null> {
  const [row] = await sql.query(
    `SELECT p.id, p.team_id AS "teamId", p.name, p.cadence, p.version,
            coalesce((SELECT array_agg(ta.area_id) FROM team_area ta WHERE ta.team_id = p.team_id), '{}') AS "areaIds"
       FROM panel p WHERE p.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [panelId],
  );
  return row ?? null;
}

/** Coordinators work the panels of their own teams; anything else is 404 (ids cannot be probed). */
export async function coordinatedPanel(sql: Sql, actor: Actor, panelId: string, lock = false): Promise<PanelRow> {
  const panel = await loadPanel(sql, panelId, lock);
  if (!panel || !coordinatesPanel(actor.scope.teamIds, panel)) throw new NotFoundError('panel', panelId);
  return panel;
}

/** The report: the panel's coordinators, and managers whose areas the panel's team covers. */
export async function reportablePanel(sql: Sql, actor: Actor, panelId: string): Promise<PanelRow> {
  const panel = await loadPanel(sql, panelId);
  if (!panel || !mayReadPanelReport(actor.scope, panel)) throw new NotFoundError('panel', panelId);
  return panel;
}

export interface LockedCase {
  id: string;
  panelId: string;
  childId: string;
  version: number;
  facts: PanelCaseFacts;
}

/**
 * The frame of every change to a panel case: in one transaction lock the case, answer 404 when its
 * panel is not the caller's (and audit the attempt after the rollback), run `work`, and audit the
 * change (ids only).
 */
export async function changePanelCase<T>(
  db: DataSource,
  actor: Actor,
  caseId: string,
  entityType: string,
  work: (em: EntityManager, c: LockedCase) => Promise<T>,
  /** What a 404 names when the case is reached through another record (so that record's id, not the case's, is echoed). */
  notFound: { entity: string; id: string } = { entity: 'panel case', id: caseId },
): Promise<T> {
  let hiddenChild: string | null = null;
  try {
    return await db.transaction(async (em) => {
      const [row] = await em.query(
        `SELECT c.id, c.panel_id, c.child_id, c.version, c.state, c.consent_recorded, c.risk_level FROM panel_case c WHERE c.id = $1 FOR UPDATE`,
        [caseId],
      );
      const panel = row ? await loadPanel(em, row.panel_id) : null;
      if (!row || !panel || !coordinatesPanel(actor.scope.teamIds, panel)) {
        hiddenChild = row?.child_id ?? null;
        throw new NotFoundError(notFound.entity, notFound.id);
      }
      const locked: LockedCase = {
        id: row.id,
        panelId: row.panel_id,
        childId: row.child_id,
        version: row.version,
        facts: { state: row.state, consentRecorded: row.consent_recorded, risk: row.risk_level },
      };
      const result = await work(em, locked);
      await recordAudit(em, actor, { action: 'update', entityType, entityId: caseId, childIds: [row.child_id], outcome: 'success' });
      return result;
    });
  } catch (e) {
    if (hiddenChild) await recordAudit(db, actor, { action: 'denied', entityType: 'panel-case', entityId: caseId, childIds: [hiddenChild], outcome: 'not-found' });
    throw e;
  }
}

/** Lock a case for a change made through its sitting (the sitting's panel is already checked); null when there is no such case. */
export async function lockCase(em: EntityManager, caseId: string): Promise<LockedCase | null> {
  const [row] = await em.query(`SELECT id, panel_id, child_id, version, state, consent_recorded, risk_level FROM panel_case WHERE id = $1 FOR UPDATE`, [caseId]);
  if (!row) return null;
  return { id: row.id, panelId: row.panel_id, childId: row.child_id, version: row.version, facts: { state: row.state, consentRecorded: row.consent_recorded, risk: row.risk_level } };
}

/**
 * Move the case to the state a domain transition allows (bumping its version), or throw its
 * refusal (409 about the state, 400 naming `field` otherwise). A move to closed records why and when.
 */
export async function moveCase(
  em: EntityManager,
  c: LockedCase,
  move: Transition<PanelCaseFacts['state']>,
  what: string,
  options: { field?: string; closing?: { reason: string; on: string } } = {},
): Promise<PanelCaseFacts['state']> {
  if (!move.ok) {
    if (move.concern === 'state') throw new ConflictError(`Cannot ${what}: ${move.reason}.`);
    throw ValidationFailedError.of([{ field: options.field ?? 'reason', message: move.reason }]);
  }
  if (move.value === 'closed') {
    if (!options.closing) throw new Error(`closing case ${c.id} without a reason`);
    await em.query(`UPDATE panel_case SET state = 'closed', closed_reason = $2, closed_on = $3, version = version + 1 WHERE id = $1`, [c.id, options.closing.reason, options.closing.on]);
  } else {
    await em.query(`UPDATE panel_case SET state = $2, version = version + 1 WHERE id = $1`, [c.id, move.value]);
  }
  c.facts = { ...c.facts, state: move.value };
  c.version += 1;
  return move.value;
}

/** A bigint or numeric column as a JavaScript number, refusing anything that would not be exact. */
export function exact(value: string | number | null): number {
  const n = Number(value ?? 0);
  if (!Number.isFinite(n) || (Number.isInteger(n) && !Number.isSafeInteger(n))) throw new RangeError(`not an exact number: ${value}`);
  return n;
}

