import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Areas and teams from the source service (domain.md). They are configuration rows, not enums:
 * imports and administrators add more.
 */
export class SeedReferenceData1763800000001 implements MigrationInterface {
  name = 'SeedReferenceData1763800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO area (code, name) VALUES
      ('leicester', 'Leicester'), ('leicestershire', 'Leicestershire'), ('rutland', 'Rutland')
      ON CONFLICT (code) DO NOTHING`);
    await q.query(`INSERT INTO team (code, name, bypasses_access) VALUES
      ('generic-outpatient', 'Generic outpatient', false),
      ('young-peoples-team', 'Young People''s Team', true),
      ('eating-disorders', 'Eating Disorders', true),
      ('learning-disability', 'Learning Disability', true),
      ('crisis', 'Crisis', false)
      ON CONFLICT (code) DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM team WHERE code IN ('generic-outpatient','young-peoples-team','eating-disorders','learning-disability','crisis')`);
    await q.query(`DELETE FROM area WHERE code IN ('leicester','leicestershire','rutland')`);
  }
}
