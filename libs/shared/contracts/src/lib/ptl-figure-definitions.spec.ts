import { PTL_FIGURE_DEFINITIONS, bandWords, ptlFigureDefinition, ptlFigureDefinitionOfDrill, ptlUnitWord } from './ptl-figure-definitions';
import { PtlReport, WEEKS_WAITED_BANDS } from './ptl-report';

/** A report with every list filled, so every leaf of the contract is present (the compiler keeps it complete). */
const report: PtlReport = {
  asOf: '2019-01-31',
  filters: { area: 'Rutland', team: null },
  period: { from: '2018-04-01', to: '2019-01-31' },
  referralsByMonth: [{ month: '2018-04', routine: 9, urgent: 0 }],
  accessCompliance: [{ month: '2018-10', urgency: 'routine', pass: 5, fail: 0 }],
  accessOutcomes: { accepted: 0, redirected: 0, returned: 0 },
  waitingForAccess: {
    children: 20,
    routine: 19,
    urgent: 1,
    longestWeeks: 44,
    averageWeeks: 23,
    over13Weeks: 12,
    urgentCases: [{ referralId: 'R1', weeksWaiting: 3, hasFutureAppointment: true }],
  },
  inAssessment: { children: 0, longestWeeks: 0, averageWeeks: 0 },
  waitingForTreatment: {
    children: 39,
    waits: 47,
    byList: [{ list: 'Neurodevelopmental', waits: 19 }],
    withFutureAppointment: 15,
    withoutFutureAppointment: 24,
    withoutFutureAppointmentSeenLast60Days: 11,
    longestWithoutAppointment: { weeks: 58, list: 'Neurodevelopmental', waitId: 'W1' },
  },
  rtt: { over13Weeks: 0, over18Weeks: 0 },
  duty: { rag: { RED: 0, AMBER: 0, GREEN: 0, unrated: 0 }, redWithoutLeadProfessional: 0, reviewsDue: 0, reviewsOverdue: 0, reviewsCompletedInLast14Days: 0 },
  flow: { acceptedLast14Days: 0, dischargedLast14Days: 0 },
  previous: { asOf: '2019-01-17', waitingForAccess: 0, waitingForTreatmentChildren: 0, waits: 0 },
};

/** Every leaf of a JSON value with its path, `[]` standing for each element of a list. */
function leaves(value: unknown, path = ''): { path: string; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, `${path}[]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}

describe('figure definitions', () => {
  it('define every numeric figure of the report', () => {
    const numeric = leaves(report).filter((l) => typeof l.value === 'number');
    // referralsByMonth 2, accessCompliance 2, accessOutcomes 3, waitingForAccess 6 + urgent cases' weeks 1,
    // inAssessment 3, waitingForTreatment 6 + byList 1, rtt 2, duty 4 + 4, flow 2, previous 3.
    expect(numeric.length).toBe(2 + 2 + 3 + 7 + 3 + 7 + 2 + 8 + 2 + 3);
    expect(numeric.map((l) => l.path).filter((p) => !ptlFigureDefinition(p))).toEqual([]);
  });

  it('name only figures that exist (the report, or the weeks-waited distribution)', () => {
    const paths = new Set([...leaves(report).map((l) => l.path), 'weeksWaited.bands[].waits']);
    expect(PTL_FIGURE_DEFINITIONS.map((d) => d.path).filter((p) => !paths.has(p))).toEqual([]);
    expect(new Set(PTL_FIGURE_DEFINITIONS.map((d) => d.path)).size).toBe(PTL_FIGURE_DEFINITIONS.length);
  });

  it('give a label, a unit and the rule for each', () => {
    for (const d of PTL_FIGURE_DEFINITIONS) {
      expect([d.path, d.label.length > 0, d.counted.length > 20]).toEqual([d.path, true, true]);
    }
    expect(ptlFigureDefinition('waitingForTreatment.children')?.unit).toBe('children');
    expect(ptlFigureDefinition('waitingForTreatment.waits')?.unit).toBe('waits');
    expect(ptlFigureDefinition('waitingForAccess.averageWeeks')?.unit).toBe('weeks');
    expect(ptlFigureDefinition('referralsByMonth[].urgent')?.unit).toBe('referrals');
  });

  it('state the spec’s thresholds and units in words', () => {
    expect(ptlFigureDefinition('waitingForAccess.over13Weeks')?.counted).toContain('more than 91 days');
    expect(ptlFigureDefinition('rtt.over18Weeks')?.counted).toContain('more than 126 days');
    expect(ptlFigureDefinition('accessCompliance[].pass')?.counted).toContain('within 28 days (urgent) or 91 days (routine)');
    expect(ptlFigureDefinition('waitingForAccess.averageWeeks')?.counted).toContain('divided by 7, rounded to 1 decimal place');
    expect(ptlFigureDefinition('waitingForAccess.longestWeeks')?.counted).toContain('whole weeks (days waited divided by 7, rounded down)');
    expect(ptlFigureDefinition('waitingForTreatment.withoutFutureAppointmentSeenLast60Days')?.counted).toContain('60 days up to and including the report date');
  });

  it('are written in characters the PDF’s standard font can print', () => {
    for (const d of PTL_FIGURE_DEFINITIONS) expect([d.path, /^[\x20-\x7e]*$/.test(`${d.label}${d.counted}`)]).toEqual([d.path, true]);
  });

  it('are found by the path a figure is opened with', () => {
    expect(ptlFigureDefinitionOfDrill('waitingForTreatment.byList.Assessment & Treatment')?.path).toBe('waitingForTreatment.byList[].waits');
    expect(ptlFigureDefinitionOfDrill('referralsByMonth.2018-04.urgent')?.path).toBe('referralsByMonth[].urgent');
    expect(ptlFigureDefinitionOfDrill('accessCompliance.2018-10.routine.fail')?.path).toBe('accessCompliance[].fail');
    expect(ptlFigureDefinitionOfDrill('weeksWaited.52+')?.path).toBe('weeksWaited.bands[].waits');
    expect(ptlFigureDefinitionOfDrill('duty.rag.RED')?.path).toBe('duty.rag.RED');
    expect(ptlFigureDefinitionOfDrill('referralsByMonth.April.urgent')).toBeUndefined();
    expect(ptlFigureDefinitionOfDrill('waitingForAccess.longestWeeks')).toBeUndefined();
  });

  it('describe each weeks-waited band with its whole weeks and days (lower bound in, upper bound out)', () => {
    expect(WEEKS_WAITED_BANDS.map(bandWords)).toEqual([
      '0-4 weeks: 0 to 3 whole weeks (0 to 27 days)',
      '4-13 weeks: 4 to 12 whole weeks (28 to 90 days)',
      '13-18 weeks: 13 to 17 whole weeks (91 to 125 days)',
      '18-52 weeks: 18 to 51 whole weeks (126 to 363 days)',
      '52+ weeks: 52 whole weeks or more (364 days or more)',
    ]);
  });

  it('say the unit in the singular for one', () => {
    expect([ptlUnitWord('children', 1), ptlUnitWord('children', 0), ptlUnitWord('children', 2)]).toEqual(['child', 'children', 'children']);
    expect([ptlUnitWord('access pathways', 1), ptlUnitWord('weeks', 1), ptlUnitWord('weeks', 1.5), ptlUnitWord('waits', 1)]).toEqual(['access pathway', 'week', 'weeks', 'wait']);
  });
});
