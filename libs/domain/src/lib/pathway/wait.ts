import { CalendarDate, compareDates } from '../time/calendar-date';
import type { ReferralPathway } from './referral-pathway';
import { Transition, allow, refuse } from './transition';

/**
 * A place on one waiting list (treatment or further specialist assessment). A child may hold
 * several at once and be in treatment on one while waiting on another. A wait ends when treatment
 * starts (`startedOn`) or when it is removed without starting (`removedOn`).
 */
export interface Wait {
  list: string;
  addedOn: CalendarDate;
  startedOn: CalendarDate | null;
  removedOn: CalendarDate | null;
}

export function isWaitOpen(w: Wait): boolean {
  return w.startedOn === null && w.removedOn === null;
}

/** Put the child on a list: only once accepted into the service, not before assessment, and not twice on the same list at once. */
export function addWait(p: ReferralPathway, existing: readonly Wait[], list: string, on: CalendarDate): Transition<Wait> {
  if (p.stage !== 'accepted') return refuse('a child goes onto waiting lists only once accepted into the service at assessment', 'state');
  if (p.assessmentCompletedOn && compareDates(on, p.assessmentCompletedOn) < 0) {
    return refuse(`a wait cannot be added (${on}) before the assessment was completed (${p.assessmentCompletedOn})`, 'date');
  }
  if (existing.some((w) => w.list === list && isWaitOpen(w))) return refuse(`the child is already waiting on ${list}`, 'state');
  return allow({ list, addedOn: on, startedOn: null, removedOn: null });
}

function ending(w: Wait, on: CalendarDate, what: string): Transition<Wait> | null {
  if (!isWaitOpen(w)) return refuse(`the wait on ${w.list} has already ended`, 'state');
  if (compareDates(on, w.addedOn) < 0) return refuse(`${what} (${on}) cannot be before the child was added to ${w.list} (${w.addedOn})`, 'date');
  return null;
}

/** Treatment (or the specialist assessment) starts: the wait ends. */
export function startTreatment(w: Wait, on: CalendarDate): Transition<Wait> {
  return ending(w, on, 'treatment start') ?? allow({ ...w, startedOn: on });
}

/** Taken off the list without starting (moved, no longer needed, discharged). */
export function removeWait(w: Wait, on: CalendarDate): Transition<Wait> {
  return ending(w, on, 'removal') ?? allow({ ...w, removedOn: on });
}
