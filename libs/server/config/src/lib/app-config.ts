import { z } from 'zod';

const booleanish = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .url()
    .refine((u) => u.startsWith('postgres://') || u.startsWith('postgresql://'), 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/camhs_ptl'),
  QUEUE_BACKEND: z.enum(['redis', 'postgres']).default('redis'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, 'lowercase letters, digits and _ only, starting with a letter')
    .default('camhs'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted (0: none). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Serve the OpenAPI document and Swagger UI; defaults to on outside production. */
  API_DOCS: booleanish.optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  OUTBOX_REDISPATCH_AFTER_MS: z.coerce.number().int().min(1000).default(120_000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  LOG_SQL: booleanish.default('false'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  /** Send cookies only over HTTPS. Defaults to on in production. */
  COOKIE_SECURE: booleanish.optional(),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Sign-in attempts allowed per client address per minute (before any password is checked). */
  SIGN_IN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** A report day (YYYY-MM-DD): the bi-weekly report snapshot is taken every 14 days from it (its weekday). */
  REPORT_ANCHOR_DATE: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').default('2026-01-08'),
  /** Password of the demonstration users `npm start` creates outside production. */
  DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').default('demo-only-password'),
});

export type QueueBackend = 'redis' | 'postgres';

export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly databaseUrl: string;
  readonly queue: {
    readonly backend: QueueBackend;
    readonly redisUrl: string;
    /** Redis key prefix, or the PostgreSQL schema name (`<prefix>_queues`) on the PostgreSQL backend. */
    readonly prefix: string;
  };
  readonly api: { readonly host: string; readonly port: number; readonly trustProxyHops: number; readonly docs: boolean };
  readonly outbox: { readonly pollMs: number; readonly redispatchAfterMs: number };
  readonly worker: { readonly concurrency: number };
  readonly logSql: boolean;
  readonly reports: { readonly anchorDate: string };
  readonly auth: {
    readonly sessionIdleMinutes: number;
    readonly sessionAbsoluteMinutes: number;
    readonly cookieSecure: boolean;
    readonly maxFailedSignIns: number;
    readonly lockMinutes: number;
    readonly signInRatePerMinute: number;
    readonly demoPassword: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parse the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    relevant[key] = value === '' ? undefined : value;
  }
  const parsed = schema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const v = parsed.data;
  return Object.freeze({
    env: v.NODE_ENV,
    databaseUrl: v.DATABASE_URL,
    queue: Object.freeze({ backend: v.QUEUE_BACKEND, redisUrl: v.REDIS_URL, prefix: v.QUEUE_PREFIX }),
    api: Object.freeze({ host: v.API_HOST, port: v.API_PORT, trustProxyHops: v.TRUST_PROXY_HOPS, docs: v.API_DOCS ?? v.NODE_ENV !== 'production' }),
    outbox: Object.freeze({ pollMs: v.OUTBOX_POLL_MS, redispatchAfterMs: v.OUTBOX_REDISPATCH_AFTER_MS }),
    worker: Object.freeze({ concurrency: v.WORKER_CONCURRENCY }),
    logSql: v.LOG_SQL,
    reports: Object.freeze({ anchorDate: v.REPORT_ANCHOR_DATE }),
    auth: Object.freeze({
      sessionIdleMinutes: v.SESSION_IDLE_MINUTES,
      sessionAbsoluteMinutes: v.SESSION_ABSOLUTE_HOURS * 60,
      cookieSecure: v.COOKIE_SECURE ?? v.NODE_ENV === 'production',
      maxFailedSignIns: v.SIGN_IN_MAX_FAILURES,
      lockMinutes: v.SIGN_IN_LOCK_MINUTES,
      signInRatePerMinute: v.SIGN_IN_RATE_PER_MINUTE,
      demoPassword: v.DEMO_PASSWORD,
    }),
  });
}

/** A URL safe to print: the password, if any, replaced. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
