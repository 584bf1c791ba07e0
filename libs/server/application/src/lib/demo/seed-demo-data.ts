import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditActor } from '../audit/audit-log';
import { formatExtractError } from '../ptl/extract-reader';
import { ImportCounts, ImportPtlExtract } from '../ptl/import-ptl-extract';
import { demoExtractSource } from './demo-extract';
import type { DemoOptions } from './demo-service';

export type SeedDemoResult =
  | { seeded: false; existingReferrals: number }
  | {
      seeded: true;
      referrals: ImportCounts;
      waits: ImportCounts;
      appointments: ImportCounts;
      areasCreated: string[];
      /** Children with a demonstration referral, after the import. */
      children: number;
    };

/**
 * Fill a database with the demonstration service (never in production: the callers check). It goes
 * through the PTL import like any extract, so every validation rule applies and the rows are matched
 * on their source ids. A database that already holds referrals is left alone unless `force` is
 * given; then the demo extract is imported beside them, and re-importing the same seed and as-of
 * date changes nothing.
 */
@Injectable()
export class SeedDemoData {
  constructor(private readonly db: DataSource) {}

  async referralCount(): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM referral`);
    return n;
  }

  async execute(options: DemoOptions, actor: AuditActor, force = false): Promise<SeedDemoResult> {
    const existing = await this.referralCount();
    if (existing > 0 && !force) return { seeded: false, existingReferrals: existing };
    await this.checkTeams(options);
    const result = await new ImportPtlExtract(this.db).execute(demoExtractSource(options), actor);
    if (!result.ok) {
      // The generator writes valid rows by construction; a rejection is a defect in it, not in the data.
      const first = result.errors.slice(0, 5).map(formatExtractError).join('\n  ');
      throw new Error(`the generated demonstration extract was rejected (${result.errors.length} problem(s)), first:\n  ${first}`);
    }
    const [{ children }] = await this.db.query(`SELECT count(DISTINCT child_id)::int AS children FROM referral WHERE source_id LIKE 'DEMO-R%'`);
    return { seeded: true, referrals: result.referrals, waits: result.waits, appointments: result.appointments, areasCreated: result.areasCreated, children };
  }

  /** The import would create a missing team as an ordinary one; the demo needs the configured teams (access bypass included). */
  private async checkTeams(options: DemoOptions): Promise<void> {
    const rows: { code: string; bypasses_access: boolean }[] = await this.db.query(`SELECT code, bypasses_access FROM team WHERE code = ANY($1::text[])`, [
      options.scale.teams.map((t) => t.code),
    ]);
    const problems = options.scale.teams
      .filter((t) => rows.find((r) => r.code === t.code)?.bypasses_access !== t.bypassesAccess)
      .map((t) => `team '${t.code}' is ${rows.some((r) => r.code === t.code) ? 'configured differently' : 'missing'} (expected bypasses_access ${t.bypassesAccess})`);
    if (problems.length) throw new Error(`the demonstration data needs the teams the migrations create; run npm run db:migrate. ${problems.join('; ')}`);
  }
}
