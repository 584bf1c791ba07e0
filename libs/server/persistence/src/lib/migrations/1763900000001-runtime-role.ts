import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the api and worker act as (`SET ROLE camhs_app` on every connection): it may read and
 * write the application's tables but only SELECT and INSERT the audit trail, and — not owning any
 * table — it cannot drop or disable the audit trail's trigger either. Migrations run as the owner.
 */
export class RuntimeRole1763900000001 implements MigrationInterface {
  name = 'RuntimeRole1763900000001';

  async up(q: QueryRunner): Promise<void> {
    // Roles belong to the whole server: another database on it may have created it already.
    await q.query(`DO $$ BEGIN CREATE ROLE camhs_app NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO camhs_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO camhs_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO camhs_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM camhs_app`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON schema_migration FROM camhs_app`);
    // Tables and sequences later migrations create get the same grants (audit-like tables must revoke explicitly).
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO camhs_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO camhs_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM camhs_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM camhs_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM camhs_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM camhs_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM camhs_app`);
  }
}
