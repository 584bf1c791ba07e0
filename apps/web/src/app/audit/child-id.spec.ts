import { childIdProblem } from './child-id';

describe('childIdProblem', () => {
  it('accepts a UUID, surrounding spaces allowed', () => {
    expect(childIdProblem(' 149fd97b-02cd-4390-af40-e5475bd9042a ')).toBeNull();
  });

  it('asks for a missing or malformed id', () => {
    expect(childIdProblem('  ')).toBe('Enter the child ID');
    expect(childIdProblem('149fd97b02cd4390af40e5475bd9042a')).toMatch(/correct format/);
  });
});
