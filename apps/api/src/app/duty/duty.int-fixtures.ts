import { DutySchedule } from '@camhs/application';
import { DataSource } from 'typeorm';

/**
 * Test data for the duty integration specs, written straight to the tables as an import would:
 * a team of its own (so other specs' children never enter its counts) and children waiting for
 * treatment, or new referrals at access. Not used by the product.
 */
export async function createDutyTeam(db: DataSource, code: string, bypassesAccess = false): Promise<void> {
  await db.query(`INSERT INTO team (code, name, bypasses_access) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [code, `Duty test team ${code}`, bypassesAccess]);
  await db.query(`INSERT INTO team_area (team_id, area_id) SELECT t.id, a.id FROM team t, area a WHERE t.code = $1 AND a.code = 'leicestershire' ON CONFLICT DO NOTHING`, [code]);
}

export interface TestReferral {
  childId: string;
  referralId: string;
}

export interface WaitingChild {
  team: string;
  givenName: string;
  familyName: string;
  /** The day the child started waiting for treatment. */
  waitingSince: string;
  rag?: 'RED' | 'AMBER' | 'GREEN';
  ragSetOn?: string;
  redIntervalDays?: number;
  leadProfessional?: { id: string; name: string };
  /** The wait ended (treatment started) on its first day: not waiting any more. */
  treated?: boolean;
}

/** A child accepted onto a waiting list, planned by the duty schedule as the daily job would. */
export async function waitingChild(db: DataSource, schedule: DutySchedule, c: WaitingChild): Promise<TestReferral> {
  const [child] = await db.query(`INSERT INTO child (given_name, family_name, date_of_birth) VALUES ($1, $2, '2013-04-05') RETURNING id`, [c.givenName, c.familyName]);
  const [referral] = await db.query(
    `INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on, stage, access_completed_on, access_outcome,
                           assessment_completed_on, assessment_outcome, rag, rag_set_on, red_interval_days, lead_professional, lead_professional_id)
     SELECT $1, a.id, t.id, 'gp', 'routine', '2025-01-02', 'accepted', '2025-01-10', 'accepted', '2025-01-20', 'accepted', $3, $4, $5, $6, $7
       FROM area a, team t WHERE a.code = 'leicestershire' AND t.code = $2 RETURNING id`,
    [child.id, c.team, c.rag ?? null, c.ragSetOn ?? null, c.redIntervalDays ?? null, c.leadProfessional?.name ?? null, c.leadProfessional?.id ?? null],
  );
  await db.query(`INSERT INTO wait (referral_id, list_id, added_on, started_on) SELECT $1, id, $2, $3 FROM waiting_list WHERE name = 'Neurodevelopmental'`, [
    referral.id,
    c.waitingSince,
    c.treated ? c.waitingSince : null,
  ]);
  await schedule.replan(child.id);
  return { childId: child.id, referralId: referral.id };
}

/** A referral just received, still at access (not screened). */
export async function newReferral(db: DataSource, c: { team: string; givenName: string; familyName: string; receivedOn: string }): Promise<TestReferral> {
  const [child] = await db.query(`INSERT INTO child (given_name, family_name, date_of_birth) VALUES ($1, $2, '2012-09-10') RETURNING id`, [c.givenName, c.familyName]);
  const [referral] = await db.query(
    `INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on)
     SELECT $1, a.id, t.id, 'school', 'routine', $3 FROM area a, team t WHERE a.code = 'leicestershire' AND t.code = $2 RETURNING id`,
    [child.id, c.team, c.receivedOn],
  );
  return { childId: child.id, referralId: referral.id };
}
