import { AppConfig, QueueBackend, loadConfig } from '@camhs/config';

/** Queue backends this machine can exercise: PostgreSQL always, Redis when it answers. */
export function availableBackends(): QueueBackend[] {
  return process.env['IT_REDIS_AVAILABLE'] === '1' ? ['redis', 'postgres'] : ['postgres'];
}

/** Environment for a process (or config) in this test run; `suffix` separates Redis prefixes per test file. */
export function itEnv(backend: QueueBackend, suffix: string, extra: Record<string, string> = {}): Record<string, string> {
  const url = process.env['IT_DATABASE_URL'];
  const run = process.env['IT_RUN'];
  if (!url || !run) throw new Error('integration tests must run through jest.int.config.js (npm run test:int)');
  return {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    REDIS_URL: process.env['IT_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_BACKEND: backend,
    // The PostgreSQL backend's schema was created for the run prefix by the global setup.
    QUEUE_PREFIX: backend === 'postgres' ? run : `${run}_${suffix}`,
    OUTBOX_POLL_MS: '100',
    ...extra,
  };
}

export function itConfig(backend: QueueBackend, suffix: string, extra: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...itEnv(backend, suffix, extra), API_PORT: '0' });
}
