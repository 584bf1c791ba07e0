import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pathway a referral travels (domain.md): its stage and the dates and outcomes of access,
 * assessment and discharge; the waiting lists (configuration) and the waits on them.
 */
export class ReferralPathway1763900000002 implements MigrationInterface {
  name = 'ReferralPathway1763900000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral
      ADD COLUMN stage text NOT NULL DEFAULT 'access'
        CHECK (stage IN ('access','assessment','accepted','redirected','returned','discharged')),
      ADD COLUMN access_completed_on date,
      ADD COLUMN access_outcome text CHECK (access_outcome IN ('accepted','redirected','returned')),
      -- where a redirected referral went, or why it was returned (free text: never logged or queued)
      ADD COLUMN access_note text,
      ADD COLUMN assessment_completed_on date,
      ADD COLUMN assessment_outcome text CHECK (assessment_outcome IN ('accepted','discharged')),
      ADD COLUMN discharged_on date,
      ADD COLUMN discharge_reason text,
      ADD CONSTRAINT referral_access_outcome_with_date CHECK ((access_completed_on IS NULL) = (access_outcome IS NULL)),
      ADD CONSTRAINT referral_assessment_outcome_with_date CHECK ((assessment_completed_on IS NULL) = (assessment_outcome IS NULL)),
      ADD CONSTRAINT referral_dates_in_pathway_order CHECK (
        received_on <= coalesce(access_completed_on, received_on)
        AND coalesce(access_completed_on, received_on) <= coalesce(assessment_completed_on, access_completed_on, received_on)
        AND coalesce(assessment_completed_on, access_completed_on, received_on) <= coalesce(discharged_on, assessment_completed_on, access_completed_on, received_on))`);
    // Referrals to specialist teams skip access.
    await q.query(`UPDATE referral r SET stage = 'assessment' FROM team t WHERE t.id = r.team_id AND t.bypasses_access AND r.stage = 'access'`);
    await q.query(`CREATE INDEX referral_stage_idx ON referral (stage)`);

    await q.query(`CREATE TABLE waiting_list (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL UNIQUE)`);
    await q.query(`INSERT INTO waiting_list (name) VALUES
      ('ADOS'), ('Assessment'), ('Assessment & Treatment'), ('Behaviour'), ('General Group'), ('Neurodevelopmental'),
      ('Psychiatric Opinion'), ('School Observation'), ('Treatment'), ('Psychodynamic Psychotherapy'), ('Psychological Therapies')
      ON CONFLICT (name) DO NOTHING`);
    await q.query(`CREATE TABLE wait (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id),
      list_id uuid NOT NULL REFERENCES waiting_list(id),
      added_on date NOT NULL,
      started_on date,
      removed_on date,
      source_id text UNIQUE,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT wait_ends_once CHECK (started_on IS NULL OR removed_on IS NULL),
      CONSTRAINT wait_ends_after_added CHECK (added_on <= coalesce(started_on, removed_on, added_on)))`);
    // One open wait per list per referral.
    await q.query(`CREATE UNIQUE INDEX wait_open_once_per_list ON wait (referral_id, list_id) WHERE started_on IS NULL AND removed_on IS NULL`);
    await q.query(`CREATE INDEX wait_referral_idx ON wait (referral_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE wait`);
    await q.query(`DROP TABLE waiting_list`);
    await q.query(`ALTER TABLE referral DROP CONSTRAINT referral_dates_in_pathway_order, DROP CONSTRAINT referral_assessment_outcome_with_date,
      DROP CONSTRAINT referral_access_outcome_with_date, DROP COLUMN discharge_reason, DROP COLUMN discharged_on, DROP COLUMN assessment_outcome,
      DROP COLUMN assessment_completed_on, DROP COLUMN access_note, DROP COLUMN access_outcome, DROP COLUMN access_completed_on, DROP COLUMN stage`);
  }
}
