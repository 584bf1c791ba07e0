import { SOURCE_COST_AVOIDANCE_SETTINGS, costAvoidanceMethod, costAvoidanceSettingsProblems, costAvoidedPerChild, estimateCostAvoided, supportHoursProblem } from './cost-avoided';

describe('estimated cost avoided (Appendix A of the SEND Recovery Plan report)', () => {
  it('gives £356,795.80 for the source’s own group of 50 high-risk children', () => {
    // Worked by hand, by the stated method (hours a week × £11.26 × 38 weeks, less the first £6,000):
    //   32.5 h: 32.5 × £11.26 = £365.95 a week; × 38 = £13,906.10; less £6,000 = £7,906.10 a child; × 38 children = £300,431.80
    //   25 h:   25 × £11.26 = £281.50 a week;   × 38 = £10,697.00; less £6,000 = £4,697.00 a child; × 12 children = £56,364.00
    //   total: £300,431.80 + £56,364.00 = £356,795.80.
    // The source prints £350,978 for the same group (report para 3.8.3) without showing its working; we pin the method's result.
    const children = [...Array(38).fill({ hoursPerWeek: 32.5 }), ...Array(12).fill({ hoursPerWeek: 25 })];
    const estimate = estimateCostAvoided(children, SOURCE_COST_AVOIDANCE_SETTINGS);
    expect(estimate).toEqual({
      groups: [
        { hoursPerWeek: 32.5, children: 38, perChildPence: 790_610, totalPence: 30_043_180 },
        { hoursPerWeek: 25, children: 12, perChildPence: 469_700, totalPence: 5_636_400 },
      ],
      children: 50,
      totalPence: 35_679_580,
    });
  });

  it('never counts a child below nothing, and rounds a fraction of a penny once per child', () => {
    // 10 h × £11.26 × 38 = £4,278.80, under the £6,000 schools fund: £0.
    expect(costAvoidedPerChild(10, SOURCE_COST_AVOIDANCE_SETTINGS)).toBe(0);
    // 20.25 h × £11.27 = £228.2175 a week; × 38 = £8,672.265 → £8,672.27 (half a penny rounds up); no schools fund.
    // In pence: 2025 hundredths × 1127 × 38 = 86,722,650 hundredths of a penny → 867,226.5 → 867,227.
    expect(costAvoidedPerChild(20.25, { hourlyCostPence: 1127, weeksPerYear: 38, schoolsFundFirstPence: 0 })).toBe(867_227);
    expect(estimateCostAvoided([], SOURCE_COST_AVOIDANCE_SETTINGS)).toEqual({ groups: [], children: 0, totalPence: 0 });
  });

  it('states the method with the figures in force', () => {
    expect(costAvoidanceMethod(SOURCE_COST_AVOIDANCE_SETTINGS)).toBe(
      'For each child at high risk at the start with a predicted level of support: hours a week × £11.26 an hour × 38 school weeks, ' +
        'less the first £6,000.00 that schools already fund (never below £0.00), summed over the children (Appendix A of the SEND Recovery Plan report).',
    );
  });

  it('checks the settings and the hours', () => {
    expect(costAvoidanceSettingsProblems(SOURCE_COST_AVOIDANCE_SETTINGS)).toEqual([]);
    expect(costAvoidanceSettingsProblems({ hourlyCostPence: 11.26, weeksPerYear: 53, schoolsFundFirstPence: -1 }).map((p) => p.field)).toEqual([
      'hourlyCostPence',
      'weeksPerYear',
      'schoolsFundFirstPence',
    ]);
    expect([supportHoursProblem(32.5), supportHoursProblem(25)]).toEqual([null, null]);
    expect(supportHoursProblem(0)).toMatch(/above 0/);
    expect(supportHoursProblem(32.555)).toMatch(/two decimal places/);
    expect(supportHoursProblem(61)).toMatch(/at most 60/);
  });
});
