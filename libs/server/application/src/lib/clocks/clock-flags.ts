import type { ClockFlagView } from '@camhs/contracts';
import { CLOCK_WARNING_DAYS, Clock, ClockName, ClockState, OVER_13_WEEKS_DAYS, OVER_18_WEEKS_DAYS, ACCESS_TARGET_DAYS, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock.provider';

/**
 * The pathway's clock checkpoints (domain `clock-checkpoints.ts`) applied in SQL: every running clock
 * inside its warning window is flagged `approaching`, every clock past its target `breached`. Set-based
 * and idempotent (one flag per clock and state; a re-run inserts nothing), so the same statement serves
 * a whole-service sweep and the check of one referral when it enters a stage.
 *
 * Parameters of both: $1 today, $2/$3 target days, $4/$5 warning days (urgent/routine), $6 one referral id or null for all.
 */
const WARNING = `CASE urgency WHEN 'urgent' THEN $4::int ELSE $5::int END`;
const STATE = `CASE WHEN $1::date > target_on THEN 'breached' ELSE 'approaching' END`;

/** The access target ($2 urgent / $3 routine days from receipt) while the referral is in access. */
const MARK_ACCESS = `
  INSERT INTO clock_flag (referral_id, wait_id, clock, state, target_on)
  SELECT id, NULL, 'access', ${STATE}, target_on
    FROM (SELECT r.id, r.urgency, r.received_on + CASE r.urgency WHEN 'urgent' THEN $2::int ELSE $3::int END AS target_on
            FROM referral r
           WHERE r.stage = 'access' AND r.received_on <= $1::date AND ($6::uuid IS NULL OR r.id = $6)) running
   WHERE $1::date >= target_on - ${WARNING}
  ON CONFLICT DO NOTHING
  RETURNING 1`;

/** 13 weeks ($2 days) and 18 weeks ($3 days) from receipt, on every open wait. */
const MARK_RTT = `
  INSERT INTO clock_flag (referral_id, wait_id, clock, state, target_on)
  SELECT referral_id, wait_id, clock, ${STATE}, target_on
    FROM (SELECT w.referral_id, w.id AS wait_id, r.urgency, c.clock, r.received_on + c.days AS target_on
            FROM wait w
            JOIN referral r ON r.id = w.referral_id
           CROSS JOIN (VALUES ('rtt13', $2::int), ('rtt18', $3::int)) AS c(clock, days)
           WHERE w.started_on IS NULL AND w.removed_on IS NULL AND r.discharged_on IS NULL AND w.added_on <= $1::date
             AND ($6::uuid IS NULL OR w.referral_id = $6)) running
   WHERE $1::date >= target_on - ${WARNING}
  ON CONFLICT DO NOTHING
  RETURNING 1`;

const WARNING_PARAMS = [CLOCK_WARNING_DAYS.urgent, CLOCK_WARNING_DAYS.routine];
const SWEEPS = {
  access: { sql: MARK_ACCESS, targets: [ACCESS_TARGET_DAYS.urgent, ACCESS_TARGET_DAYS.routine] },
  treatment: { sql: MARK_RTT, targets: [OVER_13_WEEKS_DAYS, OVER_18_WEEKS_DAYS] },
} as const;

/** `access`: the access targets (on the access queue); `treatment`: the 13/18-week clocks on open waits (treatment queue). */
export type ClockSweep = keyof typeof SWEEPS;

@Injectable()
export class ClockFlags {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Flag every running clock of one kind that is due a flag today; returns how many flags were added. */
  async sweep(which: ClockSweep, referralId: string | null = null, em: EntityManager = this.db.manager): Promise<number> {
    const { sql, targets } = SWEEPS[which];
    const rows: unknown[] = await em.query(sql, [today(this.clock), ...targets, ...WARNING_PARAMS, referralId]);
    return rows.length;
  }
}

/**
 * The flags still in force for these referrals: an access flag while the referral is still in access,
 * a 13/18-week flag while its wait is open (and the referral not discharged). Per clock the most
 * serious state is shown.
 */
export async function clockFlagsFor(db: DataSource | EntityManager, referralIds: readonly string[]): Promise<Map<string, ClockFlagView[]>> {
  const byReferral = new Map<string, ClockFlagView[]>();
  if (referralIds.length === 0) return byReferral;
  const rows: (ClockFlagView & { referralId: string; flaggedAt: Date })[] = await db.query(
    `SELECT DISTINCT ON (f.referral_id, f.clock, f.wait_id)
            f.referral_id AS "referralId", f.clock, f.state, f.wait_id AS "waitId",
            to_char(f.target_on, 'YYYY-MM-DD') AS "targetOn", f.flagged_at AS "flaggedAt"
       FROM clock_flag f
       JOIN referral r ON r.id = f.referral_id
       LEFT JOIN wait w ON w.id = f.wait_id
      WHERE f.referral_id = ANY($1::uuid[])
        AND CASE WHEN f.clock = 'access' THEN r.stage = 'access'
                 ELSE w.started_on IS NULL AND w.removed_on IS NULL AND r.discharged_on IS NULL END
      ORDER BY f.referral_id, f.clock, f.wait_id, f.state = 'breached' DESC`,
    [referralIds],
  );
  for (const { referralId, flaggedAt, ...flag } of rows) {
    const list = byReferral.get(referralId) ?? [];
    list.push({ ...flag, clock: flag.clock as ClockName, state: flag.state as ClockState, flaggedAt: flaggedAt.toISOString() });
    byReferral.set(referralId, list);
  }
  return byReferral;
}
