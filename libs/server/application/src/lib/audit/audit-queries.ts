import type { AuditEventView, ListAuditQuery, Page } from '@camhs/contracts';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { childInScope } from '../identity/scope-sql';
import { recordAudit } from './audit-log';

/** Upper bound of one CSV export; a subject-access report for one child stays far below it. */
const EXPORT_LIMIT = 100_000;

interface AuditRow {
  id: string;
  occurred_at: Date;
  user_id: string | null;
  username: string | null;
  role_used: AuditEventView['roleUsed'];
  action: AuditEventView['action'];
  entity_type: string;
  entity_id: string | null;
  child_ids: string[];
  request_id: string | null;
  operation: string | null;
  outcome: AuditEventView['outcome'];
}

/**
 * Who accessed a child's record, and when (a subject-access report). Administrators may ask about
 * any child; managers about children in their scope (others answer 404). Reading and exporting the
 * trail are themselves audited.
 */
@Injectable()
export class AuditQueries {
  constructor(private readonly db: DataSource) {}

  async forChild(query: ListAuditQuery, actor: Actor): Promise<Page<AuditEventView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    await this.assertChildVisible(query.childId, actor);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_event WHERE child_ids @> ARRAY[$1]::uuid[]`, [query.childId]);
    const rows: AuditRow[] = await this.db.query(
      `SELECT * FROM audit_event WHERE child_ids @> ARRAY[$1]::uuid[] ORDER BY occurred_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [query.childId, pageSize, (page - 1) * pageSize],
    );
    await recordAudit(this.db, actor, { action: 'read', entityType: 'audit-trail', entityId: query.childId, childIds: [query.childId], outcome: 'success' });
    return { items: rows.map((r) => toView(r, query.childId)), total, page, pageSize };
  }

  async exportCsv(childId: string, actor: Actor): Promise<string> {
    await this.assertChildVisible(childId, actor);
    const rows: AuditRow[] = await this.db.query(
      `SELECT * FROM audit_event WHERE child_ids @> ARRAY[$1]::uuid[] ORDER BY occurred_at, id LIMIT $2`,
      [childId, EXPORT_LIMIT],
    );
    await recordAudit(this.db, actor, { action: 'export', entityType: 'audit-trail', entityId: childId, childIds: [childId], outcome: 'success' });
    return stringify(
      rows.map((r) => toView(r, childId)).map((e) => ({ ...e, childIds: e.childIds.join(' ') })),
      {
        header: true,
        columns: [
          { key: 'occurredAt', header: 'occurred_at' },
          { key: 'username', header: 'username' },
          { key: 'userId', header: 'user_id' },
          { key: 'roleUsed', header: 'role_used' },
          { key: 'action', header: 'action' },
          { key: 'entityType', header: 'entity_type' },
          { key: 'entityId', header: 'entity_id' },
          { key: 'operation', header: 'operation' },
          { key: 'outcome', header: 'outcome' },
          { key: 'requestId', header: 'request_id' },
          { key: 'childIds', header: 'child_ids' },
        ],
      },
    );
  }

  /** 404 when the child does not exist or is outside a non-administrator's scope (audited as a denial). */
  private async assertChildVisible(childId: string, actor: Actor): Promise<void> {
    const params: unknown[] = [childId];
    const scoped = actor.roles.includes('admin') ? 'true' : childInScope(actor.scope, params, 'c.id');
    const [row] = await this.db.query(`SELECT c.id, ${scoped} AS visible FROM child c WHERE c.id = $1`, params);
    if (row?.visible) return;
    if (row) await recordAudit(this.db, actor, { action: 'denied', entityType: 'audit-trail', entityId: childId, childIds: [childId], outcome: 'not-found' });
    throw new NotFoundError('child', childId);
  }
}

/** `childIds` is narrowed to the child asked about: a list read names other children, who are not the reader's business. */
function toView(r: AuditRow, childId: string): AuditEventView {
  return {
    id: String(r.id),
    occurredAt: r.occurred_at.toISOString(),
    userId: r.user_id,
    username: r.username,
    roleUsed: r.role_used,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    childIds: r.child_ids.filter((id) => id === childId),
    requestId: r.request_id,
    outcome: r.outcome,
    operation: r.operation,
  };
}
