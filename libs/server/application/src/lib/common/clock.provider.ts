import { Clock, systemClock } from '@camhs/domain';
import { Provider } from '@nestjs/common';

/** Injection token for the clock; tests override it with a fixed clock. */
export const CLOCK = Symbol('CLOCK');

export const systemClockProvider: Provider = { provide: CLOCK, useValue: systemClock as Clock };
