import { OutcomeReviewView, PanelActionView } from '@camhs/contracts';

/** An open outcome review as GET /api/panel-reviews lists it (fictional, distinctive names: the leak scan looks for them). */
export function testReview(overrides: Partial<OutcomeReviewView> = {}): OutcomeReviewView {
  return {
    id: 'r-1',
    allocationId: 'a-1',
    caseId: 'c-1',
    childName: 'Wilhelmina Ashcombe-Trigg',
    intervention: 'Specialist tutoring',
    provider: 'Learning Links',
    dueOn: '2026-03-31',
    overdue: false,
    outcome: null,
    note: null,
    reviewedOn: null,
    recordedBy: null,
    version: 1,
    ...overrides,
  };
}

export function testAction(overrides: Partial<PanelActionView> = {}): PanelActionView {
  return {
    id: 'x-1',
    caseId: 'c-1',
    childName: 'Wilhelmina Ashcombe-Trigg',
    description: 'Send the family the provider’s details',
    owner: 'Helen Hartley, SENCo',
    dueOn: '2025-11-27',
    doneAt: null,
    doneNote: null,
    remindedAt: null,
    version: 1,
    ...overrides,
  };
}
