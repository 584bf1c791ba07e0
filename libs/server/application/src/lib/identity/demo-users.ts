import type { Role } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { systemActor } from '../audit/audit-log';
import { CreateUser } from './create-user';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  teams: string[];
}

/** One demonstration account per role, for a newcomer's first `npm start`. Never in production. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'demo.duty', displayName: 'Dana Duty (demo)', roles: ['duty-clinician'], teams: ['generic-outpatient'] },
  { username: 'demo.lead', displayName: 'Lee Lead (demo)', roles: ['lead-professional'], teams: ['generic-outpatient'] },
  { username: 'demo.panel', displayName: 'Pat Panel (demo)', roles: ['panel-coordinator'], teams: ['inclusion-panel'] },
  { username: 'demo.manager', displayName: 'Morgan Manager (demo)', roles: ['manager'], teams: ['generic-outpatient'] },
  { username: 'demo.admin', displayName: 'Alex Admin (demo)', roles: ['admin'], teams: ['generic-outpatient'] }, // its team scopes the letter queue only
];

/** Create the demonstration users that are missing (existing ones are left as they are). */
@Injectable()
export class SeedDemoUsers {
  constructor(
    private readonly db: DataSource,
    private readonly createUser: CreateUser,
  ) {}

  async execute(password: string): Promise<{ created: string[]; existing: string[] }> {
    const created: string[] = [];
    const existing: string[] = [];
    for (const u of DEMO_USERS) {
      const [row] = await this.db.query(`SELECT 1 FROM app_user WHERE username = $1`, [u.username]);
      if (row) {
        existing.push(u.username);
        continue;
      }
      await this.createUser.execute({ ...u, password }, systemActor('cli', 'users:seed-demo'));
      created.push(u.username);
    }
    return { created, existing };
  }
}
