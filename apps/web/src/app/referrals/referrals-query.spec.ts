import { pageFromAddress } from './referrals-query';

describe('pageFromAddress', () => {
  it('reads a whole page number from 1, and falls back to the first page otherwise', () => {
    expect(pageFromAddress('3')).toBe(3);
    for (const bad of [null, '', '0', '-2', '2.5', 'two', '1e9']) expect([bad, pageFromAddress(bad)]).toEqual([bad, 1]);
  });
});
