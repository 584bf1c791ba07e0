/**
 * The shape of the demonstration service: where its referrals come from, which teams take them and
 * which waiting lists each team uses. Areas, teams and lists are the reference data the migrations
 * seed (domain.md); a scale says how busy the service is. The larger scales of issue 7 (trust, region,
 * national: `npm run data:generate`) are in `data-scales.ts`.
 */

export interface DemoArea {
  /** The area's name as the extract writes it (matched to the reference data by name). */
  name: string;
  /** Share of the referrals (relative). */
  weight: number;
  /** In a scale of several providers, the one whose teams serve this area (every team serves it when absent). */
  provider?: number;
}

export interface DemoTeam {
  /** Team code, as in the reference data. */
  code: string;
  weight: number;
  /** Specialist teams skip access and start in assessment (team.bypasses_access). */
  bypassesAccess: boolean;
  /** The waiting lists its accepted children go onto. */
  lists: readonly string[];
  /** In a scale of several providers, the provider it belongs to (it takes referrals from that provider's areas only). */
  provider?: number;
}

export interface DemoScale {
  name: string;
  /** Mean referrals received per month over the whole service. */
  referralsPerMonth: number;
  /** How far back the referrals go, in days up to the as-of date. */
  historyDays: number;
  areas: readonly DemoArea[];
  teams: readonly DemoTeam[];
  /** How long waits last and how many lists a child joins; the demonstration service's own when absent. */
  waits?: WaitShape;
}

/** The shape of the waiting lists: a service with a backlog waits longer, and on more lists at once. */
export interface WaitShape {
  /** Each list's typical wait (LIST_WAIT_DAYS) is multiplied by this… */
  factor: number;
  /** …and this many days are added to it (a backlog every list shares). */
  addedDays: number;
  /** How many lists an accepted child joins: [count, weight]. */
  listsPerChild: readonly (readonly [number, number])[];
}

/** The source service's three local authorities, roughly in proportion to their child populations. */
export const DEMO_AREAS: readonly DemoArea[] = [
  { name: 'Leicester', weight: 35 },
  { name: 'Leicestershire', weight: 57 },
  { name: 'Rutland', weight: 8 },
];

/** CAMHS teams that keep waiting lists (crisis referrals are answered within hours and never wait on the PTL). */
export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    code: 'generic-outpatient',
    weight: 70,
    bypassesAccess: false,
    lists: [
      'Treatment',
      'Psychological Therapies',
      'Neurodevelopmental',
      'ADOS',
      'Behaviour',
      'General Group',
      'Psychiatric Opinion',
      'School Observation',
      'Assessment & Treatment',
      'Psychodynamic Psychotherapy',
    ],
  },
  { code: 'young-peoples-team', weight: 12, bypassesAccess: true, lists: ['Psychological Therapies', 'Treatment', 'Psychiatric Opinion', 'Psychodynamic Psychotherapy'] },
  { code: 'eating-disorders', weight: 8, bypassesAccess: true, lists: ['Treatment', 'Assessment & Treatment', 'Psychiatric Opinion'] },
  { code: 'learning-disability', weight: 10, bypassesAccess: true, lists: ['Assessment', 'Behaviour', 'ADOS', 'School Observation', 'Neurodevelopmental'] },
];

/** Days from joining a list to starting, per list: neurodevelopmental assessments wait longest. */
export const LIST_WAIT_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  ADOS: [120, 540],
  Assessment: [14, 120],
  'Assessment & Treatment': [30, 200],
  Behaviour: [30, 240],
  'General Group': [14, 150],
  Neurodevelopmental: [180, 700],
  'Psychiatric Opinion': [30, 180],
  'School Observation': [14, 120],
  Treatment: [30, 300],
  'Psychodynamic Psychotherapy': [90, 450],
  'Psychological Therapies': [60, 400],
};

/** One list for two children in three, two for about a quarter, three for a few. */
export const LISTS_PER_CHILD: readonly (readonly [number, number])[] = [[1, 68], [2, 27], [3, 5]];

/** The demonstration service's waits: each list's typical wait, and LISTS_PER_CHILD. */
export const DEMO_WAITS: WaitShape = { factor: 1, addedDays: 0, listsPerChild: LISTS_PER_CHILD };

export const DEMO_SCALES = {
  /** One service of three areas: about 2,100 referrals over two years, a few seconds to seed. */
  demo: { name: 'demo', referralsPerMonth: 90, historyDays: 730, areas: DEMO_AREAS, teams: DEMO_TEAMS },
} as const satisfies Record<string, DemoScale>;

export type DemoScaleName = keyof typeof DEMO_SCALES;

export function isDemoScaleName(value: string): value is DemoScaleName {
  return Object.prototype.hasOwnProperty.call(DEMO_SCALES, value);
}
