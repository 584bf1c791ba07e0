/**
 * @camhs/server-testing — helpers for the integration tier: this run's config (database, Redis
 * prefix), a real worker process that tests can start and kill, and polling.
 */
export * from './lib/it-config';
export * from './lib/worker-process';
export * from './lib/wait-until';
export * from './lib/api-client';
export * from './lib/test-users';
