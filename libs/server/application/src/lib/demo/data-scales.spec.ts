import { addDays, daysBetween } from '@camhs/domain';
import { DATA_SCALES, NATIONAL_WAITS, TRUST_WAITS, isDataScaleName, providerAreas, providerTeams, withReferrals } from './data-scales';
import type { DemoEpisode } from './demo-episode';
import { DEMO_TEAMS, LIST_WAIT_DAYS } from './demo-profile';
import { generateDemoService } from './demo-service';

const AS_OF = '2026-11-20';
const YEAR_AGO = addDays(AS_OF, -365);
const isOpen = (w: { startedOn: string | null; removedOn: string | null }) => w.startedOn === null && w.removedOn === null;
const waitingChildren = (episodes: DemoEpisode[]) => new Set(episodes.filter((e) => e.waits.some(isOpen)).map((e) => e.referral.childId)).size;
const openWaits = (episodes: DemoEpisode[]) => episodes.reduce((n, e) => n + e.waits.filter(isOpen).length, 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The whole trust scale (about 40,000 referrals, a second or two). */
const trust = [...generateDemoService({ seed: 7, asOf: AS_OF, scale: DATA_SCALES.trust })];
/** The national shape at a hundredth of its size: 20,000 referrals stand for 2 million. */
const national = [...generateDemoService({ seed: 7, asOf: AS_OF, scale: withReferrals(DATA_SCALES.national, 20_000) })];

describe('the data generator’s scales', () => {
  it('names trust, region and national, and nothing else', () => {
    expect(Object.keys(DATA_SCALES)).toEqual(['trust', 'region', 'national']);
    expect(isDataScaleName('national')).toBe(true);
    expect(isDataScaleName('demo')).toBe(false);
    expect(isDataScaleName('constructor')).toBe(false);
  });

  it('sets the monthly rate so that the history holds the referrals asked for', () => {
    // 36,500 referrals over 730 days is 50 a day, and 50 × 365 ÷ 12 a month.
    expect(withReferrals(DATA_SCALES.trust, 36_500).referralsPerMonth).toBeCloseTo((50 * 365) / 12, 9);
    // National: 2 million over 730 days.
    expect(DATA_SCALES.national.referralsPerMonth * 12 * (730 / 365)).toBeCloseTo(1_992_000, -4);
  });

  describe('trust: one provider like the source’s', () => {
    it('receives 1,650 referrals a month on average: 39,600 over two years, about 20,800 in the last (demand grows 0.9 → 1.1)', () => {
      // Two years at 1,650 × 12 a year; the growth factor averages 1 over the history and 1.05 over its second year.
      expect(Math.abs(trust.length - 39_600) / 39_600).toBeLessThan(0.02);
      const lastYear = trust.filter((e) => e.referral.receivedOn > YEAR_AGO).length;
      expect(Math.abs(lastYear - 1650 * 12 * 1.05) / (1650 * 12 * 1.05)).toBeLessThan(0.03);
    });

    it('has about 6,000 children waiting for treatment on the as-of date', () => {
      const waiting = waitingChildren(trust);
      expect(waiting).toBeGreaterThan(5_700);
      expect(waiting).toBeLessThan(6_900);
    });

    it('is the configured areas and teams, so it imports like a real extract', () => {
      expect(new Set(trust.map((e) => e.referral.area))).toEqual(new Set(['Leicester', 'Leicestershire', 'Rutland']));
      expect(new Set(trust.map((e) => e.referral.team))).toEqual(new Set(DEMO_TEAMS.map((t) => t.code)));
    });

    it('is 20% urgent, and rates the children waiting 10% RED, 30% AMBER, 60% GREEN', () => {
      const urgent = trust.filter((e) => e.referral.urgency === 'urgent').length / trust.length;
      // 40,000 draws at p = 0.2: one standard deviation is 0.2 points.
      expect(Math.abs(urgent - 0.2)).toBeLessThan(0.01);
      const rated = trust.filter((e) => e.waits.some(isOpen) && e.referral.rag !== null);
      const share = (rag: string) => rated.filter((e) => e.referral.rag === rag).length / rated.length;
      expect(Math.abs(share('RED') - 0.1)).toBeLessThan(0.02);
      expect(Math.abs(share('AMBER') - 0.3)).toBeLessThan(0.03);
      expect(Math.abs(share('GREEN') - 0.6)).toBeLessThan(0.03);
    });

    it('waits 85% of each list’s typical wait: a started wait lasts between 0.85 × its list’s bounds', () => {
      expect(TRUST_WAITS.factor).toBe(0.85);
      const started = trust.flatMap((e) => e.waits).filter((w) => w.startedOn !== null);
      expect(started.length).toBeGreaterThan(10_000);
      for (const w of started) {
        const [min, max] = LIST_WAIT_DAYS[w.list];
        const days = daysBetween(w.addedOn, w.startedOn as string);
        expect([w.list, days >= Math.round(min * 0.85) && days <= Math.round(max * 0.85)]).toEqual([w.list, true]);
      }
    });

    it('puts an accepted child on 1.37 lists on average (68% one, 27% two, 5% three)', () => {
      // Referrals accepted at least 21 days before the as-of date have every wait recorded (later lists join within 21 days).
      const settled = trust.filter((e) => e.referral.assessmentOutcome === 'accepted' && (e.referral.assessmentCompletedOn as string) <= addDays(AS_OF, -21));
      expect(Math.abs(mean(settled.map((e) => e.waits.length)) - (1 * 0.68 + 2 * 0.27 + 3 * 0.05))).toBeLessThan(0.03);
    });
  });

  describe('region: ten such providers', () => {
    it('has 30 areas and 40 teams, each provider’s like the source’s, and ten times the trust’s referrals', () => {
      expect(DATA_SCALES.region.areas.map((a) => a.name).slice(0, 4)).toEqual(['Area 01-1', 'Area 01-2', 'Area 01-3', 'Area 02-1']);
      expect(DATA_SCALES.region.areas).toHaveLength(30);
      expect(DATA_SCALES.region.teams).toHaveLength(40);
      expect(DATA_SCALES.region.teams.filter((t) => t.bypassesAccess).map((t) => t.code).slice(0, 3)).toEqual(['p01-young-peoples-team', 'p01-eating-disorders', 'p01-learning-disability']);
      expect(DATA_SCALES.region.referralsPerMonth).toBe(10 * DATA_SCALES.trust.referralsPerMonth);
    });
  });

  describe('national: fifty providers with a backlog', () => {
    it('has 150 areas and 200 teams; a provider’s third area takes 8% of the referrals', () => {
      expect(DATA_SCALES.national.areas).toHaveLength(150);
      expect(DATA_SCALES.national.teams).toHaveLength(200);
      expect(providerAreas(50).map((a) => [a.name, a.weight])).toEqual([['Area 50-1', 35], ['Area 50-2', 57], ['Area 50-3', 8]]);
      expect(providerTeams(7)[0]).toEqual({ ...DEMO_TEAMS[0], code: 'p07-generic-outpatient', provider: 7 });
      const third = national.filter((e) => e.referral.area.endsWith('-3')).length / national.length;
      expect(Math.abs(third - 0.08)).toBeLessThan(0.01);
    });

    it('sends a referral from a provider’s area to one of that provider’s teams, in the source’s team mix (70/12/8/10)', () => {
      // 'Area 07-2' → provider 07 → teams 'p07-…'.
      expect(national.filter((e) => e.referral.team.slice(1, 3) !== e.referral.area.slice(5, 7))).toEqual([]);
      const generic = national.filter((e) => e.referral.team.endsWith('-generic-outpatient')).length / national.length;
      expect(Math.abs(generic - 0.7)).toBeLessThan(0.015);
    });

    it('waits 0.6 × each list’s typical wait plus a shared backlog of 120 days', () => {
      expect([NATIONAL_WAITS.factor, NATIONAL_WAITS.addedDays]).toEqual([0.6, 120]);
      for (const w of national.flatMap((e) => e.waits).filter((x) => x.startedOn !== null)) {
        const [min, max] = LIST_WAIT_DAYS[w.list];
        const days = daysBetween(w.addedOn, w.startedOn as string);
        expect([w.list, days >= Math.round(min * 0.6) + 120 && days <= Math.round(max * 0.6) + 120]).toEqual([w.list, true]);
      }
    });

    it('puts an accepted child on 2.55 lists on average (5% one, 35% two, 60% three)', () => {
      const settled = national.filter((e) => e.referral.assessmentOutcome === 'accepted' && (e.referral.assessmentCompletedOn as string) <= addDays(AS_OF, -21));
      // Standard deviation of the mix 0.59; over ~4,500 children one standard error is 0.01.
      expect(Math.abs(mean(settled.map((e) => e.waits.length)) - (1 * 0.05 + 2 * 0.35 + 3 * 0.6))).toBeLessThan(0.03);
    });

    it('scaled up a hundred times: about 2 million referrals, 500,000 children waiting, 1 million open waits', () => {
      expect(Math.abs(national.length * 100 - 2_000_000) / 2_000_000).toBeLessThan(0.02);
      const waiting = waitingChildren(national) * 100;
      expect(waiting).toBeGreaterThan(450_000);
      expect(waiting).toBeLessThan(560_000);
      const open = openWaits(national) * 100;
      expect(open).toBeGreaterThan(900_000);
      expect(open).toBeLessThan(1_100_000);
    });

    it('keeps the pathway’s mix: 20% urgent, and RAG 10/30/60 among the children waiting', () => {
      expect(Math.abs(national.filter((e) => e.referral.urgency === 'urgent').length / national.length - 0.2)).toBeLessThan(0.01);
      const rated = national.filter((e) => e.waits.some(isOpen) && e.referral.rag !== null);
      const share = (rag: string) => rated.filter((e) => e.referral.rag === rag).length / rated.length;
      expect(Math.abs(share('RED') - 0.1)).toBeLessThan(0.02);
      expect(Math.abs(share('GREEN') - 0.6)).toBeLessThan(0.03);
    });

    it('records an appointment history: attended, missed and booked appointments of every kind', () => {
      const appointments = national.flatMap((e) => e.appointments);
      expect(appointments.length / national.length).toBeGreaterThan(5);
      for (const kind of ['access', 'assessment', 'treatment', 'duty-review']) expect(appointments.some((a) => a.kind === kind && a.status === 'attended')).toBe(true);
      for (const status of ['dna', 'cancelled', 'booked']) expect(appointments.some((a) => a.status === status)).toBe(true);
    });
  });
});
