import type { InterventionUnit, PanelCadence, PanelCaseState } from '@camhs/domain';
import type { IsoDate, IsoDateTime } from './common';

/**
 * The intervention panel (issue 6), for panel coordinators: the catalogue of interventions, panels
 * with members, sittings and budgets, the cases brought to them, the agenda, decisions with
 * allocations and actions, and termly outcome reviews. Every amount of money is whole pence
 * (`…Pence`, integers: £11.26 is 1126). Every edit sends the `version` it last loaded; a stale one
 * answers 409. A 400 names each offending field in `errors`; a 409 says what conflicts.
 *
 * A panel case never shows CAMHS clinical records: what is shown is what the panel recorded.
 */
export {
  ESCALATION_RISK_LEVELS,
  INTERVENTION_UNITS,
  OUTCOME_CATEGORIES,
  PANEL_CADENCES,
  PANEL_CASE_STATES,
  PANEL_CASE_STATE_LABELS,
  PANEL_DECISION_OUTCOMES,
  SOURCE_SUPPORT_HOURS,
  formatPounds,
  unitWords,
} from '@camhs/domain';
export type { EscalationRisk, FinancialYear, InterventionUnit, OutcomeCategory, PanelCadence, PanelCaseState, PanelDecisionOutcome } from '@camhs/domain';

// ─── The catalogue (GET /api/panel-catalogue; admin and coordinators configure it) ──────────────────

export interface InterventionTypeView {
  id: string;
  /** Lower-case words joined by dashes, e.g. `specialist-counselling`. */
  code: string;
  name: string;
  description: string | null;
  active: boolean;
  version: number;
}

export interface ProviderView {
  id: string;
  name: string;
  active: boolean;
  version: number;
}

/** One line of the toolkit: a type from a provider, its prices and block contract, and its use in the year asked for. */
export interface CatalogueEntryView {
  id: string;
  type: { id: string; code: string; name: string };
  provider: { id: string; name: string };
  /** hours, or places counted per week (one place for 12 weeks is 12 units). */
  unit: InterventionUnit;
  /** Price of a block-contracted unit. */
  unitCostPence: number;
  /** Price of a unit bought beyond the block; null: the provider sells none. */
  spotPricePence: number | null;
  blockUnitsPerYear: number;
  /** Where the figures come from (the source, or an illustrative placeholder). */
  note: string | null;
  active: boolean;
  version: number;
  usage: CatalogueUsage;
}

/** Units allocated in one financial year (allocations count in the year they start). */
export interface CatalogueUsage {
  financialYear: string;
  blockUsed: number;
  /** Never negative. */
  blockRemaining: number;
  spotUnits: number;
  spotCostPence: number;
}

/** The cost-avoidance figures (Appendix A) and the school terms that date outcome reviews. */
export interface PanelSettingsView {
  hourlyCostPence: number;
  weeksPerYear: number;
  schoolsFundFirstPence: number;
  /** Last days of the terms, `MM-DD`; reviews fall due on them. */
  termEnds: string[];
  /** The cost-avoidance method in words, with these figures. */
  method: string;
  version: number;
}

/** GET /api/panel-catalogue[?financialYear=2026-27] (default: the current financial year). */
export interface PanelCatalogueView {
  financialYear: string;
  types: InterventionTypeView[];
  providers: ProviderView[];
  entries: CatalogueEntryView[];
  settings: PanelSettingsView;
}

/** POST /api/panel-catalogue/types */
export interface CreateInterventionTypeRequest {
  code: string;
  name: string;
  description?: string | null;
}

/** PUT /api/panel-catalogue/types/{id} */
export interface UpdateInterventionTypeRequest {
  version: number;
  name: string;
  description?: string | null;
  active: boolean;
}

/** POST /api/panel-catalogue/providers */
export interface CreateProviderRequest {
  name: string;
}

/** PUT /api/panel-catalogue/providers/{id} */
export interface UpdateProviderRequest {
  version: number;
  name: string;
  active: boolean;
}

/** POST /api/panel-catalogue/entries — one entry per type and provider. */
export interface CreateCatalogueEntryRequest {
  typeId: string;
  providerId: string;
  unit: InterventionUnit;
  unitCostPence: number;
  spotPricePence: number | null;
  blockUnitsPerYear: number;
  note?: string | null;
}

/** PUT /api/panel-catalogue/entries/{id} — allocations already made keep the prices they were made at. */
export interface UpdateCatalogueEntryRequest {
  version: number;
  unitCostPence: number;
  spotPricePence: number | null;
  blockUnitsPerYear: number;
  note?: string | null;
  active: boolean;
}

/** PUT /api/panel-catalogue/settings */
export interface UpdatePanelSettingsRequest {
  version: number;
  hourlyCostPence: number;
  weeksPerYear: number;
  schoolsFundFirstPence: number;
  termEnds: string[];
}

// ─── Panels, members, budgets, sittings ──────────────────────────────────────────────────────────

export interface PanelMemberView {
  id: string;
  name: string;
  /** The member's agency or role, e.g. `SENCo, Oakham Primary`, `Educational Psychology`. */
  agency: string;
  active: boolean;
  version: number;
}

/** A financial year's budget and what allocations starting in that year have committed against it. */
export interface PanelBudgetView {
  financialYear: string;
  amountPence: number;
  committedPence: number;
  /** Negative when overrides took the panel over budget. */
  remainingPence: number;
  /** Allocations recorded over budget with a reason. */
  overrides: number;
  version: number;
}

export interface SittingSummary {
  id: string;
  sitsOn: IsoDate;
  /** Cases on the agenda (not counting any taken off). */
  items: number;
  agendaIssuedAt: IsoDateTime | null;
  packReady: boolean;
  closedAt: IsoDateTime | null;
  version: number;
}

/** GET /api/panels — the panels of the caller's teams (for a manager: the panels covering their areas, whose report they may read). */
export interface PanelSummary {
  id: string;
  name: string;
  team: string;
  teamName: string;
  cadence: PanelCadence;
  active: boolean;
  version: number;
  nextSitting: { id: string; sitsOn: IsoDate } | null;
  /** Cases by state (the board's column counts). */
  caseCounts: Record<PanelCaseState, number>;
}

/** GET /api/panels/{id} */
export interface PanelView extends PanelSummary {
  members: PanelMemberView[];
  /** Every sitting, earliest first. */
  sittings: SittingSummary[];
  /** Every year with a budget, latest first. */
  budgets: PanelBudgetView[];
}

/** POST /api/panels — `team` is a team code of the council's service (e.g. `inclusion-panel`) the caller belongs to. */
export interface CreatePanelRequest {
  team: string;
  name: string;
  cadence: PanelCadence;
}

/** PUT /api/panels/{id} */
export interface UpdatePanelRequest {
  version: number;
  name: string;
  cadence: PanelCadence;
  active: boolean;
}

/** POST /api/panels/{id}/members */
export interface AddPanelMemberRequest {
  name: string;
  agency: string;
}

/** PUT /api/panels/{id}/members/{memberId} */
export interface UpdatePanelMemberRequest {
  version: number;
  name: string;
  agency: string;
  active: boolean;
}

/** PUT /api/panels/{id}/budgets/{financialYear} — `version` null to set a year's budget the first time. */
export interface SetPanelBudgetRequest {
  version: number | null;
  amountPence: number;
}

/**
 * POST /api/panels/{id}/sittings — `count` sittings from `firstOn` at the panel's cadence (1–24).
 * Dates already scheduled are skipped. Cases waiting to be carried over join the first new sitting.
 */
export interface ScheduleSittingsRequest {
  firstOn: IsoDate;
  count: number;
}
