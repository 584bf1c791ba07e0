import { Role, isRole, passwordProblem, ROLES, usernameProblem } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditActor, recordAudit } from '../audit/audit-log';
import { ValidationFailedError } from '../common/errors';
import { hashPassword } from './password-hasher';

export interface CreateUserInput {
  username: string;
  displayName?: string;
  roles: string[];
  /** Team codes. */
  teams: string[];
  password: string;
}

/** Add a member of staff: validates every field, hashes the password, audits the creation. */
@Injectable()
export class CreateUser {
  constructor(private readonly db: DataSource) {}

  async execute(input: CreateUserInput, actor: AuditActor): Promise<{ id: string; username: string }> {
    const username = input.username.trim().toLowerCase();
    const problems: { field: string; message: string }[] = [];
    const usernameIssue = usernameProblem(username);
    if (usernameIssue) problems.push({ field: 'username', message: usernameIssue });
    if (input.roles.length === 0) problems.push({ field: 'roles', message: `at least one role is required; roles: ${ROLES.join(', ')}` });
    for (const r of input.roles.filter((r) => !isRole(r))) {
      problems.push({ field: 'roles', message: `unknown role '${r}'; roles: ${ROLES.join(', ')}` });
    }
    const passwordIssue = passwordProblem(input.password, username);
    if (passwordIssue) problems.push({ field: 'password', message: passwordIssue });

    const hash = problems.length === 0 ? await hashPassword(input.password) : '';
    return this.db.transaction(async (em) => {
      const teams: { id: string; code: string }[] = input.teams.length
        ? await em.query(`SELECT id, code FROM team WHERE code = ANY($1::text[])`, [input.teams])
        : [];
      const unknown = input.teams.filter((c) => !teams.some((t) => t.code === c));
      if (unknown.length) {
        const known: { code: string }[] = await em.query(`SELECT code FROM team ORDER BY code`);
        problems.push({ field: 'teams', message: `unknown team ${unknown.map((c) => `'${c}'`).join(', ')}; teams: ${known.map((t) => t.code).join(', ')}` });
      }
      if (!usernameIssue) {
        const [taken] = await em.query(`SELECT 1 FROM app_user WHERE username = $1`, [username]);
        if (taken) problems.push({ field: 'username', message: `'${username}' is already taken` });
      }
      if (problems.length) throw ValidationFailedError.of(problems);

      const [row] = await em.query(
        `INSERT INTO app_user (username, display_name, password_hash, roles) VALUES ($1, $2, $3, $4::text[]) RETURNING id`,
        [username, input.displayName?.trim() || username, hash, input.roles as Role[]],
      );
      if (teams.length) {
        await em.query(`INSERT INTO user_team (user_id, team_id) SELECT $1, unnest($2::uuid[])`, [row.id, teams.map((t) => t.id)]);
      }
      await recordAudit(em, actor, { action: 'create', entityType: 'user', entityId: row.id, outcome: 'success' });
      return { id: row.id as string, username };
    });
  }
}
