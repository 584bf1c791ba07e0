import { addDays, daysBetween } from '@camhs/domain';
import { DEMO_SCALES } from './demo-profile';
import { generateDemoService } from './demo-service';
import type { DemoEpisode } from './demo-episode';

const AS_OF = '2026-01-22';
const service = (seed: number) => [...generateDemoService({ seed, asOf: AS_OF, scale: DEMO_SCALES.demo })];
/** Three seeds together (about 6,500 referrals): shares within a couple of points of their targets. */
const episodes: DemoEpisode[] = [1, 2, 3].flatMap(service);
const referrals = episodes.map((e) => e.referral);
const share = (part: number, whole: number) => part / whole;
const isOpen = (w: { startedOn: string | null; removedOn: string | null }) => w.startedOn === null && w.removedOn === null;
/** Children waiting for treatment on the as-of date: an open wait (the records are as of that date). */
const waiting = episodes.filter((e) => e.waits.some(isOpen));

describe('the demonstration service', () => {
  it('covers about two years up to the as-of date, about 90 referrals a month', () => {
    const one = service(1).map((e) => e.referral.receivedOn);
    // 730 days up to 22 Jan 2026: from 23 Jan 2024.
    expect(one.every((d) => d >= '2024-01-23' && d <= AS_OF)).toBe(true);
    expect(one[0] < '2024-02-01').toBe(true);
    expect(one[one.length - 1] > '2026-01-10').toBe(true);
    // 24 months × 90 = 2,160, give or take the draws.
    expect(one.length).toBeGreaterThan(1900);
    expect(one.length).toBeLessThan(2450);
  });

  it('draws areas and teams from the reference data, specialist teams among them', () => {
    expect(new Set(referrals.map((r) => r.area))).toEqual(new Set(['Leicester', 'Leicestershire', 'Rutland']));
    expect(new Set(referrals.map((r) => r.team))).toEqual(new Set(['generic-outpatient', 'young-peoples-team', 'eating-disorders', 'learning-disability']));
    expect(share(referrals.filter((r) => r.area === 'Rutland').length, referrals.length)).toBeCloseTo(0.08, 1);
  });

  it('is about 80% routine and 20% urgent', () => {
    expect(Math.abs(share(referrals.filter((r) => r.urgency === 'urgent').length, referrals.length) - 0.2)).toBeLessThan(0.02);
  });

  it('closes about a fifth at access as redirected and a few as returned; the rest go on to assessment', () => {
    const decided = referrals.filter((r) => r.accessOutcome !== null && r.team === 'generic-outpatient');
    expect(Math.abs(share(decided.filter((r) => r.accessOutcome === 'redirected').length, decided.length) - 0.2)).toBeLessThan(0.03);
    expect(Math.abs(share(decided.filter((r) => r.accessOutcome === 'returned').length, decided.length) - 0.08)).toBeLessThan(0.02);
    // Specialist teams never redirect or return at access: they skip it.
    expect(referrals.some((r) => r.team !== 'generic-outpatient' && r.accessOutcome !== null && r.accessOutcome !== 'accepted')).toBe(false);
  });

  it('has specialist referrals in assessment with no access date (they skipped access)', () => {
    const skipped = referrals.filter((r) => r.team !== 'generic-outpatient' && r.accessCompletedOn === null && r.dischargedOn === null);
    expect(skipped.length).toBeGreaterThan(20);
  });

  it('rates the children waiting for treatment about 10% RED, 30% AMBER, 60% GREEN', () => {
    const rated = waiting.filter((e) => e.referral.rag !== null);
    const of = (rag: string) => share(rated.filter((e) => e.referral.rag === rag).length, rated.length);
    expect(Math.abs(of('RED') - 0.1)).toBeLessThan(0.03);
    expect(Math.abs(of('AMBER') - 0.3)).toBeLessThan(0.05);
    expect(Math.abs(of('GREEN') - 0.6)).toBeLessThan(0.05);
    // A few wait unrated.
    expect(waiting.length - rated.length).toBeGreaterThan(0);
  });

  it('gives most RED children a lead professional, leaving a few without on purpose', () => {
    const red = waiting.filter((e) => e.referral.rag === 'RED');
    const without = red.filter((e) => e.referral.leadProfessional === null).length;
    expect(without).toBeGreaterThan(0);
    expect(share(without, red.length)).toBeLessThan(0.25);
  });

  it('puts some children on two lists, and some in treatment on one while waiting on another', () => {
    expect(waiting.filter((e) => e.waits.filter(isOpen).length >= 2).length).toBeGreaterThan(10);
    expect(waiting.filter((e) => e.waits.some((w) => w.startedOn !== null)).length).toBeGreaterThan(10);
  });

  it('has long waiters: waiting for access over 13 weeks, and open waits over 18 and 52 weeks', () => {
    const accessWaits = referrals.filter((r) => r.accessCompletedOn === null && r.dischargedOn === null).map((r) => daysBetween(r.receivedOn, AS_OF));
    expect(accessWaits.filter((d) => d > 91).length).toBeGreaterThan(30);
    const open = waiting.flatMap((e) => e.waits.filter(isOpen)).map((w) => daysBetween(w.addedOn, AS_OF));
    expect(open.filter((d) => d > 126).length).toBeGreaterThan(100);
    expect(open.filter((d) => d >= 364).length).toBeGreaterThan(20);
  });

  it('records attended, missed, cancelled and future booked appointments of every kind, duty reviews included', () => {
    const appointments = episodes.flatMap((e) => e.appointments);
    for (const status of ['attended', 'dna', 'cancelled', 'booked']) expect(appointments.some((a) => a.status === status)).toBe(true);
    for (const kind of ['access', 'assessment', 'treatment', 'duty-review']) expect(appointments.filter((a) => a.kind === kind).length).toBeGreaterThan(100);
    // Some children waiting have a booked appointment ahead, many do not.
    const withBooked = waiting.filter((e) => e.appointments.some((a) => a.status === 'booked')).length;
    expect(withBooked).toBeGreaterThan(waiting.length * 0.1);
    expect(withBooked).toBeLessThan(waiting.length * 0.9);
  });

  it('refers some children again, only after their earlier episode closed, under the same name and NHS number', () => {
    const byChild = new Map<string, DemoEpisode[]>();
    for (const e of service(1)) byChild.set(e.referral.childId, [...(byChild.get(e.referral.childId) ?? []), e]);
    const again = [...byChild.values()].filter((list) => list.length > 1);
    expect(again.length).toBeGreaterThan(5);
    for (const [first, second] of again) {
      expect(first.closedOn !== null && first.closedOn < second.referral.receivedOn).toBe(true);
      expect([second.referral.givenName, second.referral.familyName, second.referral.nhsNumber]).toEqual([first.referral.givenName, first.referral.familyName, first.referral.nhsNumber]);
    }
  });

  it('refers children aged 5 to 17', () => {
    for (const r of referrals) {
      expect(r.dateOfBirth <= addDays(r.receivedOn, -5 * 365)).toBe(true);
      expect(r.dateOfBirth > addDays(r.receivedOn, -18 * 365 - 4)).toBe(true);
    }
  });
});
