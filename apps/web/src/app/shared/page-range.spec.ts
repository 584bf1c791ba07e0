import { pageRange } from './page-range';

describe('pageRange', () => {
  it('numbers the items shown and offers the pages either side', () => {
    expect(pageRange({ page: 1, pageSize: 20, total: 45 })).toEqual({ first: 1, last: 20, hasPrevious: false, hasNext: true });
    expect(pageRange({ page: 2, pageSize: 20, total: 45 })).toEqual({ first: 21, last: 40, hasPrevious: true, hasNext: true });
    expect(pageRange({ page: 3, pageSize: 20, total: 45 })).toEqual({ first: 41, last: 45, hasPrevious: true, hasNext: false });
  });

  it('shows 0 to 0 of 0 for an empty list', () => {
    expect(pageRange({ page: 1, pageSize: 20, total: 0 })).toEqual({ first: 0, last: 0, hasPrevious: false, hasNext: false });
  });
});
