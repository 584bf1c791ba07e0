import { AppConfig } from '@camhs/config';
import { assertMigrated } from '@camhs/persistence';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

/** Build and start the worker (used by main.ts and by the integration tests). */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  try {
    await assertMigrated(app.get(DataSource));
  } catch (e) {
    await app.close();
    throw e;
  }
  app.enableShutdownHooks();
  await app.init();
  return app;
}
