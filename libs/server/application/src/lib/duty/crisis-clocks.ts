import type { CrisisClockName, CrisisClockRecordView, CrisisClockView, RecordCrisisClockRequest } from '@camhs/contracts';
import { CRISIS_TARGET_MINUTES, Clock, CrisisClock, crisisClockState } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';

/**
 * Every escalation to Crisis starts its two clocks (contact, assessment) with the deadline the domain's
 * `CRISIS_TARGET_MINUTES` set. Idempotent (one row per escalation and clock): $1 a team id, or null for all;
 * $2 / $3 the contact / assessment minutes.
 */
const OPEN_CLOCKS = `
  INSERT INTO crisis_clock (escalation_id, clock, referral_id, child_id, team_id, referred_at, due_at)
  SELECT e.id, c.clock, e.referral_id, e.child_id, r.team_id, e.at, e.at + make_interval(mins => c.minutes)
    FROM duty_escalation e JOIN referral r ON r.id = e.referral_id
   CROSS JOIN (VALUES ('contact', $2::int), ('assessment', $3::int)) AS c(clock, minutes)
   WHERE e.action = 'crisis-referral' AND ($1::uuid IS NULL OR r.team_id = $1)
  ON CONFLICT DO NOTHING
  RETURNING 1`;

/** A clock past its deadline ($1 now) with nothing recorded is marked missed, once. */
const MARK_MISSED = `
  UPDATE crisis_clock SET missed_at = $1
   WHERE done_at IS NULL AND missed_at IS NULL AND due_at < $1
  RETURNING 1`;

const TARGETS = [CRISIS_TARGET_MINUTES.contact, CRISIS_TARGET_MINUTES.assessment];

/** Open the Crisis clocks of one team's escalations (or every team's, `null`); returns how many were opened. */
export async function openCrisisClocks(em: DataSource | EntityManager, teamId: string | null): Promise<number> {
  const rows: unknown[] = await em.query(OPEN_CLOCKS, [teamId, ...TARGETS]);
  return rows.length;
}

interface OpenClockRow {
  escalation_id: string;
  clock: CrisisClockName;
  child_id: string;
  child_name: string;
  referral_id: string;
  referred_at: Date;
  due_at: Date;
}

/**
 * The team's Crisis clocks not yet done, soonest deadline first, for the caller's scope (referrals still
 * open). The state is worked out at `now` by the domain, so a deadline passed since the last sweep shows
 * missed at once.
 */
export async function crisisClocksOfTeam(em: DataSource | EntityManager, teamId: string, now: Date, actor: Actor): Promise<CrisisClockView[]> {
  const params: unknown[] = [teamId];
  const inScope = referralInScope(actor.scope, params);
  const rows: OpenClockRow[] = await em.query(
    `SELECT k.escalation_id, k.clock, k.child_id, ch.given_name || ' ' || ch.family_name AS child_name, k.referral_id, k.referred_at, k.due_at
       FROM crisis_clock k JOIN referral r ON r.id = k.referral_id JOIN child ch ON ch.id = k.child_id
      WHERE k.team_id = $1 AND k.done_at IS NULL AND r.discharged_on IS NULL AND ${inScope}
      ORDER BY k.due_at, k.escalation_id, k.clock`,
    params,
  );
  return rows.map((r) => {
    const state = crisisClockState(r.referred_at, r.clock, null, now);
    return {
      escalationId: r.escalation_id,
      clock: r.clock,
      childId: r.child_id,
      childName: r.child_name,
      referralId: r.referral_id,
      referredAt: r.referred_at.toISOString(),
      dueAt: r.due_at.toISOString(),
      state: state === 'missed' ? 'missed' : 'running',
      minutesLeft: Math.floor((r.due_at.getTime() - now.getTime()) / 60_000),
    };
  });
}

interface RecordedClockRow {
  referral_id: string;
  child_id: string;
  referred_at: Date;
  due_at: Date;
  done_at: Date | null;
}

/**
 * Crisis clocks (issue 5): the level-triggered sweep that opens the clocks of every escalation to Crisis
 * and marks those whose deadline passed undone as missed; and the record that the Crisis team made
 * contact / assessed (at a time not in the future nor before the referral; once per clock).
 */
@Injectable()
export class CrisisClocks {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async sweep(): Promise<{ opened: number; missed: number }> {
    return this.db.transaction(async (em) => {
      const opened = await openCrisisClocks(em, null);
      const missed: unknown[] = await em.query(MARK_MISSED, [this.clock.now()]);
      return { opened, missed: missed.length };
    });
  }

  async record(escalationId: string, clock: CrisisClock, req: RecordCrisisClockRequest, actor: Actor): Promise<CrisisClockRecordView> {
    const now = this.clock.now();
    const at = new Date(req.at);
    if (Number.isNaN(at.getTime())) throw ValidationFailedError.of([{ field: 'at', message: 'must be a date and time, e.g. 2026-11-22T11:40:00Z' }]);
    if (at.getTime() > now.getTime()) throw ValidationFailedError.of([{ field: 'at', message: 'cannot be in the future' }]);
    return this.db.transaction(async (em) => {
      const params: unknown[] = [escalationId];
      const inScope = referralInScope(actor.scope, params);
      const [esc]: { team_id: string }[] = await em.query(
        `SELECT r.team_id FROM duty_escalation e JOIN referral r ON r.id = e.referral_id WHERE e.id = $1 AND e.action = 'crisis-referral' AND ${inScope}`,
        params,
      );
      if (!esc) throw new NotFoundError('crisis referral', escalationId);
      await openCrisisClocks(em, esc.team_id);
      const [row]: RecordedClockRow[] = await em.query(
        `SELECT referral_id, child_id, referred_at, due_at, done_at FROM crisis_clock WHERE escalation_id = $1 AND clock = $2 FOR UPDATE`,
        [escalationId, clock],
      );
      if (row.done_at) throw new ConflictError(`the Crisis ${clock} was already recorded at ${row.done_at.toISOString()}`);
      if (at.getTime() < row.referred_at.getTime()) {
        throw ValidationFailedError.of([{ field: 'at', message: `cannot be before the crisis referral (${row.referred_at.toISOString()})` }]);
      }
      const state = crisisClockState(row.referred_at, clock, at, now);
      await em.query(
        `UPDATE crisis_clock SET done_at = $3, done_by = $4, missed_at = CASE WHEN $5 THEN coalesce(missed_at, $6) ELSE NULL END
          WHERE escalation_id = $1 AND clock = $2`,
        [escalationId, clock, at, actor.userId, state === 'missed', now],
      );
      await recordAudit(em, actor, { action: 'update', entityType: 'crisis-clock', entityId: `${escalationId}/${clock}`, childIds: [row.child_id], outcome: 'success' });
      return {
        escalationId,
        clock,
        referralId: row.referral_id,
        referredAt: row.referred_at.toISOString(),
        dueAt: row.due_at.toISOString(),
        doneAt: at.toISOString(),
        state: state === 'met' ? 'met' : 'missed',
      };
    });
  }
}
