import { PtlReport, PtlWeeksWaited } from '@camhs/contracts';
import { referralsByMonthChart, waitsByListChart, weeksWaitedChart } from './report-charts';
import {
  accessComplianceTable,
  bandLabel,
  inAssessmentItems,
  monthName,
  referralsByMonthTable,
  urgentCasesTable,
  waitingForAccessItems,
  waitingForTreatmentItems,
  waitsByListTable,
  weeksWaitedTable,
} from './report-figures';
import { headlineTiles } from './report-tiles';

const report: PtlReport = {
  asOf: '2019-01-31',
  filters: { area: 'rutland', team: null },
  period: { from: '2018-04-01', to: '2019-01-31' },
  referralsByMonth: [
    { month: '2018-12', routine: 1, urgent: 0 },
    { month: '2019-01', routine: 0, urgent: 2 },
  ],
  accessCompliance: [{ month: '2018-10', urgency: 'urgent', pass: 1, fail: 3 }],
  accessOutcomes: { accepted: 1, redirected: 1, returned: 0 },
  waitingForAccess: {
    children: 2,
    routine: 2,
    urgent: 0,
    longestWeeks: 45,
    averageWeeks: 27,
    over13Weeks: 1,
    urgentCases: [{ referralId: 'QX-R7', weeksWaiting: 3, hasFutureAppointment: false }],
  },
  inAssessment: { children: 1, longestWeeks: 2, averageWeeks: 2.3 },
  waitingForTreatment: {
    children: 1,
    waits: 2,
    byList: [
      { list: 'Neurodevelopmental', waits: 1 },
      { list: 'Treatment', waits: 1 },
    ],
    withFutureAppointment: 1,
    withoutFutureAppointment: 0,
    withoutFutureAppointmentSeenLast60Days: 0,
    longestWithoutAppointment: null,
  },
  rtt: { over13Weeks: 1, over18Weeks: 0 },
  duty: { rag: { RED: 0, AMBER: 1, GREEN: 0, unrated: 0 }, redWithoutLeadProfessional: 0, reviewsDue: 0, reviewsOverdue: 0, reviewsCompletedInLast14Days: 0 },
  flow: { acceptedLast14Days: 0, dischargedLast14Days: 0 },
  previous: { asOf: '2019-01-17', waitingForAccess: 3, waitingForTreatmentChildren: 1, waits: 1 },
};
const weeks: PtlWeeksWaited = {
  asOf: '2019-01-31',
  filters: { area: 'rutland', team: null },
  bands: [
    { band: '0-4', fromWeeks: 0, toWeeks: 4, waits: 0 },
    { band: '4-13', fromWeeks: 4, toWeeks: 13, waits: 2 },
    { band: '13-18', fromWeeks: 13, toWeeks: 18, waits: 0 },
    { band: '18-52', fromWeeks: 18, toWeeks: 52, waits: 0 },
    { band: '52+', fromWeeks: 52, toWeeks: null, waits: 0 },
  ],
};

describe('headline tiles', () => {
  it('show the figures managers look at first, each opening its rows, with the trend where the report has the earlier value', () => {
    const tiles = headlineTiles(report);
    expect(tiles.map((t) => [t.label, t.value, t.number.drill, t.previous?.value ?? null])).toEqual([
      ['Children waiting for access', 2, 'waitingForAccess.children', 3],
      ['Waiting for access over 13 weeks', 1, 'waitingForAccess.over13Weeks', null],
      ['Children in assessment', 1, 'inAssessment.children', null],
      ['Children waiting for treatment', 1, 'waitingForTreatment.children', 1],
      ['Waits for treatment', 2, 'waitingForTreatment.waits', 1],
      ['Referral to treatment over 13 weeks', 1, 'rtt.over13Weeks', null],
      ['Referral to treatment over 18 weeks', 0, 'rtt.over18Weeks', null],
      ['RED without a lead professional', 0, 'duty.redWithoutLeadProfessional', null],
    ]);
    expect(tiles[0].previous).toEqual({ value: 3, asOf: '2019-01-17', drill: 'waitingForAccess.children' });
    expect(tiles[0].number.context).toBe('children: children waiting for access');
    expect(tiles[0].definition.unit).toBe('children');
  });
});

describe('figures by section', () => {
  it('write averages to one decimal place and open longest and average waits as the children they are taken over', () => {
    const access = waitingForAccessItems(report);
    expect(access.map((i) => [i.label, i.number.text, i.number.drill])).toEqual([
      ['Children waiting for access', '2', 'waitingForAccess.children'],
      ['Children waiting for access: routine', '2', 'waitingForAccess.routine'],
      ['Children waiting for access: urgent', '0', 'waitingForAccess.urgent'],
      ['Longest wait for access', '45', 'waitingForAccess.children'],
      ['Average wait for access', '27.0', 'waitingForAccess.children'],
      ['Waiting for access over 13 weeks', '1', 'waitingForAccess.over13Weeks'],
    ]);
    expect(inAssessmentItems(report)[2].number).toEqual({ text: '2.3', drill: 'inAssessment.children', context: 'weeks: average wait in assessment' });
  });

  it('say there is no longest wait without an appointment when every child waiting has one', () => {
    const longest = waitingForTreatmentItems(report).at(-1);
    expect(longest?.number).toEqual({ text: 'None', drill: null, context: 'every child waiting has a future appointment' });
    const withOne = waitingForTreatmentItems({ ...report, waitingForTreatment: { ...report.waitingForTreatment, longestWithoutAppointment: { weeks: 58, list: 'ADOS', waitId: 'W1' } } }).at(-1);
    expect(withOne?.number).toEqual({ text: '58', drill: 'waitingForTreatment.withoutFutureAppointment', context: 'weeks on the ADOS list' });
  });
});

describe('tables', () => {
  it('give every number its drill-down path', () => {
    const months = referralsByMonthTable(report);
    expect(months.headings).toEqual(['Month', 'Routine', 'Urgent']);
    expect(months.rows.map((r) => [r.header, ...r.cells.map((c) => `${c.text} ${c.drill}`)])).toEqual([
      ['December 2018', '1 referralsByMonth.2018-12.routine', '0 referralsByMonth.2018-12.urgent'],
      ['January 2019', '0 referralsByMonth.2019-01.routine', '2 referralsByMonth.2019-01.urgent'],
    ]);
    expect(months.rows[1].cells[1].context).toBe('referrals: urgent, received in January 2019');
    expect(accessComplianceTable(report).rows).toEqual([
      {
        header: 'October 2018, urgent',
        cells: [
          { text: '1', drill: 'accessCompliance.2018-10.urgent.pass', context: 'access pathway: completed in time, October 2018, urgent' },
          { text: '3', drill: 'accessCompliance.2018-10.urgent.fail', context: 'access pathways: completed late, October 2018, urgent' },
        ],
      },
    ]);
    expect(urgentCasesTable(report).rows[0].cells.map((c) => c.text)).toEqual(['3', 'No']);
    expect(waitsByListTable(report).rows.map((r) => [r.header, r.cells[0].drill])).toEqual([
      ['Neurodevelopmental', 'waitingForTreatment.byList.Neurodevelopmental'],
      ['Treatment', 'waitingForTreatment.byList.Treatment'],
    ]);
    expect(weeksWaitedTable(weeks).rows.map((r) => [r.header, r.cells[0].text, r.cells[0].drill])).toEqual([
      ['0–4 weeks (0 to 3 whole weeks)', '0', 'weeksWaited.0-4'],
      ['4–13 weeks (4 to 12 whole weeks)', '2', 'weeksWaited.4-13'],
      ['13–18 weeks (13 to 17 whole weeks)', '0', 'weeksWaited.13-18'],
      ['18–52 weeks (18 to 51 whole weeks)', '0', 'weeksWaited.18-52'],
      ['52+ weeks (52 whole weeks or more)', '0', 'weeksWaited.52+'],
    ]);
  });

  it('name months and bands in words', () => {
    expect(monthName('2018-04')).toBe('April 2018');
    expect(bandLabel({ band: '52+', fromWeeks: 52, toWeeks: null })).toBe('52+ weeks (52 whole weeks or more)');
  });
});

describe('charts', () => {
  it('stack routine and urgent referrals by month, each bar opening its referrals, with the table named in the summary', () => {
    const chart = referralsByMonthChart(report);
    expect(chart.labels).toEqual(['December 2018', 'January 2019']);
    expect(chart.stacked).toBe(true);
    expect(chart.series.map((s) => [s.label, s.values, s.figures])).toEqual([
      ['Routine', [1, 0], ['referralsByMonth.2018-12.routine', 'referralsByMonth.2019-01.routine']],
      ['Urgent', [0, 2], ['referralsByMonth.2018-12.urgent', 'referralsByMonth.2019-01.urgent']],
    ]);
    expect(chart.summary).toContain('from April 2018 to January 2019');
    expect(chart.tableId).toBe(referralsByMonthTable(report).id);
  });

  it('draw waits by list and by weeks waited from the same numbers as their tables', () => {
    expect(waitsByListChart(report).series[0].values).toEqual(waitsByListTable(report).rows.map((r) => Number(r.cells[0].text)));
    const byWeeks = weeksWaitedChart(weeks);
    expect(byWeeks.labels).toEqual(['0–4 weeks', '4–13 weeks', '13–18 weeks', '18–52 weeks', '52+ weeks']);
    expect(byWeeks.series[0].values).toEqual([0, 2, 0, 0, 0]);
    expect(byWeeks.tableId).toBe(weeksWaitedTable(weeks).id);
  });
});
