import { nhsNumberCheckDigit } from '@camhs/domain';
import { DayNumber, calendarDate, dayNumber } from './day-numbers';
import type { DemoChild } from './demo-episode';
import { DEMO_FAMILY_NAMES, DEMO_GIVEN_NAMES } from './demo-names';
import { SeededRandom } from './seeded-random';

/** Share of referrals that are a child coming back after an earlier episode closed. */
const RE_REFERRAL_SHARE = 0.06;
/** Share of children whose NHS number the referral did not give. */
const NO_NHS_NUMBER_SHARE = 0.05;
/** Closed children kept as candidates for a re-referral (bounded, whatever the scale). */
const POOL_SIZE = 5000;
/** 18 years in days, at the shortest (four leap days). */
const EIGHTEEN_YEARS_DAYS = 18 * 365 + 4;
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [[[5, 10], 25], [[11, 13], 30], [[14, 17], 45]];

/**
 * The children of the demonstration service: new ones (aged 5–17 at referral, mostly teenagers) with
 * made-up names and NHS numbers from the 999 range, which is never issued to patients; now and then a
 * child whose earlier episode has closed is referred again.
 */
export class DemoChildren {
  private count = 0;
  private nhsCursor: number;
  private readonly closed: { child: DemoChild; closedOn: DayNumber }[] = [];

  constructor(seed: number) {
    this.nhsCursor = new SeededRandom(seed, 2).int(0, 499_999);
  }

  /** The child of a referral received on `receivedOn`. */
  childFor(rng: SeededRandom, receivedOn: DayNumber): DemoChild {
    if (rng.chance(RE_REFERRAL_SHARE) && this.closed.length) {
      const i = rng.int(0, this.closed.length - 1);
      const { child, closedOn } = this.closed[i];
      if (closedOn < receivedOn && dayNumber(child.dateOfBirth) + EIGHTEEN_YEARS_DAYS > receivedOn) {
        this.closed.splice(i, 1);
        return child;
      }
    }
    return this.newChild(rng, receivedOn);
  }

  /** The child's episode closed on `closedOn`: they may be referred again later. */
  episodeClosed(child: DemoChild, closedOn: DayNumber): void {
    this.closed.push({ child, closedOn });
    if (this.closed.length > POOL_SIZE) this.closed.shift();
  }

  private newChild(rng: SeededRandom, receivedOn: DayNumber): DemoChild {
    this.count++;
    const [youngest, oldest] = rng.weighted(AGE_BANDS);
    const age = rng.int(youngest, oldest);
    return {
      childId: `DEMO-C${String(this.count).padStart(7, '0')}`,
      nhsNumber: rng.chance(NO_NHS_NUMBER_SHARE) ? null : this.nextNhsNumber(),
      givenName: rng.pick(DEMO_GIVEN_NAMES),
      familyName: rng.pick(DEMO_FAMILY_NAMES),
      dateOfBirth: calendarDate(receivedOn - (age * 365 + rng.int(0, 364))),
    };
  }

  /** The next number of the 999 test range that passes the Modulus 11 check; null once the range is used up. */
  private nextNhsNumber(): string | null {
    while (this.nhsCursor <= 999_999) {
      const firstNine = `999${String(this.nhsCursor++).padStart(6, '0')}`;
      const check = nhsNumberCheckDigit(firstNine);
      if (check !== null) return `${firstNine}${check}`;
    }
    return null;
  }
}
