import type {
  CatalogueEntryView,
  CreateCatalogueEntryRequest,
  CreateInterventionTypeRequest,
  CreateProviderRequest,
  InterventionTypeView,
  PanelSettingsView,
  ProviderView,
  UpdateCatalogueEntryRequest,
  UpdateInterventionTypeRequest,
  UpdatePanelSettingsRequest,
  UpdateProviderRequest,
} from '@camhs/contracts';
import { Clock, blockUnitsProblem, catalogueTermsProblems, costAvoidanceSettingsProblems, financialYearOf, nextTermlyReview, today } from '@camhs/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { CLOCK } from '../common/clock.provider';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { assertVersion } from '../referrals/change-referral';
import { PanelCatalogue, catalogueEntries } from './panel-catalogue';

/** A unique constraint broken by a concurrent or repeated create: 409 saying what already exists. */
async function unique<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw new ConflictError(`${what} already exists.`);
    throw e;
  }
}

/**
 * Configuring the catalogue (administrators and coordinators): intervention types, providers,
 * entries (prices and block contract) and the settings. Nothing is deleted — an entry used by an
 * allocation is made inactive instead — and an allocation keeps the prices it was made at.
 */
@Injectable()
export class CatalogueCommands {
  constructor(
    private readonly db: DataSource,
    private readonly catalogue: PanelCatalogue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  createType(req: CreateInterventionTypeRequest, actor: Actor): Promise<InterventionTypeView> {
    return this.write(actor, 'create', 'panel-intervention-type', (em) =>
      unique(`An intervention type with code '${req.code}' or name '${req.name.trim()}'`, async () => {
        const [row] = await em.query(
          `INSERT INTO panel_intervention_type (code, name, description) VALUES ($1, $2, $3) RETURNING id, code, name, description, active, version`,
          [req.code, req.name.trim(), req.description?.trim() || null],
        );
        return row;
      }),
    );
  }

  updateType(id: string, req: UpdateInterventionTypeRequest, actor: Actor): Promise<InterventionTypeView> {
    return this.write(actor, 'update', 'panel-intervention-type', async (em) => {
      await this.lockVersioned(em, 'panel_intervention_type', 'intervention type', id, req.version);
      return unique(`An intervention type named '${req.name.trim()}'`, async () => {
        const [[row]] = await em.query(
          `UPDATE panel_intervention_type SET name = $2, description = $3, active = $4, version = version + 1 WHERE id = $1
           RETURNING id, code, name, description, active, version`,
          [id, req.name.trim(), req.description?.trim() || null, req.active],
        );
        return row;
      });
    });
  }

  createProvider(req: CreateProviderRequest, actor: Actor): Promise<ProviderView> {
    return this.write(actor, 'create', 'panel-provider', (em) =>
      unique(`A provider named '${req.name.trim()}'`, async () => {
        const [row] = await em.query(`INSERT INTO panel_provider (name) VALUES ($1) RETURNING id, name, active, version`, [req.name.trim()]);
        return row;
      }),
    );
  }

  updateProvider(id: string, req: UpdateProviderRequest, actor: Actor): Promise<ProviderView> {
    return this.write(actor, 'update', 'panel-provider', async (em) => {
      await this.lockVersioned(em, 'panel_provider', 'provider', id, req.version);
      return unique(`A provider named '${req.name.trim()}'`, async () => {
        const [[row]] = await em.query(`UPDATE panel_provider SET name = $2, active = $3, version = version + 1 WHERE id = $1 RETURNING id, name, active, version`, [
          id,
          req.name.trim(),
          req.active,
        ]);
        return row;
      });
    });
  }

  createEntry(req: CreateCatalogueEntryRequest, actor: Actor): Promise<CatalogueEntryView> {
    return this.write(actor, 'create', 'panel-catalogue-entry', async (em) => {
      const problems = [...catalogueTermsProblems(req), ...blockProblems(req.blockUnitsPerYear)];
      const [type] = await em.query(`SELECT id FROM panel_intervention_type WHERE id = $1`, [req.typeId]);
      const [provider] = await em.query(`SELECT id FROM panel_provider WHERE id = $1`, [req.providerId]);
      if (!type) problems.push({ field: 'typeId', message: 'no such intervention type' });
      if (!provider) problems.push({ field: 'providerId', message: 'no such provider' });
      if (problems.length) throw ValidationFailedError.of(problems);
      const [row] = await unique('An entry for this intervention type and provider', () =>
        em.query(
          `INSERT INTO panel_catalogue_entry (type_id, provider_id, unit, unit_cost_pence, spot_price_pence, block_units_per_year, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [req.typeId, req.providerId, req.unit, req.unitCostPence, req.spotPricePence, req.blockUnitsPerYear, req.note?.trim() || null],
        ),
      );
      return this.entry(em, row.id);
    });
  }

  updateEntry(id: string, req: UpdateCatalogueEntryRequest, actor: Actor): Promise<CatalogueEntryView> {
    return this.write(actor, 'update', 'panel-catalogue-entry', async (em) => {
      await this.lockVersioned(em, 'panel_catalogue_entry', 'catalogue entry', id, req.version);
      const problems = [...catalogueTermsProblems(req), ...blockProblems(req.blockUnitsPerYear)];
      if (problems.length) throw ValidationFailedError.of(problems);
      await em.query(
        `UPDATE panel_catalogue_entry SET unit_cost_pence = $2, spot_price_pence = $3, block_units_per_year = $4, note = $5, active = $6,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id, req.unitCostPence, req.spotPricePence, req.blockUnitsPerYear, req.note?.trim() || null, req.active],
      );
      return this.entry(em, id);
    });
  }

  updateSettings(req: UpdatePanelSettingsRequest, actor: Actor): Promise<PanelSettingsView> {
    return this.write(actor, 'update', 'panel-settings', async (em) => {
      const problems: { field: string; message: string }[] = costAvoidanceSettingsProblems(req);
      try {
        nextTermlyReview('2026-01-01', req.termEnds);
      } catch {
        problems.push({ field: 'termEnds', message: 'termEnds must be one or more real days written MM-DD, e.g. 07-21' });
      }
      if (problems.length) throw ValidationFailedError.of(problems);
      const [row] = await em.query(`SELECT version FROM panel_settings WHERE id = 1 FOR UPDATE`);
      assertVersion('panel settings', row.version, req.version);
      await em.query(
        `UPDATE panel_settings SET hourly_cost_pence = $1, weeks_per_year = $2, schools_fund_first_pence = $3, term_ends = $4,
                version = version + 1, updated_at = now(), updated_by = $5 WHERE id = 1`,
        [req.hourlyCostPence, req.weeksPerYear, req.schoolsFundFirstPence, [...new Set(req.termEnds)].sort(), actor.userId],
      );
      return this.catalogue.settingsIn(em);
    });
  }

  private async entry(em: EntityManager, id: string): Promise<CatalogueEntryView> {
    const [entry] = await catalogueEntries(em, financialYearOf(today(this.clock)), id);
    return entry;
  }

  private async lockVersioned(em: EntityManager, table: string, what: string, id: string, version: number): Promise<void> {
    const [row] = await em.query(`SELECT version FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError(what, id);
    assertVersion(what, row.version, version);
  }

  private write<T>(actor: Actor, action: 'create' | 'update', entityType: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (em) => {
      const result = await work(em);
      const id = (result as { id?: unknown }).id;
      await recordAudit(em, actor, { action, entityType, entityId: typeof id === 'string' ? id : null, outcome: 'success' });
      return result;
    });
  }
}

function blockProblems(blockUnits: unknown): { field: string; message: string }[] {
  const problem = blockUnitsProblem(blockUnits);
  return problem ? [{ field: 'blockUnitsPerYear', message: problem.replace('blockUnits', 'blockUnitsPerYear') }] : [];
}
