import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity (users, roles, team membership, sessions), the areas each team covers, and the
 * append-only audit trail.
 */
export class IdentityAndAudit1763900000000 implements MigrationInterface {
  name = 'IdentityAndAudit1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // Teams belong to a service (CAMHS clinical teams, or the council's inclusion panel) and cover areas.
    await q.query(`ALTER TABLE team ADD COLUMN service text NOT NULL DEFAULT 'camhs' CHECK (service IN ('camhs','council'))`);
    await q.query(`CREATE TABLE team_area (
      team_id uuid NOT NULL REFERENCES team(id),
      area_id uuid NOT NULL REFERENCES area(id),
      PRIMARY KEY (team_id, area_id))`);
    await q.query(`INSERT INTO team (code, name, service) VALUES ('inclusion-panel', 'Education Inclusion Partnership panel', 'council')
      ON CONFLICT (code) DO NOTHING`);
    // The source service's CAMHS teams cover Leicester, Leicestershire and Rutland; the inclusion panel is the county council's.
    await q.query(`INSERT INTO team_area (team_id, area_id)
      SELECT t.id, a.id FROM team t CROSS JOIN area a
       WHERE t.service = 'camhs' OR (t.code = 'inclusion-panel' AND a.code = 'leicestershire')
      ON CONFLICT DO NOTHING`);

    await q.query(`CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE CHECK (username = lower(username)),
      display_name text NOT NULL,
      -- NULL for a user who signs in only through an identity provider.
      password_hash text,
      roles text[] NOT NULL CHECK (cardinality(roles) > 0
        AND roles <@ ARRAY['duty-clinician','lead-professional','panel-coordinator','manager','admin']::text[]),
      active boolean NOT NULL DEFAULT true,
      failed_sign_ins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE user_team (
      user_id uuid NOT NULL REFERENCES app_user(id),
      team_id uuid NOT NULL REFERENCES team(id),
      PRIMARY KEY (user_id, team_id))`);
    // The cookie carries a random token; only its SHA-256 is stored, so a copy of this table opens no session.
    await q.query(`CREATE TABLE user_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash text NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES app_user(id),
      csrf_token text NOT NULL,
      started_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      revoked_at timestamptz)`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await q.query(`CREATE TABLE audit_event (
      id bigserial PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      user_id uuid,
      username text,
      role_used text,
      action text NOT NULL CHECK (action IN ('read','create','update','delete','export','sign-in','sign-out','denied')),
      entity_type text NOT NULL,
      entity_id text,
      child_ids uuid[] NOT NULL DEFAULT '{}',
      request_id text,
      operation text,
      outcome text NOT NULL CHECK (outcome IN ('success','failure','denied','not-found')))`);
    await q.query(`CREATE INDEX audit_event_child_idx ON audit_event USING gin (child_ids)`);
    await q.query(`CREATE INDEX audit_event_user_idx ON audit_event (user_id, occurred_at)`);
    // Append-only, enforced by the database for every role that is not allowed to drop triggers.
    // One function for every append-only table (audit trail, report snapshots): it names the table.
    await q.query(`CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION refuse_change()`);
    for (const t of ['user_session', 'user_team', 'app_user', 'team_area']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DELETE FROM team WHERE code = 'inclusion-panel'`);
    await q.query(`ALTER TABLE team DROP COLUMN service`);
  }
}
