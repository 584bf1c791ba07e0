import { PanelCaseState, PanelReport, PanelSummary } from '@camhs/contracts';

/**
 * A panel report for 2025-26 as panel-report.int-spec.ts builds it, after the termly reviews:
 * counselling £45.00 an hour (10 block hours, spot £60.00), tutoring £35.00 (20 block hours, spot
 * £42.00), a Nurture outreach contract not yet used, budget £2,000.00; one child counted towards the
 * cost avoided (32.5 h: 32.5 × £11.26 × 38 − £6,000 = £7,906.10).
 */
export function testPanelReport(): PanelReport {
  return {
    panel: { id: 'p-1', name: 'Primary Phase Panel', team: 'inclusion-panel' },
    financialYear: '2025-26',
    period: { from: '2025-04-01', to: '2026-03-31' },
    childrenConsidered: 5,
    riskAtStart: { high: 3, medium: 1, low: 1, notRecorded: 0 },
    highRiskShare: { children: 3, of: 5, percent: 60 },
    allocations: { count: 5, children: 4, blockUnits: 30, spotUnits: 16, blockCostPence: 115_000, spotCostPence: 69_000, costPence: 184_000, overBudget: 0 },
    byIntervention: [
      { key: 'specialist-tutoring', label: 'Specialist tutoring', allocations: 2, children: 2, blockUnits: 20, spotUnits: 15, costPence: 133_000 },
      { key: 'specialist-counselling', label: 'Specialist counselling', allocations: 3, children: 3, blockUnits: 10, spotUnits: 1, costPence: 51_000 },
    ],
    byProvider: [
      { key: 'prov-t', label: 'Learning Links', allocations: 2, children: 2, blockUnits: 20, spotUnits: 15, costPence: 133_000 },
      { key: 'prov-c', label: 'Talking Space', allocations: 3, children: 3, blockUnits: 10, spotUnits: 1, costPence: 51_000 },
    ],
    capacity: [
      { entryId: 'e-c', intervention: 'Specialist counselling', provider: 'Talking Space', unit: 'hours', blockUnitsPerYear: 10, blockUsed: 10, blockRemaining: 0, spotUnits: 1, spotCostPence: 6_000 },
      { entryId: 'e-t', intervention: 'Specialist tutoring', provider: 'Learning Links', unit: 'hours', blockUnitsPerYear: 20, blockUsed: 20, blockRemaining: 0, spotUnits: 15, spotCostPence: 63_000 },
      { entryId: 'e-n', intervention: 'Nurture outreach', provider: 'Nurture Hub', unit: 'places', blockUnitsPerYear: 24, blockUsed: 0, blockRemaining: 24, spotUnits: 0, spotCostPence: 0 },
    ],
    budget: { amountPence: 200_000, committedPence: 184_000, remainingPence: 16_000 },
    outcomes: { children: 4, awaitingReview: 0, byCategory: { 'high-impact': 1, 'continuing-to-improve': 1, 'limited-impact-other-pathway': 1, 'extra-support-may-progress': 1 } },
    costAvoided: {
      children: 1,
      groups: [{ hoursPerWeek: 32.5, children: 1, perChildPence: 790_610, totalPence: 790_610 }],
      totalPence: 790_610,
      highRiskWithoutPrediction: 1,
      leftOutMayProgress: 1,
      settings: { hourlyCostPence: 1126, weeksPerYear: 38, schoolsFundFirstPence: 600_000 },
      method: 'For each child at high risk at the start with a predicted level of support: hours a week × £11.26 an hour × 38 school weeks, less the first £6,000.00.',
    },
    notes: [
      'Financial year 2025-26: 2025-04-01 to 2026-03-31.',
      'Children considered: distinct children whose case the panel decided on at a sitting in the year.',
      'Risk at the start: the coordinator’s pre-panel risk when the panel first decided on the case.',
      'Allocations and spend: allocations starting in the year, at the prices recorded when they were made.',
      'Budget: the panel’s budget for the year against the cost of its allocations starting in the year.',
      'Check on the method: the source’s own group (38 children at 32.5 hours and 12 at 25) gives £356,795.80 with these figures.',
    ],
  };
}

const NO_CASES: Record<PanelCaseState, number> = { new: 0, consent: 0, ready: 0, 'on-agenda': 0, allocated: 0, 'in-review': 0, closed: 0 };

export function testPanelSummary(id: string, name: string, active = true): PanelSummary {
  return { id, name, team: 'inclusion-panel', teamName: 'Inclusion panel', cadence: 'monthly', active, version: 1, nextSitting: null, caseCounts: NO_CASES };
}
