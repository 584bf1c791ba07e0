import { RagRating, reviewChecklist } from '@camhs/domain';

export interface ChecklistAnswer {
  item: string;
  done: boolean;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** The answers split into the items done and not done, each in the checklist's order. */
export interface AnsweredChecklist {
  done: string[];
  notDone: string[];
}

/**
 * A review's checklist answers against the checklist for the rating (domain `reviewChecklist`):
 * every item answered exactly once, done or not, and nothing that is not on it. "Not done" is a
 * legitimate answer (the family could not be reached for the survey, say) and is recorded as such;
 * an unanswered item is not, because a review that silently skips an item is what the list exists
 * to prevent. Problems name the field: `checklist.<item id>`, or `checklist` for an unknown item.
 */
export function answerChecklist(rating: RagRating, optInLetterSent: boolean, answers: readonly ChecklistAnswer[]): { ok: true; value: AnsweredChecklist } | { ok: false; problems: FieldProblem[] } {
  const items = reviewChecklist(rating, optInLetterSent);
  const problems: FieldProblem[] = [];
  const offList = answers.filter((a) => !items.some((i) => i.id === a.item)).map((a) => a.item);
  // An item the rating has but this child skips: the opt-in letter has gone already.
  const skipped = offList.filter((item) => reviewChecklist(rating, false).some((i) => i.id === item));
  for (const item of skipped) {
    problems.push({ field: `checklist.${item}`, message: 'the waiting-list (opt-in) letter has already been sent to the family, so this item is not on the checklist' });
  }
  const unknown = offList.filter((item) => !skipped.includes(item));
  if (unknown.length) {
    problems.push({
      field: 'checklist',
      message: `${unknown.map((u) => `'${u}'`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not on the ${rating} review checklist (its items: ${items.map((i) => i.id).join(', ')})`,
    });
  }
  const done: string[] = [];
  const notDone: string[] = [];
  for (const item of items) {
    const given = answers.filter((a) => a.item === item.id);
    if (given.length === 0) problems.push({ field: `checklist.${item.id}`, message: `answer “${item.label}” (done or not done)` });
    else if (given.length > 1) problems.push({ field: `checklist.${item.id}`, message: `“${item.label}” is answered more than once` });
    else (given[0].done ? done : notDone).push(item.id);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { done, notDone } };
}
