import { describedBy } from './described-by';

describe('describedBy', () => {
  it('names the hint, then the error message, and nothing when there is neither', () => {
    expect(describedBy('childId', true, true)).toBe('childId-hint childId-error');
    expect(describedBy('childId', true, false)).toBe('childId-hint');
    expect(describedBy('username', false, true)).toBe('username-error');
    expect(describedBy('username', false, false)).toBeNull();
  });
});
