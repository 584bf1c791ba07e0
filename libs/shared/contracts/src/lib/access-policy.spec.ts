import { ROUTE_POLICIES, permits } from './access-policy';

describe('permits', () => {
  it('lets anyone call a public route', () => {
    expect(permits(ROUTE_POLICIES['GET /api/health'], null)).toEqual({ allowed: true, roleUsed: null });
  });

  it('lets any signed-in user call a signed-in route, and nobody else', () => {
    expect(permits(ROUTE_POLICIES['GET /api/reference-data'], ['admin']).allowed).toBe(true);
    expect(permits(ROUTE_POLICIES['GET /api/reference-data'], null).allowed).toBe(false);
  });

  it('checks roles and reports the role used', () => {
    expect(permits(ROUTE_POLICIES['GET /api/referrals'], ['panel-coordinator'])).toEqual({ allowed: false, roleUsed: null });
    expect(permits(ROUTE_POLICIES['GET /api/referrals'], ['panel-coordinator', 'manager'])).toEqual({ allowed: true, roleUsed: 'manager' });
    expect(permits(ROUTE_POLICIES['GET /api/audit'], ['admin'])).toEqual({ allowed: true, roleUsed: 'admin' });
    expect(permits(ROUTE_POLICIES['GET /api/audit'], ['duty-clinician']).allowed).toBe(false);
  });
});
