import { Controller, Get, Post, RequestMethod } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ROUTE_POLICY_TABLE, RoutePolicyRegistry, UndeclaredRoutesError, policyGaps, routeKey } from './route-policy.registry';

@Controller('things')
class ThingsController {
  @Get()
  list(): string[] {
    return [];
  }

  @Get(':thingId')
  one(): string {
    return 'one';
  }

  @Post(':thingId/archive')
  archive(): void {
    return undefined;
  }
}

async function start(table: Record<string, unknown>) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    controllers: [ThingsController],
    providers: [RoutePolicyRegistry, { provide: ROUTE_POLICY_TABLE, useValue: table }],
  }).compile();
  return moduleRef.createNestApplication().init();
}

describe('route policy registry', () => {
  it('writes route keys as OpenAPI does', () => {
    expect(routeKey(RequestMethod.GET, 'referrals', ':id')).toBe('GET /api/referrals/{id}');
    expect(routeKey(RequestMethod.POST, '/auth/', 'sign-in')).toBe('POST /api/auth/sign-in');
    expect(routeKey(RequestMethod.GET, 'audit', '')).toBe('GET /api/audit');
  });

  it('refuses to start when a route has no declared policy, naming it', async () => {
    const partial = {
      'GET /api/things': { access: 'signed-in' },
      'GET /api/things/{thingId}': { access: 'signed-in' },
    };
    await expect(start(partial)).rejects.toThrow(UndeclaredRoutesError);
    await expect(start(partial)).rejects.toThrow('POST /api/things/{thingId}/archive: no access policy declared');
  });

  it('refuses to start when a policy names a route that does not exist', async () => {
    const stale = {
      'GET /api/things': { access: 'signed-in' },
      'GET /api/things/{thingId}': { access: 'signed-in' },
      'POST /api/things/{thingId}/archive': { access: 'roles', roles: ['admin'] },
      'DELETE /api/things/{thingId}': { access: 'roles', roles: ['admin'] },
    };
    await expect(start(stale)).rejects.toThrow('DELETE /api/things/{thingId}: policy declared for a route that does not exist');
  });

  it('starts when every route is declared, and finds each handler’s policy', async () => {
    const app = await start({
      'GET /api/things': { access: 'signed-in' },
      'GET /api/things/{thingId}': { access: 'public', reason: 'test' },
      'POST /api/things/{thingId}/archive': { access: 'roles', roles: ['admin'] },
    });
    const registry = app.get(RoutePolicyRegistry);
    expect(registry.lookup(ThingsController.prototype.archive)).toEqual({
      key: 'POST /api/things/{thingId}/archive',
      policy: { access: 'roles', roles: ['admin'] },
    });
    await app.close();
  });

  it('reports gaps both ways', () => {
    expect(policyGaps(['GET /api/a', 'GET /api/b'], ['GET /api/b', 'GET /api/c'])).toEqual({ undeclared: ['GET /api/a'], unused: ['GET /api/c'] });
  });
});
