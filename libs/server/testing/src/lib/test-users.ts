import { Actor, CreateUser, systemActor } from '@camhs/application';
import { Role, clinicalScope } from '@camhs/domain';
import { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'integration-test-password';

/** Create a user through the real use case (hashed password, teams by code). */
export async function createTestUser(db: DataSource, username: string, roles: Role[], teams: string[] = []): Promise<string> {
  const { id } = await new CreateUser(db).execute({ username, roles, teams, password: TEST_PASSWORD }, systemActor('test', 'create test user'));
  return id;
}

/** An Actor as the API's guard would build it for a user holding `roles` in `teams` (by code). */
export async function testActor(db: DataSource, roles: Role[], teams: string[]): Promise<Actor> {
  const rows: { id: string; area_ids: string[] }[] = await db.query(
    `SELECT t.id, coalesce(array_agg(ta.area_id) FILTER (WHERE ta.area_id IS NOT NULL), '{}') AS area_ids
       FROM team t LEFT JOIN team_area ta ON ta.team_id = t.id WHERE t.code = ANY($1::text[]) GROUP BY t.id`,
    [teams],
  );
  return {
    userId: '00000000-0000-4000-8000-00000000a11c',
    username: 'test.actor',
    roles,
    roleUsed: roles[0] ?? null,
    requestId: null,
    operation: 'test',
    scope: clinicalScope({ roles, teamIds: rows.map((r) => r.id), areaIds: [...new Set(rows.flatMap((r) => r.area_ids))] }),
  };
}
