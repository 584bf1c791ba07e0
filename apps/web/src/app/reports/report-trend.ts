import { PtlFigureUnit, ptlUnitWord } from '@camhs/contracts';

/** A headline figure against the same figure at the previous report (14 days earlier). */
export interface Trend {
  direction: 'up' | 'down' | 'same';
  /** Shown, hidden from screen readers: `↑ 10`, `↓ 3`, `→ 0`. */
  shown: string;
  /** Read out instead: `up 10 from 29 children on 17 Jan 2019`. */
  words: string;
}

/** The trend from `previous` (on `previousDate`, written for people) to `current`. */
export function trend(current: number, previous: number, unit: PtlFigureUnit, previousDate: string): Trend {
  const difference = current - previous;
  const from = `${previous} ${ptlUnitWord(unit, previous)} on ${previousDate}`;
  if (difference > 0) return { direction: 'up', shown: `↑ ${difference}`, words: `up ${difference} from ${from}` };
  if (difference < 0) return { direction: 'down', shown: `↓ ${-difference}`, words: `down ${-difference} from ${from}` };
  return { direction: 'same', shown: '→ 0', words: `no change from ${from}` };
}
