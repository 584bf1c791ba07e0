import { passwordProblem, usernameProblem } from './password-rules';

describe('password and username rules', () => {
  it('wants at least 12 characters and not the username', () => {
    expect(passwordProblem('eleven-char', 'dana')).toBe('must be at least 12 characters');
    expect(passwordProblem('twelve-chars', 'dana')).toBeNull();
    expect(passwordProblem('my-name-is-DANA!', 'dana')).toBe('must not contain the username');
  });

  it('accepts lower-case usernames with dots, hyphens and underscores', () => {
    expect(usernameProblem('demo.duty')).toBeNull();
    expect(usernameProblem('Dana')).not.toBeNull();
    expect(usernameProblem('.dana')).not.toBeNull();
    expect(usernameProblem('ab')).not.toBeNull();
  });
});
