import type { EscalationRisk, InterventionUnit, OutcomeCategory } from '@camhs/domain';
import type { IsoDate } from './common';

/**
 * The panel's report for a financial year (GET /api/panels/{id}/report?financialYear=2026-27, for
 * its coordinators and for managers whose areas the panel covers). Money is whole pence. `notes`
 * says how every figure is counted, so a reader can check each one; the CSV, XLSX and PDF exports
 * (GET /api/panels/{id}/report/export?format=) carry the same figures and the same notes.
 */
export interface PanelReportQuery {
  /** `YYYY-YY`, e.g. 2026-27; default: the current financial year. */
  financialYear?: string;
}

export const PANEL_REPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type PanelReportFormat = (typeof PANEL_REPORT_FORMATS)[number];

/** Allocations and spend grouped by intervention type or by provider. */
export interface PanelSpendRow {
  /** The type's code, or the provider's id. */
  key: string;
  label: string;
  allocations: number;
  children: number;
  blockUnits: number;
  spotUnits: number;
  costPence: number;
}

/** One catalogue entry's block contract against what was allocated in the year. */
export interface PanelCapacityRow {
  entryId: string;
  intervention: string;
  provider: string;
  unit: InterventionUnit;
  blockUnitsPerYear: number;
  blockUsed: number;
  blockRemaining: number;
  spotUnits: number;
  spotCostPence: number;
}

export interface PanelCostAvoidedGroup {
  hoursPerWeek: number;
  children: number;
  perChildPence: number;
  totalPence: number;
}

export interface PanelReport {
  panel: { id: string; name: string; team: string };
  financialYear: string;
  period: { from: IsoDate; to: IsoDate };
  /** Distinct children whose case the panel decided on (allocated, not allocated or deferred) at a sitting in the year. */
  childrenConsidered: number;
  /** Of those, by the pre-panel risk in force when the panel first considered them. */
  riskAtStart: Record<EscalationRisk | 'notRecorded', number>;
  /** High risk at the start ÷ children considered; `percent` to one decimal place, null when no child was considered. */
  highRiskShare: { children: number; of: number; percent: number | null };
  allocations: {
    count: number;
    children: number;
    blockUnits: number;
    spotUnits: number;
    blockCostPence: number;
    spotCostPence: number;
    costPence: number;
    /** Allocations recorded over budget, each with its reason. */
    overBudget: number;
  };
  byIntervention: PanelSpendRow[];
  byProvider: PanelSpendRow[];
  capacity: PanelCapacityRow[];
  /** null amount: no budget set for the year. */
  budget: { amountPence: number | null; committedPence: number; remainingPence: number | null };
  /** Children considered and allocated, by their latest outcome review. */
  outcomes: { children: number; awaitingReview: number; byCategory: Record<OutcomeCategory, number> };
  costAvoided: {
    children: number;
    groups: PanelCostAvoidedGroup[];
    totalPence: number;
    /** High risk at the start with no predicted support hours: not in the estimate. */
    highRiskWithoutPrediction: number;
    /** High risk at the start whose latest outcome is "may progress to a statutory plan": left out (the cost may yet fall due). */
    leftOutMayProgress: number;
    settings: { hourlyCostPence: number; weeksPerYear: number; schoolsFundFirstPence: number };
    method: string;
  };
  /** How each figure is counted, in plain words. */
  notes: string[];
}
