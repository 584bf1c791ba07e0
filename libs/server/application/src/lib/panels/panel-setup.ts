import type {
  AddPanelMemberRequest,
  CreatePanelRequest,
  PanelBudgetView,
  PanelMemberView,
  PanelSummary,
  PanelView,
  ScheduleSittingsRequest,
  SetPanelBudgetRequest,
  SittingSummary,
  UpdatePanelMemberRequest,
  UpdatePanelRequest,
} from '@camhs/contracts';
import { isFinancialYear, sittingDates } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { assertVersion } from '../referrals/change-referral';
import { placePendingCarryOvers } from './carry-over';
import { PanelRow, coordinatedPanel } from './panel-frame';
import { panelBudgets, panelSummaries, panelView, sittingSummaries } from './panel-views';

/**
 * Panels as their coordinators set them up: the panel (a team of the council's service), its
 * members, its budget per financial year and its sittings. Coordinators see only their own teams'
 * panels (404 otherwise); every change is audited and every edit checks the version.
 */
@Injectable()
export class PanelSetup {
  constructor(private readonly db: DataSource) {}

  /** The caller's panels: their own teams', and for a manager those whose report they may read (the panels covering their areas). */
  list(actor: Actor): Promise<PanelSummary[]> {
    return panelSummaries(this.db, actor.scope.teamIds, actor.scope.areaIds);
  }

  async get(panelId: string, actor: Actor): Promise<PanelView> {
    await coordinatedPanel(this.db, actor, panelId);
    return panelView(this.db, panelId);
  }

  create(req: CreatePanelRequest, actor: Actor): Promise<PanelView> {
    return this.db.transaction(async (em) => {
      const [team] = await em.query(`SELECT id, service FROM team WHERE code = $1`, [req.team]);
      if (!team || team.service !== 'council' || !actor.scope.teamIds.includes(team.id)) {
        throw ValidationFailedError.of([{ field: 'team', message: `'${req.team}' is not one of your teams of the council’s service (e.g. inclusion-panel)` }]);
      }
      const [row] = await em
        .query(`INSERT INTO panel (team_id, name, cadence) VALUES ($1, $2, $3) RETURNING id`, [team.id, req.name.trim(), req.cadence])
        .catch(duplicate(`The team already has a panel named '${req.name.trim()}'`));
      await recordAudit(em, actor, { action: 'create', entityType: 'panel', entityId: row.id, outcome: 'success' });
      return panelView(em, row.id);
    });
  }

  update(panelId: string, req: UpdatePanelRequest, actor: Actor): Promise<PanelView> {
    return this.change(panelId, actor, 'panel', async (em, panel) => {
      assertVersion('panel', panel.version, req.version);
      await em
        .query(`UPDATE panel SET name = $2, cadence = $3, active = $4, version = version + 1 WHERE id = $1`, [panelId, req.name.trim(), req.cadence, req.active])
        .catch(duplicate(`The team already has a panel named '${req.name.trim()}'`));
      return panelView(em, panelId);
    });
  }

  addMember(panelId: string, req: AddPanelMemberRequest, actor: Actor): Promise<PanelMemberView> {
    return this.change(panelId, actor, 'panel-member', async (em) => {
      const [row] = await em.query(`INSERT INTO panel_member (panel_id, name, agency) VALUES ($1, $2, $3) RETURNING id, name, agency, active, version`, [
        panelId,
        req.name.trim(),
        req.agency.trim(),
      ]);
      return row as PanelMemberView;
    }, (m) => m.id);
  }

  updateMember(panelId: string, memberId: string, req: UpdatePanelMemberRequest, actor: Actor): Promise<PanelMemberView> {
    return this.change(panelId, actor, 'panel-member', async (em) => {
      const [member] = await em.query(`SELECT version FROM panel_member WHERE id = $1 AND panel_id = $2 FOR UPDATE`, [memberId, panelId]);
      if (!member) throw new NotFoundError('panel member', memberId);
      assertVersion('panel member', member.version, req.version);
      const [[row]] = await em.query(
        `UPDATE panel_member SET name = $2, agency = $3, active = $4, version = version + 1 WHERE id = $1 RETURNING id, name, agency, active, version`,
        [memberId, req.name.trim(), req.agency.trim(), req.active],
      );
      return row as PanelMemberView;
    }, (m) => m.id);
  }

  /** Set a year's budget: `version` null the first time (409 if someone set it meanwhile), the budget's version after that. */
  setBudget(panelId: string, financialYear: string, req: SetPanelBudgetRequest, actor: Actor): Promise<PanelBudgetView> {
    if (!isFinancialYear(financialYear)) throw ValidationFailedError.of([{ field: 'financialYear', message: 'financialYear must be written YYYY-YY, e.g. 2026-27' }]);
    return this.change(panelId, actor, 'panel-budget', async (em) => {
      const [budget] = await em.query(`SELECT version FROM panel_budget WHERE panel_id = $1 AND financial_year = $2 FOR UPDATE`, [panelId, financialYear]);
      if (budget && req.version === null) throw new ConflictError(`The ${financialYear} budget has already been set (version ${budget.version}). Reload it and try again.`);
      if (!budget && req.version !== null) throw new ConflictError(`The ${financialYear} budget has not been set yet: send version null to set it.`);
      if (budget) {
        assertVersion(`${financialYear} budget`, budget.version, req.version as number);
        await em.query(`UPDATE panel_budget SET amount_pence = $3, version = version + 1, updated_at = now(), updated_by = $4 WHERE panel_id = $1 AND financial_year = $2`, [
          panelId,
          financialYear,
          req.amountPence,
          actor.userId,
        ]);
      } else {
        await em
          .query(`INSERT INTO panel_budget (panel_id, financial_year, amount_pence, updated_by) VALUES ($1, $2, $3, $4)`, [panelId, financialYear, req.amountPence, actor.userId])
          .catch(duplicate(`The ${financialYear} budget`));
      }
      const [view] = await panelBudgets(em, panelId, financialYear);
      return view;
    });
  }

  /** Schedule sittings at the panel's cadence; dates already scheduled are left as they are. Pending carry-overs join the first new sitting. */
  scheduleSittings(panelId: string, req: ScheduleSittingsRequest, actor: Actor): Promise<SittingSummary[]> {
    return this.change(panelId, actor, 'panel-sitting', async (em, panel) => {
      const dates = sittingDates(panel.cadence, req.firstOn, req.count);
      await em.query(`INSERT INTO panel_sitting (panel_id, sits_on) SELECT $1, unnest($2::date[]) ON CONFLICT (panel_id, sits_on) DO NOTHING`, [panelId, dates]);
      const placed = await placePendingCarryOvers(em, panelId);
      if (placed.length) await recordAudit(em, actor, { action: 'update', entityType: 'panel-agenda-item', childIds: placed.map((p) => p.childId), outcome: 'success' });
      return sittingSummaries(em, panelId);
    });
  }

  /** Lock the caller's panel, run `work`, audit the change (no child involved). */
  private change<T>(panelId: string, actor: Actor, entityType: string, work: (em: EntityManager, panel: PanelRow) => Promise<T>, entityId: (result: T) => string = () => panelId): Promise<T> {
    return this.db.transaction(async (em) => {
      const panel = await coordinatedPanel(em, actor, panelId, true);
      const result = await work(em, panel);
      await recordAudit(em, actor, { action: 'update', entityType, entityId: entityId(result), outcome: 'success' });
      return result;
    });
  }
}

/** A unique violation as 409 naming what already exists. */
function duplicate(what: string): (e: unknown) => never {
  return (e) => {
    if ((e as { code?: string }).code === '23505') throw new ConflictError(`${what} already exists.`);
    throw e;
  };
}
