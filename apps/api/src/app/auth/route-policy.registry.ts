import type { RoutePolicy } from '@camhs/contracts';
import { Inject, Injectable, OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

export const API_PREFIX = 'api';

/** The policy table in force (ROUTE_POLICIES; a test may provide another). */
export const ROUTE_POLICY_TABLE = Symbol('ROUTE_POLICY_TABLE');

export interface DeclaredRoute {
  key: string;
  policy: RoutePolicy;
}

/** `GET /api/referrals/{id}` from a controller path and a handler path (`:id` written as in OpenAPI). */
export function routeKey(method: RequestMethod, controllerPath: string, handlerPath: string): string {
  const path = ['', API_PREFIX, controllerPath, handlerPath]
    .join('/')
    .replace(/\/+/g, '/')
    .replace(/\/$/, '')
    .replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  return `${RequestMethod[method]} ${path}`;
}

/** Routes without a declared policy, and declared policies that match no route. */
export function policyGaps(routeKeys: readonly string[], declared: readonly string[]): { undeclared: string[]; unused: string[] } {
  return {
    undeclared: routeKeys.filter((k) => !declared.includes(k)).sort(),
    unused: declared.filter((k) => !routeKeys.includes(k)).sort(),
  };
}

export class UndeclaredRoutesError extends Error {
  constructor(gaps: { undeclared: string[]; unused: string[] }) {
    const lines = [
      ...gaps.undeclared.map((k) => `  ${k}: no access policy declared`),
      ...gaps.unused.map((k) => `  ${k}: policy declared for a route that does not exist`),
    ];
    super(`Refusing to start: every route needs exactly one entry in ROUTE_POLICIES (libs/shared/contracts/src/lib/access-policy.ts):\n${lines.join('\n')}`);
    this.name = 'UndeclaredRoutesError';
  }
}

/**
 * Finds every controller route at start-up and pairs it with its declared policy. A route without
 * one (or a stale declaration) stops the API from starting, so nothing is ever open by accident.
 */
@Injectable()
export class RoutePolicyRegistry implements OnModuleInit {
  private readonly byHandler = new Map<object, DeclaredRoute>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(ROUTE_POLICY_TABLE) private readonly policies: Readonly<Record<string, RoutePolicy>>,
  ) {}

  onModuleInit(): void {
    const found: { handler: object; key: string }[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const controllerPaths = asList(this.reflector.get<string | string[]>(PATH_METADATA, wrapper.metatype));
      for (const name of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = instance[name] as object;
        const method = this.reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler as never);
        if (method === undefined) continue;
        const handlerPaths = asList(this.reflector.get<string | string[]>(PATH_METADATA, handler as never));
        for (const c of controllerPaths) for (const h of handlerPaths) found.push({ handler, key: routeKey(method, c, h) });
      }
    }
    const gaps = policyGaps(
      found.map((f) => f.key),
      Object.keys(this.policies),
    );
    if (gaps.undeclared.length || gaps.unused.length) throw new UndeclaredRoutesError(gaps);
    const keysByHandler = new Map<object, string[]>();
    for (const f of found) keysByHandler.set(f.handler, [...(keysByHandler.get(f.handler) ?? []), f.key]);
    const shared = [...keysByHandler.values()].filter((keys) => keys.length > 1);
    if (shared.length) {
      // The guard finds a policy by handler, so one handler must serve one route.
      throw new Error(`Refusing to start: one handler serves several routes (${shared.map((k) => k.join(' + ')).join('; ')}); give each route its own handler`);
    }
    for (const f of found) this.byHandler.set(f.handler, { key: f.key, policy: this.policies[f.key] });
  }

  lookup(handler: object): DeclaredRoute | undefined {
    return this.byHandler.get(handler);
  }
}

function asList(path: string | string[] | undefined): string[] {
  if (path === undefined) return [''];
  return Array.isArray(path) ? path : [path];
}
