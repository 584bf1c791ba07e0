import type { EscalationRisk, InterventionUnit, OutcomeCategory, PanelCaseState, PanelDecisionOutcome } from '@camhs/domain';
import type { IsoDate, IsoDateTime } from './common';

/**
 * Panel cases, sittings, decisions and reviews (issue 6); see `panels.ts` for the conventions
 * (money in whole pence, `version` on every edit, 400 naming fields, 409 on conflicts).
 */

// ─── Cases ───────────────────────────────────────────────────────────────────────────────────────

/** The child as the school (or practitioner) brings them. With an NHS number the child is matched to one already known by name and date of birth. */
export interface PanelChildDetails {
  givenName: string;
  familyName: string;
  dateOfBirth: IsoDate;
  nhsNumber?: string | null;
}

/** POST /api/panel-cases */
export interface OpenPanelCaseRequest {
  panelId: string;
  child: PanelChildDetails;
  school: string;
  yearGroup?: string | null;
  /** Who brings the case, usually the school's SENCo. */
  broughtBy: { name: string; role: string };
  /** The need, in the school's words. */
  need: string;
}

/** A case on the board (GET /api/panel-cases?panelId=…[&state=…]). */
export interface PanelCaseSummary {
  id: string;
  panelId: string;
  childId: string;
  childName: string;
  dateOfBirth: IsoDate;
  school: string;
  yearGroup: string | null;
  state: PanelCaseState;
  consentRecorded: boolean;
  risk: EscalationRisk | null;
  /** The sitting whose agenda it is on, while it waits for a decision. */
  onAgenda: { sittingId: string; sitsOn: IsoDate } | null;
  createdAt: IsoDateTime;
  version: number;
}

/** GET /api/panel-cases?panelId= — the board: every state as a column, newest cases first. */
export interface PanelCaseBoard {
  panelId: string;
  columns: Record<PanelCaseState, PanelCaseSummary[]>;
}

export interface PanelConsentView {
  id: string;
  /** Who gave consent, e.g. the parent's name. */
  givenBy: string;
  relationship: string;
  givenOn: IsoDate;
  /** What the consent covers, e.g. `sharing with panel members; referral to providers`. */
  scope: string;
  recordedBy: string;
  recordedAt: IsoDateTime;
}

export interface EscalationRiskView {
  id: string;
  level: EscalationRisk;
  note: string;
  predictedHoursPerWeek: number | null;
  recordedBy: string;
  recordedAt: IsoDateTime;
}

/** GET /api/panel-cases/{id} — the whole case, newest entries first in each history. */
export interface PanelCaseView extends PanelCaseSummary {
  nhsNumber: string | null;
  broughtBy: { name: string; role: string };
  need: string;
  riskNote: string | null;
  /** Support hours a week the child would be likely to need with a plan (Appendix A), when the coordinator predicts it. */
  predictedHoursPerWeek: number | null;
  /** The risk in force when the panel first considered the case (the report's "at the start"). */
  riskAtStart: EscalationRisk | null;
  consents: PanelConsentView[];
  risks: EscalationRiskView[];
  /** Every sitting the case was listed for, earliest first. */
  agenda: { sittingId: string; sitsOn: IsoDate; decision: PanelDecisionView | null; carried: boolean; removed: boolean }[];
  allocations: PanelAllocationView[];
  actions: PanelActionView[];
  reviews: OutcomeReviewView[];
  closedReason: string | null;
  closedOn: IsoDate | null;
}

/** POST /api/panel-cases/{id}/consent — appended to the case's consents (never changed). */
export interface RecordConsentRequest {
  version: number;
  givenBy: string;
  relationship: string;
  givenOn: IsoDate;
  scope: string;
}

/** POST /api/panel-cases/{id}/risk — the coordinator's pre-panel assessment (before the panel decides). */
export interface RecordEscalationRiskRequest {
  version: number;
  level: EscalationRisk;
  note: string;
  /** Optional: hours a week of support likely with a plan (e.g. 32.5 or 25), for the cost-avoided estimate. */
  predictedHoursPerWeek?: number | null;
}

/** POST /api/panel-cases/{id}/withdraw — before the panel decides. */
export interface WithdrawPanelCaseRequest {
  version: number;
  reason: string;
}

// ─── Sittings and the agenda ─────────────────────────────────────────────────────────────────────

export interface AgendaItemView {
  id: string;
  position: number;
  caseId: string;
  /** Send it as `version` when recording the decision. */
  caseVersion: number;
  childName: string;
  school: string;
  risk: EscalationRisk | null;
  need: string;
  /** The sitting it was carried from, when it was unresolved there. */
  carriedFrom: { sittingId: string; sitsOn: IsoDate } | null;
  /** Added after the pre-read pack was produced (members have not had it in their pack). */
  afterPack: boolean;
  decision: PanelDecisionView | null;
  /** The sitting closed with it unresolved: it moved on to the next sitting. */
  carried: boolean;
}

/** GET /api/panel-sittings/{id} */
export interface SittingView {
  id: string;
  panel: { id: string; name: string };
  sitsOn: IsoDate;
  agendaIssuedAt: IsoDateTime | null;
  /** The members' pre-read pack (GET /api/panel-sittings/{id}/pack), once the worker has produced it. */
  pack: { createdAt: IsoDateTime; cases: number } | null;
  closedAt: IsoDateTime | null;
  /** Every active member; `present` null until attendance is recorded. */
  attendance: { memberId: string; name: string; agency: string; present: boolean | null }[];
  items: AgendaItemView[];
  version: number;
}

/** POST /api/panel-sittings/{id}/agenda — list ready cases (each needs consent and the pre-panel risk: 409 naming the case otherwise). */
export interface AddToAgendaRequest {
  version: number;
  caseIds: string[];
}

/** POST /api/panel-sittings/{id}/agenda/remove — take a case off before the panel decides it. */
export interface RemoveFromAgendaRequest {
  version: number;
  caseId: string;
}

/** POST /api/panel-sittings/{id}/issue — issue the agenda; the worker produces the pre-read pack once. */
export interface IssueAgendaRequest {
  version: number;
}

/** PUT /api/panel-sittings/{id}/attendance — from the day of the sitting. */
export interface RecordAttendanceRequest {
  version: number;
  attendance: { memberId: string; present: boolean }[];
}

/** POST /api/panel-sittings/{id}/close — unresolved items (no decision, or deferred) carry to the next sitting. */
export interface CloseSittingRequest {
  version: number;
}

export interface CloseSittingResult {
  sitting: SittingView;
  /** Each unresolved case and the sitting it went to (null: none scheduled yet; it joins the next one scheduled). */
  carried: { caseId: string; toSittingId: string | null; toSitsOn: IsoDate | null }[];
}

// ─── Decisions, allocations, actions ─────────────────────────────────────────────────────────────

/** One intervention to allocate. Block capacity is used first; units beyond it are spot purchased. */
export interface AllocationRequest {
  entryId: string;
  unitsPerWeek: number;
  weeks: number;
  startOn: IsoDate;
  /** Required (true) when any units would be spot purchased. */
  confirmSpot?: boolean;
  /** Required when the allocation takes the panel over its budget for the year: why. */
  budgetOverrideReason?: string | null;
}

export interface ActionRequest {
  description: string;
  /** Who does it (a name and role; members and school staff need not be users). */
  owner: string;
  dueOn: IsoDate;
}

/**
 * POST /api/panel-sittings/{id}/items/{itemId}/decision — from the day of the sitting; `version` is
 * the case's. `allocated` needs at least one allocation; `not-allocated` and `deferred` need a
 * reason and take none. Allocations are checked in order, each against what the earlier ones used.
 */
export interface RecordDecisionRequest {
  version: number;
  outcome: PanelDecisionOutcome;
  reason?: string | null;
  allocations?: AllocationRequest[];
  actions?: ActionRequest[];
}

export interface PanelDecisionView {
  id: string;
  sittingId: string;
  sitsOn: IsoDate;
  outcome: PanelDecisionOutcome;
  reason: string;
  recordedBy: string;
  recordedAt: IsoDateTime;
}

export interface PanelAllocationView {
  id: string;
  caseId: string;
  decisionId: string;
  entryId: string;
  intervention: string;
  provider: string;
  unit: InterventionUnit;
  unitsPerWeek: number;
  weeks: number;
  units: number;
  startOn: IsoDate;
  financialYear: string;
  blockUnits: number;
  spotUnits: number;
  unitCostPence: number;
  spotPricePence: number | null;
  blockCostPence: number;
  spotCostPence: number;
  costPence: number;
  budgetOverrideReason: string | null;
  overBudgetByPence: number;
  status: 'active' | 'ended';
  nextReviewOn: IsoDate | null;
}

export interface PanelActionView {
  id: string;
  caseId: string;
  childName: string;
  description: string;
  owner: string;
  dueOn: IsoDate;
  doneAt: IsoDateTime | null;
  doneNote: string | null;
  /** When the worker last reminded about it (a reminder is recorded once per due date, from 3 days before). */
  remindedAt: IsoDateTime | null;
  version: number;
}

export interface RecordDecisionResult {
  decision: PanelDecisionView;
  allocations: PanelAllocationView[];
  actions: PanelActionView[];
  caseState: PanelCaseState;
  caseVersion: number;
}

/** POST /api/panels/{id}/allocation-quote — what an allocation would take, before recording it (writes nothing). */
export interface AllocationQuoteRequest {
  entryId: string;
  unitsPerWeek: number;
  weeks: number;
  startOn: IsoDate;
}

export interface AllocationQuoteView {
  financialYear: string;
  entryId: string;
  unit: InterventionUnit;
  units: number;
  blockUnits: number;
  spotUnits: number;
  blockCostPence: number;
  spotCostPence: number;
  costPence: number;
  blockRemainingBefore: number;
  blockRemainingAfter: number;
  /** null when no budget is set for the year (nothing can be allocated until it is). */
  budgetPence: number | null;
  committedPence: number;
  budgetRemainingBefore: number | null;
  budgetRemainingAfter: number | null;
  overBudgetByPence: number;
  needsSpotConfirmation: boolean;
  needsBudgetOverride: boolean;
  spotUnavailable: boolean;
  /** Plain words for the decision form, e.g. “8 hours beyond the block would be spot purchased (£480.00)”. */
  summary: string;
}

/** POST /api/panel-actions/{id}/done */
export interface CompleteActionRequest {
  version: number;
  note?: string | null;
}

// ─── Outcome reviews ─────────────────────────────────────────────────────────────────────────────

/** An allocation's termly review. GET /api/panel-reviews?panelId= lists those open (due within two weeks, or overdue). */
export interface OutcomeReviewView {
  id: string;
  allocationId: string;
  caseId: string;
  childName: string;
  intervention: string;
  provider: string;
  dueOn: IsoDate;
  overdue: boolean;
  outcome: OutcomeCategory | null;
  note: string | null;
  reviewedOn: IsoDate | null;
  recordedBy: string | null;
  version: number;
}

/** POST /api/panel-reviews/{id}/outcome — “continuing to improve” schedules the next review for the following term; the others end the allocation's reviews. */
export interface RecordOutcomeRequest {
  version: number;
  outcome: OutcomeCategory;
  note: string;
  reviewedOn: IsoDate;
}

export interface RecordOutcomeResult {
  review: OutcomeReviewView;
  nextReviewOn: IsoDate | null;
  caseState: PanelCaseState;
}
