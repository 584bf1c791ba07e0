import type { Outcome } from './episode-diary';
import type { DayNumber } from './day-numbers';
import { DEMO_WAITS, DemoTeam, LIST_WAIT_DAYS, WaitShape } from './demo-profile';
import type { SeededRandom } from './seeded-random';

export interface PlannedWait {
  waitId: string;
  list: string;
  addedOn: DayNumber;
  startedOn: DayNumber | null;
  removedOn: DayNumber | null;
  /** Treatment sessions from the start (the first is the start itself). */
  sessions: { day: DayNumber; outcome: Outcome }[];
}

/** How an accepted child's time with the service will unfold, before it is cut at the as-of date. */
export interface TreatmentPlan {
  waits: PlannedWait[];
  /** When the child's last wait ends (started or removed): until then the duty system reviews them. */
  waitingEndsOn: DayNumber;
  dischargedOn: DayNumber;
}

const SESSION_OUTCOMES: readonly (readonly [Outcome, number])[] = [['attended', 85], ['dna', 8], ['cancelled', 7]];
/** Share of waits that end without starting (moved, no longer needed). */
const REMOVED_SHARE = 0.07;
/** Share of accepted children discharged while still waiting (moved away, needs met elsewhere). */
const DISCHARGED_WHILE_WAITING_SHARE = 0.05;

const endOf = (w: PlannedWait) => (w.startedOn ?? w.removedOn) as DayNumber;

/**
 * A child accepted at assessment joins one to three of the team's lists (so some wait on two, and are
 * in treatment on one while still waiting on another). Each wait starts after the list's typical
 * wait, or now and then is removed; treatment runs a few sessions; the child is discharged after the
 * last of them, or occasionally while still waiting, which ends every wait still open that day.
 */
export function planTreatment(rng: SeededRandom, referralId: string, team: DemoTeam, assessedOn: DayNumber, shape: WaitShape = DEMO_WAITS): TreatmentPlan {
  const lists = rng.distinct(team.lists, rng.weighted(shape.listsPerChild));
  const waits = lists.map((list, i): PlannedWait => {
    const waitId = `${referralId}-W${i + 1}`;
    const addedOn = i === 0 ? assessedOn : assessedOn + rng.int(0, 21);
    const [min, max] = LIST_WAIT_DAYS[list] ?? [30, 300];
    const days = Math.round(rng.int(min, max) * shape.factor) + shape.addedDays;
    if (rng.chance(REMOVED_SHARE)) return { waitId, list, addedOn, startedOn: null, removedOn: addedOn + rng.int(14, days), sessions: [] };
    const startedOn = addedOn + days;
    const sessions: PlannedWait['sessions'] = [];
    for (let n = rng.int(4, 12), s = 0, day = startedOn; s < n; s++, day += rng.int(7, 14)) {
      sessions.push({ day, outcome: s === 0 ? 'attended' : rng.weighted(SESSION_OUTCOMES) });
    }
    return { waitId, list, addedOn, startedOn, removedOn: null, sessions };
  });
  const waitingEndsOn = Math.max(...waits.map(endOf));
  if (rng.chance(DISCHARGED_WHILE_WAITING_SHARE)) return dischargedWhileWaiting(waits, waitingEndsOn, assessedOn + rng.int(30, 365));
  const lastContact = Math.max(...waits.map((w) => w.sessions.at(-1)?.day ?? endOf(w)));
  return { waits, waitingEndsOn, dischargedOn: lastContact + rng.int(7, 28) };
}

/** Discharge on `on`: waits not yet ended are removed that day, later plans dropped. */
function dischargedWhileWaiting(waits: PlannedWait[], waitingEndsOn: DayNumber, on: DayNumber): TreatmentPlan {
  const cut = waits
    .filter((w) => w.addedOn <= on)
    .map((w): PlannedWait =>
      endOf(w) > on ? { ...w, startedOn: null, removedOn: on, sessions: [] } : { ...w, sessions: w.sessions.filter((s) => s.day <= on) },
    );
  return { waits: cut, waitingEndsOn: Math.min(waitingEndsOn, on), dischargedOn: on };
}
