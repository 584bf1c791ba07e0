import {
  ReferenceDataQueries,
  ReferralQueries,
  RegisterReferral,
  systemClockProvider,
} from '@camhs/application';
import { AppConfig, AppConfigModule } from '@camhs/config';
import { dataSourceOptions } from '@camhs/persistence';
import { QueuesModule } from '@camhs/queues';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HealthController } from './health/health.controller';
import { ReferenceDataController } from './reference-data/reference-data.controller';
import { ReferralsController } from './referrals/referrals.controller';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl, { logSql: config.logSql }), retryAttempts: 3 }),
        QueuesModule.forRoot(),
      ],
      controllers: [HealthController, ReferralsController, ReferenceDataController],
      providers: [systemClockProvider, RegisterReferral, ReferralQueries, ReferenceDataQueries],
    };
  }
}
