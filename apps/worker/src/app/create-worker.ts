import { AppConfig } from '@camhs/config';
import { assertDatabaseMigrated } from '@camhs/persistence';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

/** Build and start the worker (used by main.ts and by the integration tests). */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  await assertDatabaseMigrated(config.databaseUrl);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
