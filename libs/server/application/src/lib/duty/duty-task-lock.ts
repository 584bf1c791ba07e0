import type { DutyTaskKind, DutyTaskView } from '@camhs/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';

/** A duty task as locked for a change, with the names a refusal quotes. */
export interface LockedTask {
  id: string;
  kind: DutyTaskKind;
  childId: string;
  referralId: string;
  subjectId: string | null;
  dueOn: string;
  claimedBy: string | null;
  claimedByName: string | null;
  claimedAt: Date | null;
  completedAt: Date | null;
  completedByName: string | null;
  version: number;
}

const SELECT_TASK = `
  SELECT t.id, t.kind, t.child_id AS "childId", t.referral_id AS "referralId", t.subject_id AS "subjectId",
         to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn", t.claimed_by AS "claimedBy", cu.display_name AS "claimedByName",
         t.claimed_at AS "claimedAt", t.completed_at AS "completedAt", du.display_name AS "completedByName", t.version
    FROM duty_task t LEFT JOIN app_user cu ON cu.id = t.claimed_by LEFT JOIN app_user du ON du.id = t.completed_by`;

/** The task's referral and kind before the change frame locks anything (404 when there is no such task). */
export async function taskBeforeLock(db: DataSource, taskId: string): Promise<{ referralId: string; childId: string; kind: DutyTaskKind; subjectId: string | null }> {
  const [row] = await db.query(`SELECT referral_id AS "referralId", child_id AS "childId", kind, subject_id AS "subjectId" FROM duty_task WHERE id = $1`, [taskId]);
  if (!row) throw new NotFoundError('duty task', taskId);
  return row;
}

export async function lockTask(em: EntityManager, taskId: string): Promise<LockedTask> {
  const [row] = await em.query(`${SELECT_TASK} WHERE t.id = $1 FOR UPDATE OF t`, [taskId]);
  if (!row) throw new NotFoundError('duty task', taskId);
  return row;
}

/** The open task for a subject (a contact, a decision, a referral to screen), locked; null when there is none. */
export async function lockTaskForSubject(em: EntityManager, kind: DutyTaskKind, subjectId: string): Promise<LockedTask | null> {
  const [row] = await em.query(`${SELECT_TASK} WHERE t.kind = $1 AND t.subject_id = $2 FOR UPDATE OF t`, [kind, subjectId]);
  return row ?? null;
}

/**
 * 409 unless the caller may work the task now: it is still open, and nobody else holds it (an
 * unclaimed task may be done by anyone in scope; it is the claim that keeps two clinicians from
 * phoning the same family).
 */
export function assertWorkable(task: LockedTask, actor: Actor, what: string): void {
  if (task.completedAt) {
    throw new ConflictError(`Cannot ${what}: this task was already completed${task.completedByName ? ` by ${task.completedByName}` : ''} at ${londonDateTime(task.completedAt)}. Reload the list.`);
  }
  if (task.claimedBy && task.claimedBy !== actor.userId) {
    throw new ConflictError(`Cannot ${what}: ${task.claimedByName} claimed this task at ${londonDateTime(task.claimedAt ?? new Date(0))}. Ask them (or a manager) to release it.`);
  }
}

/** Mark a task done by the caller. */
export async function completeTask(em: EntityManager, taskId: string, actor: Actor): Promise<void> {
  await em.query(`UPDATE duty_task SET completed_at = now(), completed_by = $2, version = version + 1 WHERE id = $1 AND completed_at IS NULL`, [taskId, actor.userId]);
}

export async function taskView(em: EntityManager, taskId: string): Promise<DutyTaskView> {
  const t = await lockTask(em, taskId);
  return {
    id: t.id,
    kind: t.kind,
    childId: t.childId,
    referralId: t.referralId,
    subjectId: t.subjectId,
    dueOn: t.dueOn,
    claim: t.claimedBy && t.claimedAt ? { userId: t.claimedBy, name: t.claimedByName ?? '', at: t.claimedAt.toISOString() } : null,
    completedAt: t.completedAt?.toISOString() ?? null,
    version: t.version,
  };
}

const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** An instant as staff read it: "22 Nov 2026, 09:15" in Europe/London. */
export function londonDateTime(at: Date): string {
  return LONDON.format(at);
}
