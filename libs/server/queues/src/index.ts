/**
 * @camhs/queues — the one place for queue names, job names, payload types, job ids and default
 * job options, plus how a process connects to the queue backend (Redis, or BullMQ's PostgreSQL
 * backend for the embedded default). Payloads carry ids only: Redis is not a place for patient data.
 */
export * from './lib/queue-names';
export * from './lib/jobs';
export * from './lib/job-options';
export * from './lib/queue-backend';
export * from './lib/queues.module';
