import { APP_CONFIG, AppConfig } from '@camhs/config';
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS } from './job-options';
import { queueConnection } from './queue-backend';
import { ACTIVE_QUEUES } from './queue-names';

/** Registers the BullMQ connection and the active queues with explicit default job options. */
@Module({})
export class QueuesModule {
  static forRoot(): DynamicModule {
    const registered = BullModule.registerQueue(
      ...ACTIVE_QUEUES.map((name) => ({ name, defaultJobOptions: DEFAULT_JOB_OPTIONS })),
    );
    return {
      module: QueuesModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => queueConnection(config),
        }),
        registered,
      ],
      exports: [registered],
    };
  }
}
