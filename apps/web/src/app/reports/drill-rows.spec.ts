import { PtlDrillRow, ptlFigureDefinitionOfDrill } from '@camhs/contracts';
import { daysHeading, drillCount, drillHeading, drillRowView } from './drill-rows';

const definitionOf = (figure: string) => {
  const d = ptlFigureDefinitionOfDrill(figure);
  if (!d) throw new Error(figure);
  return d;
};

describe('drill-down rows', () => {
  it('show the child, a link to the referral, the list, the wait in days and whole weeks, and the urgency', () => {
    const wait: PtlDrillRow = {
      id: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f',
      referralId: 'FX-R2',
      childId: 'c2',
      childName: 'Ysolde Marrowgate',
      waitId: 'FX-W1',
      list: 'Neurodevelopmental',
      days: 77,
      urgency: 'urgent',
    };
    const row = drillRowView(wait);
    // 77 days = 11 whole weeks.
    expect(row).toEqual({
      key: 'FX-R2/FX-W1/c2',
      childName: 'Ysolde Marrowgate',
      href: '/referrals/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f',
      referralId: 'FX-R2',
      list: 'Neurodevelopmental',
      waiting: '77 days (11 weeks)',
      urgency: 'Urgent',
    });
    expect(drillRowView({ ...wait, waitId: null, list: null, days: 13, urgency: 'routine' }).waiting).toBe('13 days (1 week)');
    expect(drillRowView({ ...wait, waitId: null, list: null, days: null, urgency: 'routine' })).toMatchObject({ waiting: '', list: '', urgency: 'Routine' });
  });

  it('say what the days measure for each kind of figure', () => {
    expect(daysHeading('waitingForAccess.over13Weeks')).toBe('Waiting since received');
    expect(daysHeading('accessCompliance.2018-10.urgent.pass')).toBe('From receipt to access');
    expect(daysHeading('weeksWaited.52+')).toBe('Waiting since added to the list');
    expect(daysHeading('rtt.over18Weeks')).toBe('Waiting since added to the list');
    expect(daysHeading('duty.rag.RED')).toBeNull();
    expect(daysHeading('referralsByMonth.2018-04.routine')).toBeNull();
  });

  it('head the list with the figure and the month, list or band it is for, and count the rows in its unit', () => {
    expect(drillHeading('referralsByMonth.2018-04.urgent', definitionOf('referralsByMonth.2018-04.urgent'))).toBe('Urgent referrals received: April 2018');
    expect(drillHeading('accessCompliance.2018-10.urgent.pass', definitionOf('accessCompliance.2018-10.urgent.pass'))).toBe('Access pathways completed in time: October 2018, urgent');
    expect(drillHeading('waitingForTreatment.byList.ADOS', definitionOf('waitingForTreatment.byList.ADOS'))).toBe('Waits for treatment on the list: ADOS');
    expect(drillHeading('weeksWaited.13-18', definitionOf('weeksWaited.13-18'))).toBe('Waits for treatment, waited 13–18 weeks');
    expect(drillHeading('duty.rag.RED', definitionOf('duty.rag.RED'))).toBe('Rated RED');
    expect(drillCount(1, definitionOf('waitingForTreatment.children'))).toBe('1 child');
    expect(drillCount(2, definitionOf('waitingForTreatment.waits'))).toBe('2 waits');
  });
});
