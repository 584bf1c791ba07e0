import { Transition, allow, refuse } from '../pathway/transition';

/**
 * A case brought to the panel, from the school's request to its close (issue 6):
 * new → consent (parental consent recorded) → ready (the coordinator's pre-panel assessment done)
 * → on agenda (listed for a sitting) → allocated (interventions allocated) → in review (an outcome
 * review has fallen due) → closed. A case may also close at the sitting (not allocated) or be
 * withdrawn before it. Every move returns the new state or why it is refused; a refusal about the
 * recorded state is `concern: 'state'` (the API answers 409).
 */
export const PANEL_CASE_STATES = ['new', 'consent', 'ready', 'on-agenda', 'allocated', 'in-review', 'closed'] as const;
export type PanelCaseState = (typeof PANEL_CASE_STATES)[number];

export const PANEL_CASE_STATE_LABELS: Readonly<Record<PanelCaseState, string>> = {
  new: 'New',
  consent: 'Consent recorded',
  ready: 'Ready for panel',
  'on-agenda': 'On agenda',
  allocated: 'Allocated',
  'in-review': 'In review',
  closed: 'Closed',
};

/** The coordinator's pre-panel view of the risk that the child escalates to a statutory (EHC needs) assessment. */
export const ESCALATION_RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type EscalationRisk = (typeof ESCALATION_RISK_LEVELS)[number];

export interface PanelCaseFacts {
  state: PanelCaseState;
  consentRecorded: boolean;
  risk: EscalationRisk | null;
}

/** What the panel decided for an agenda item: allocate, not allocate (the case closes), or defer (it carries to the next sitting). */
export const PANEL_DECISION_OUTCOMES = ['allocated', 'not-allocated', 'deferred'] as const;
export type PanelDecisionOutcome = (typeof PANEL_DECISION_OUTCOMES)[number];

const BEFORE_PANEL: readonly PanelCaseState[] = ['new', 'consent', 'ready'];

function describe(state: PanelCaseState): string {
  return `the case is ${PANEL_CASE_STATE_LABELS[state].toLowerCase()}`;
}

/** Where a case stands before panel, from what has been recorded. */
function prePanelState(consentRecorded: boolean, risk: EscalationRisk | null): PanelCaseState {
  if (!consentRecorded) return 'new';
  return risk ? 'ready' : 'consent';
}

/** Record parental consent. A later consent (a wider scope, say) may be recorded at any time until the case closes. */
export function recordConsent(c: PanelCaseFacts): Transition<PanelCaseState> {
  if (c.state === 'closed') return refuse(`consent cannot be recorded: ${describe(c.state)}`, 'state');
  return allow(BEFORE_PANEL.includes(c.state) ? prePanelState(true, c.risk) : c.state);
}

/** Record (or revise) the pre-panel risk of escalation; only before the panel has decided. */
export function recordEscalationRisk(c: PanelCaseFacts, risk: EscalationRisk): Transition<PanelCaseState> {
  if (!BEFORE_PANEL.includes(c.state) && c.state !== 'on-agenda') {
    return refuse(`the pre-panel risk is recorded before the panel decides; ${describe(c.state)}`, 'state');
  }
  return allow(c.state === 'on-agenda' ? c.state : prePanelState(c.consentRecorded, risk));
}

/** List the case for a sitting: only with parental consent and the pre-panel assessment recorded. */
export function listForSitting(c: PanelCaseFacts): Transition<PanelCaseState> {
  if (c.state === 'on-agenda') return refuse('the case is already on an agenda', 'state');
  if (!BEFORE_PANEL.includes(c.state)) return refuse(`only a case waiting for panel can be listed; ${describe(c.state)}`, 'state');
  if (!c.consentRecorded) return refuse('the case has no parental consent recorded: record consent (who gave it, when, and its scope) before listing it for panel', 'state');
  if (!c.risk) return refuse('the pre-panel risk of escalation to a statutory assessment is not recorded: record it before listing the case for panel', 'state');
  return allow('on-agenda');
}

/** Take the case off an agenda before the panel decides it. */
export function removeFromAgenda(c: PanelCaseFacts): Transition<PanelCaseState> {
  if (c.state !== 'on-agenda') return refuse(`only a case on an agenda can be taken off it; ${describe(c.state)}`, 'state');
  return allow(prePanelState(c.consentRecorded, c.risk));
}

/** The panel's decision on the case: allocated, not allocated (closed) or deferred (stays on the agenda, carried to the next sitting). */
export function decideCase(c: PanelCaseFacts, outcome: PanelDecisionOutcome): Transition<PanelCaseState> {
  if (c.state !== 'on-agenda') return refuse(`the panel decides cases on its agenda; ${describe(c.state)}`, 'state');
  if (outcome === 'allocated') return allow('allocated');
  return allow(outcome === 'not-allocated' ? 'closed' : 'on-agenda');
}

/** An unresolved case with no sitting to carry to waits, ready, for the next one scheduled. */
export function awaitNextSitting(c: PanelCaseFacts): Transition<PanelCaseState> {
  if (c.state !== 'on-agenda') return refuse(`only a case on an agenda is carried over; ${describe(c.state)}`, 'state');
  return allow(prePanelState(c.consentRecorded, c.risk));
}

/** An outcome review has fallen due (the worker, termly). */
export function reviewFallsDue(c: PanelCaseFacts): Transition<PanelCaseState> {
  if (c.state === 'in-review') return allow('in-review');
  if (c.state !== 'allocated') return refuse(`outcome reviews follow an allocation; ${describe(c.state)}`, 'state');
  return allow('in-review');
}

/**
 * After an outcome review is recorded: the case closes when none of its allocations is still being
 * reviewed (`activeAllocations` counts them after this review), and otherwise stays in review.
 */
export function afterOutcomeReview(c: PanelCaseFacts, activeAllocations: number): Transition<PanelCaseState> {
  if (c.state !== 'in-review' && c.state !== 'allocated') return refuse(`outcome reviews are recorded for allocated cases; ${describe(c.state)}`, 'state');
  return allow(activeAllocations === 0 ? 'closed' : c.state);
}

/** Withdraw a case before the panel decides it (the school withdrew it, the need is met elsewhere…). */
export function withdrawCase(c: PanelCaseFacts, reason: string): Transition<PanelCaseState> {
  if (!BEFORE_PANEL.includes(c.state) && c.state !== 'on-agenda') {
    return refuse(`a case can be withdrawn only before the panel decides it; ${describe(c.state)}`, 'state');
  }
  if (!reason.trim()) return refuse('say why the case is withdrawn');
  return allow('closed');
}
