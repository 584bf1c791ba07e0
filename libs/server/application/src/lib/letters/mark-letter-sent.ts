import type { LetterQueueItem } from '@camhs/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { ConflictError, NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';
import { LetterRow, SELECT_LETTER, auditHiddenLetter, toLetterItem } from './letter-queries';
import { letterScopeOf } from './letter-scope';

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

/**
 * Record that a generated letter has been posted. The letter row is locked and its status
 * re-checked, so of two people marking the same letter one succeeds and the other is told (409)
 * who already did; a letter not yet generated cannot be sent (409). Audited either way.
 */
@Injectable()
export class MarkLetterSent {
  constructor(private readonly db: DataSource) {}

  async execute(id: string, actor: Actor): Promise<LetterQueueItem> {
    const scope = await letterScopeOf(this.db, actor);
    /** Why the transaction was abandoned, for the audit entry written after its rollback. */
    const abandoned: { hidden?: true; refusedChildId?: string } = {};
    try {
      return await this.db.transaction(async (em) => {
        const params: unknown[] = [id];
        const [row]: LetterRow[] = await em.query(`${SELECT_LETTER} WHERE l.id = $1 AND ${referralInScope(scope, params)} FOR UPDATE OF l`, params);
        if (!row) {
          abandoned.hidden = true;
          throw new NotFoundError('letter', id);
        }
        if (row.status !== 'generated') {
          const refused =
            row.status === 'sent'
              ? `This letter was already marked sent${row.sent_by ? ` by ${row.sent_by}` : ''} on ${row.sent_at ? LONDON_TIME.format(row.sent_at) : 'an earlier day'}. Reload the letter queue to see it.`
              : 'This letter has not been generated yet, so it cannot have been sent. It is usually ready within a few seconds: reload the letter queue and try again.';
          abandoned.refusedChildId = row.child_id;
          throw new ConflictError(refused);
        }
        await em.query(`UPDATE letter SET status = 'sent', sent_at = now(), sent_by = $2 WHERE id = $1`, [id, actor.userId]);
        await recordAudit(em, actor, { action: 'update', entityType: 'letter', entityId: id, childIds: [row.child_id], outcome: 'success' });
        const [updated]: LetterRow[] = await em.query(`${SELECT_LETTER} WHERE l.id = $1`, [id]);
        return toLetterItem(updated);
      });
    } catch (e) {
      if (abandoned.hidden) await auditHiddenLetter(this.db, actor, id);
      if (abandoned.refusedChildId) {
        await recordAudit(this.db, actor, { action: 'update', entityType: 'letter', entityId: id, childIds: [abandoned.refusedChildId], outcome: 'failure' });
      }
      throw e;
    }
  }
}
