import { trend } from './report-trend';

describe('trend against the previous report', () => {
  it('says which way, by how much, and from what, in words for screen readers', () => {
    expect(trend(39, 29, 'children', '17 Jan 2019')).toEqual({ direction: 'up', shown: '↑ 10', words: 'up 10 from 29 children on 17 Jan 2019' });
    expect(trend(2, 5, 'waits', '17 Jan 2019')).toEqual({ direction: 'down', shown: '↓ 3', words: 'down 3 from 5 waits on 17 Jan 2019' });
    expect(trend(1, 1, 'children', '17 Jan 2019')).toEqual({ direction: 'same', shown: '→ 0', words: 'no change from 1 child on 17 Jan 2019' });
  });
});
