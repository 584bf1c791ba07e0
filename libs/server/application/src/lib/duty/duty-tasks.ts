import type { DutyTaskView } from '@camhs/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { changeReferral } from '../referrals/change-referral';
import { assertWorkable, londonDateTime, lockTask, taskBeforeLock, taskView } from './duty-task-lock';

/**
 * Claiming a duty task, so two clinicians do not phone the same family, and releasing it. Both run
 * in the task's referral frame (scope → 404, audited). Claiming a task you hold, or releasing one
 * nobody holds, changes nothing and answers the task as it is.
 */
@Injectable()
export class DutyTasks {
  constructor(private readonly db: DataSource) {}

  async claim(taskId: string, actor: Actor): Promise<DutyTaskView> {
    return this.change(taskId, actor, async (em) => {
      const task = await lockTask(em, taskId);
      assertWorkable(task, actor, 'claim the task');
      if (!task.claimedBy) {
        await em.query(`UPDATE duty_task SET claimed_by = $2, claimed_at = now(), version = version + 1 WHERE id = $1`, [taskId, actor.userId]);
      }
    });
  }

  /** Only the holder or a manager may release a claim. */
  async release(taskId: string, actor: Actor): Promise<DutyTaskView> {
    return this.change(taskId, actor, async (em) => {
      const task = await lockTask(em, taskId);
      if (task.completedAt) throw new ConflictError(`Cannot release the task: it was already completed at ${londonDateTime(task.completedAt)}.`);
      if (!task.claimedBy) return;
      if (task.claimedBy !== actor.userId && !actor.roles.includes('manager')) {
        throw new ConflictError(`Cannot release the task: ${task.claimedByName} claimed it at ${londonDateTime(task.claimedAt ?? new Date(0))}; only they or a manager may release it.`);
      }
      await em.query(`UPDATE duty_task SET claimed_by = NULL, claimed_at = NULL, version = version + 1 WHERE id = $1`, [taskId]);
    });
  }

  private async change(taskId: string, actor: Actor, work: (em: EntityManager) => Promise<void>): Promise<DutyTaskView> {
    const { referralId } = await taskBeforeLock(this.db, taskId);
    return changeReferral(this.db, actor, referralId, { entityType: 'duty-task', entityId: () => taskId, notFound: { entity: 'duty task', id: taskId } }, async (em) => {
      await work(em);
      return taskView(em, taskId);
    });
  }
}
