import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE area (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      name text NOT NULL)`);
    await q.query(`CREATE TABLE team (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      name text NOT NULL,
      bypasses_access boolean NOT NULL DEFAULT false)`);
    await q.query(`CREATE TABLE child (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      nhs_number char(10) UNIQUE,
      given_name text NOT NULL,
      family_name text NOT NULL,
      date_of_birth date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE referral (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      child_id uuid NOT NULL REFERENCES child(id),
      area_id uuid NOT NULL REFERENCES area(id),
      team_id uuid NOT NULL REFERENCES team(id),
      referrer_type text NOT NULL CHECK (referrer_type IN ('gp','school','social-care','paediatrician','parent','self','other')),
      urgency text NOT NULL CHECK (urgency IN ('routine','urgent')),
      received_on date NOT NULL,
      acknowledged_at timestamptz,
      source_id text UNIQUE,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX referral_received_idx ON referral (received_on)`);
    await q.query(`CREATE INDEX referral_child_idx ON referral (child_id)`);
    await q.query(`CREATE INDEX referral_area_team_idx ON referral (area_id, team_id)`);
    await q.query(`CREATE INDEX referral_created_idx ON referral (created_at DESC, id)`);
    await q.query(`CREATE TABLE letter (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referral_id uuid NOT NULL REFERENCES referral(id),
      kind text NOT NULL,
      recipient text NOT NULL CHECK (recipient IN ('referrer','gp','family')),
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','generated','sent')),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT letter_once_per_recipient UNIQUE (referral_id, kind, recipient))`);
    await q.query(`CREATE TABLE outbox_message (
      id bigserial PRIMARY KEY,
      queue text NOT NULL,
      job_name text NOT NULL,
      job_id text NOT NULL UNIQUE,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      dispatched_at timestamptz,
      dispatch_count integer NOT NULL DEFAULT 0,
      processed_at timestamptz)`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox_message (id) WHERE processed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['outbox_message', 'letter', 'referral', 'child', 'team', 'area']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
