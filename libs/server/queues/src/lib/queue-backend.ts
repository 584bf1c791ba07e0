import type { AppConfig } from '@camhs/config';
import { createPostgresBackend, QueueOptions, setDefaultBackendFactory } from 'bullmq';

/** PostgreSQL schema that holds BullMQ's tables on the PostgreSQL backend. */
export function postgresQueueSchema(prefix: string): string {
  return `${prefix}_queues`;
}

/**
 * Point every BullMQ Queue/Worker in this process at the configured backend. @nestjs/bullmq
 * constructs queues without a backend factory, so the process-wide default is the seam.
 * Call once, before the Nest application is created.
 */
export function configureQueueBackend(config: AppConfig): void {
  if (config.queue.backend === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend);
  } else {
    setDefaultBackendFactory(undefined);
  }
}

/** Connection options for BullModule.forRoot, for either backend. */
export function queueConnection(config: AppConfig): QueueOptions {
  if (config.queue.backend === 'postgres') {
    return {
      connection: {
        connectionString: config.databaseUrl,
        schema: postgresQueueSchema(config.queue.prefix),
        migrate: true,
        max: 5,
      },
      // QueueOptions is typed for Redis; the PostgreSQL backend factory takes this shape instead.
    } as unknown as QueueOptions;
  }
  const u = new URL(config.queue.redisUrl);
  return {
    connection: {
      host: u.hostname,
      port: Number(u.port || 6379),
      username: u.username || undefined,
      password: u.password || undefined,
      db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
      // Workers need blocking commands to wait forever; BullMQ requires null here.
      maxRetriesPerRequest: null,
    },
    prefix: config.queue.prefix,
  };
}
