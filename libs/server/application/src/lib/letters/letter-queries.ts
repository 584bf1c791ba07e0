import type { LetterKindName, LetterQueueItem, LetterRecipientName, LetterStatusName, ListLettersQuery, Page } from '@camhs/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Sql, recordAudit } from '../audit/audit-log';
import { ConflictError, NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';
import { letterReference } from './letter-format';
import { letterScopeOf } from './letter-scope';

export interface LetterRow {
  id: string;
  referral_id: string;
  child_id: string;
  given_name: string;
  family_name: string;
  team: string;
  kind: LetterKindName;
  recipient: LetterRecipientName;
  status: LetterStatusName;
  created_at: Date;
  generated_at: Date | null;
  sent_at: Date | null;
  sent_by: string | null;
}

/** The letter queue's columns; `FROM` joins the letter (l) to its referral (r), child, team and sender. */
export const SELECT_LETTER = `
  SELECT l.id, l.referral_id, r.child_id, c.given_name, c.family_name, t.name AS team, l.kind, l.recipient, l.status,
         l.created_at, l.generated_at, l.sent_at, u.username AS sent_by
    FROM letter l
    JOIN referral r ON r.id = l.referral_id
    JOIN child c ON c.id = r.child_id
    JOIN team t ON t.id = r.team_id
    LEFT JOIN app_user u ON u.id = l.sent_by`;

export function toLetterItem(r: LetterRow): LetterQueueItem {
  return {
    id: r.id,
    referralId: r.referral_id,
    childId: r.child_id,
    childName: `${r.given_name} ${r.family_name}`,
    team: r.team,
    kind: r.kind,
    recipient: r.recipient,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    generatedAt: r.generated_at?.toISOString() ?? null,
    sentAt: r.sent_at?.toISOString() ?? null,
    sentBy: r.sent_by,
  };
}

/** A stored letter as a file: a name without personal data, and the PDF exactly as it was generated. */
export interface LetterFile {
  filename: string;
  pdf: Buffer;
}

/** Audit a look at a letter outside the caller's scope (it answers 404, like one that does not exist). */
export async function auditHiddenLetter(sql: Sql, actor: Actor, letterId: string): Promise<void> {
  const [hidden] = await sql.query(`SELECT r.child_id FROM letter l JOIN referral r ON r.id = l.referral_id WHERE l.id = $1`, [letterId]);
  if (hidden) await recordAudit(sql, actor, { action: 'denied', entityType: 'letter', entityId: letterId, childIds: [hidden.child_id], outcome: 'not-found' });
}

/** The letter queue (administrators post the letters) and the stored documents. */
@Injectable()
export class LetterQueries {
  constructor(private readonly db: DataSource) {}

  /** A page of the letters in the caller's scope, newest first; the children shown are audited. */
  async list(query: ListLettersQuery, actor: Actor): Promise<Page<LetterQueueItem>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const params: unknown[] = [];
    const where = [referralInScope(await letterScopeOf(this.db, actor), params)];
    if (query.status) where.push(`l.status = $${params.push(query.status)}`);
    const filter = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM letter l JOIN referral r ON r.id = l.referral_id ${filter}`, params);
    const rows: LetterRow[] = await this.db.query(
      `${SELECT_LETTER} ${filter} ORDER BY l.created_at DESC, l.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    await recordAudit(this.db, actor, { action: 'read', entityType: 'letter-list', childIds: rows.map((r) => r.child_id), outcome: 'success' });
    return { items: rows.map(toLetterItem), total, page, pageSize };
  }

  /** The stored PDF of a letter in the caller's scope; the download is audited as an export. */
  async document(id: string, actor: Actor): Promise<LetterFile> {
    const params: unknown[] = [id];
    const [row]: { kind: LetterKindName; recipient: LetterRecipientName; child_id: string; pdf: Buffer | null }[] = await this.db.query(
      `SELECT l.kind, l.recipient, r.child_id, d.pdf
         FROM letter l JOIN referral r ON r.id = l.referral_id LEFT JOIN letter_document d ON d.letter_id = l.id
        WHERE l.id = $1 AND ${referralInScope(await letterScopeOf(this.db, actor), params)}`,
      params,
    );
    if (!row) {
      await auditHiddenLetter(this.db, actor, id);
      throw new NotFoundError('letter', id);
    }
    if (!row.pdf) throw new ConflictError('This letter has not been generated yet. It is usually ready within a few seconds: reload the letter queue and try again.');
    await recordAudit(this.db, actor, { action: 'export', entityType: 'letter', entityId: id, childIds: [row.child_id], outcome: 'success' });
    return { filename: `letter-${row.kind}-${row.recipient}-${letterReference(id)}.pdf`, pdf: row.pdf };
  }
}
