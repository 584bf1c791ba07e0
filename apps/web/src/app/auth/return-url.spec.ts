import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps paths inside the app, with their query', () => {
    expect(safeReturnUrl('/referrals')).toBe('/referrals');
    expect(safeReturnUrl('/audit?childId=abc&page=2')).toBe('/audit?childId=abc&page=2');
  });

  it('refuses anything that could lead to another site', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'referrals', '/ referrals', 'javascript:alert(1)']) {
      expect([bad, safeReturnUrl(bad)]).toEqual([bad, null]);
    }
  });

  it('refuses the sign-in page itself (no loop) and empty values', () => {
    expect(safeReturnUrl('/sign-in?returnUrl=/duty')).toBeNull();
    expect(safeReturnUrl('')).toBeNull();
    expect(safeReturnUrl(null)).toBeNull();
  });
});
