import { CHILDREN, HOURS, countText, noteFor, percentOf, pounds, shareText } from './panel-report-format';

describe('how the panel report writes numbers', () => {
  it('writes money as pounds with pence from whole pence', () => {
    expect(pounds(790_610)).toBe('£7,906.10');
    expect(pounds(35_679_580)).toBe('£356,795.80');
    expect(pounds(5)).toBe('£0.05');
    expect(pounds(-34_000)).toBe('-£340.00');
  });

  it('takes percentages to one decimal place, half up, and none of nothing', () => {
    expect(percentOf(3, 5)).toBe(60);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    // 1 ÷ 16 = 6.25%: half up to 6.3%.
    expect(percentOf(1, 16)).toBe(6.3);
    expect(percentOf(0, 0)).toBeNull();
  });

  it('writes every share with the count it is a share of', () => {
    expect(shareText(3, 5, CHILDREN)).toBe('3 of 5 children (60.0%)');
    expect(shareText(1, 3, CHILDREN)).toBe('1 of 3 children (33.3%)');
    expect(shareText(0, 0, CHILDREN)).toBe('0 of 0 children');
    // The noun agrees with the base.
    expect(shareText(1, 1, CHILDREN)).toBe('1 of 1 child (100.0%)');
    expect(shareText(0, 1, HOURS)).toBe('0 of 1 hour (0.0%)');
    // The API's own percentage, when it gives one, is the one shown.
    expect(shareText(3, 5, CHILDREN, 60)).toBe('3 of 5 children (60.0%)');
    expect(shareText(0, 0, CHILDREN, null)).toBe('0 of 0 children');
  });

  it('counts with the right noun', () => {
    expect(countText(1, CHILDREN)).toBe('1 child');
    expect(countText(0, CHILDREN)).toBe('0 children');
    expect(countText(4, CHILDREN)).toBe('4 children');
    expect(countText(1, HOURS)).toBe('1 hour');
  });

  it('finds the note that explains a figure by its label', () => {
    const notes = ['Budget: the panel’s budget.', 'Children considered: distinct children.', 'Budgets in other years: not shown.'];
    expect(noteFor(notes, 'Budget')).toBe('Budget: the panel’s budget.');
    expect(noteFor(notes, 'Children considered')).toBe('Children considered: distinct children.');
    expect(noteFor(notes, 'Outcomes')).toBeNull();
  });
});
