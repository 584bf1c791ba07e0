import type { CatalogueEntryView, InterventionTypeView, PanelCatalogueView, PanelSettingsView, ProviderView } from '@camhs/contracts';
import { Clock, CostAvoidanceSettings, costAvoidanceMethod, financialYearOf, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Sql } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { exact } from './panel-frame';

interface EntryRow {
  id: string;
  unit: 'hours' | 'places';
  unit_cost_pence: number;
  spot_price_pence: number | null;
  block_units_per_year: number;
  note: string | null;
  active: boolean;
  version: number;
  type_id: string;
  type_code: string;
  type_name: string;
  provider_id: string;
  provider_name: string;
  block_used: number;
  spot_units: number;
  spot_cost_pence: string;
}

/** The settings row: the cost-avoidance figures (Appendix A) and the term ends. */
export async function panelSettings(sql: Sql): Promise<CostAvoidanceSettings & { termEnds: string[]; version: number }> {
  const [s] = await sql.query(
    `SELECT hourly_cost_pence AS "hourlyCostPence", weeks_per_year AS "weeksPerYear", schools_fund_first_pence AS "schoolsFundFirstPence",
            term_ends AS "termEnds", version FROM panel_settings WHERE id = 1`,
  );
  return s;
}

/** The catalogue's entries with their use in a financial year (all entries, or one). */
export async function catalogueEntries(sql: Sql, financialYear: string, entryId?: string): Promise<CatalogueEntryView[]> {
  const rows: EntryRow[] = await sql.query(
    `SELECT e.id, e.unit, e.unit_cost_pence, e.spot_price_pence, e.block_units_per_year, e.note, e.active, e.version,
            t.id AS type_id, t.code AS type_code, t.name AS type_name, p.id AS provider_id, p.name AS provider_name,
            coalesce(sum(a.block_units), 0)::int AS block_used, coalesce(sum(a.spot_units), 0)::int AS spot_units,
            coalesce(sum(a.spot_cost_pence), 0)::text AS spot_cost_pence
       FROM panel_catalogue_entry e
       JOIN panel_intervention_type t ON t.id = e.type_id
       JOIN panel_provider p ON p.id = e.provider_id
       LEFT JOIN panel_allocation a ON a.entry_id = e.id AND a.financial_year = $1
      WHERE ($2::uuid IS NULL OR e.id = $2)
      GROUP BY e.id, t.id, p.id
      ORDER BY t.name, p.name`,
    [financialYear, entryId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    type: { id: r.type_id, code: r.type_code, name: r.type_name },
    provider: { id: r.provider_id, name: r.provider_name },
    unit: r.unit,
    unitCostPence: r.unit_cost_pence,
    spotPricePence: r.spot_price_pence,
    blockUnitsPerYear: r.block_units_per_year,
    note: r.note,
    active: r.active,
    version: r.version,
    usage: {
      financialYear,
      blockUsed: r.block_used,
      blockRemaining: Math.max(0, r.block_units_per_year - r.block_used),
      spotUnits: r.spot_units,
      spotCostPence: exact(r.spot_cost_pence),
    },
  }));
}

/** The intervention catalogue as configured, with capacity used in a financial year (default: the current one). */
@Injectable()
export class PanelCatalogue {
  constructor(
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async view(financialYear?: string): Promise<PanelCatalogueView> {
    const fy = financialYear ?? financialYearOf(today(this.clock));
    const types: InterventionTypeView[] = await this.db.query(`SELECT id, code, name, description, active, version FROM panel_intervention_type ORDER BY name`);
    const providers: ProviderView[] = await this.db.query(`SELECT id, name, active, version FROM panel_provider ORDER BY name`);
    return { financialYear: fy, types, providers, entries: await catalogueEntries(this.db, fy), settings: await this.settings() };
  }

  settings(): Promise<PanelSettingsView> {
    return this.settingsIn(this.db);
  }

  async settingsIn(sql: Sql): Promise<PanelSettingsView> {
    const s = await panelSettings(sql);
    return { ...s, method: costAvoidanceMethod(s) };
  }
}
