import {
  AcknowledgeReferral,
  ClockFlags,
  DutySchedule,
  GenerateLetters,
  GeneratePreReadPack,
  OutboxRelay,
  OutcomeReviews,
  PanelActions,
  PtlReportQueries,
  ReportSnapshots,
  StageWork,
  defaultServiceContactProvider,
  systemClockProvider,
} from '@camhs/application';
import { AppConfig, AppConfigModule } from '@camhs/config';
import { dataSourceOptions } from '@camhs/persistence';
import { QueuesModule } from '@camhs/queues';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessProcessor } from './access.processor';
import { AssessmentProcessor } from './assessment.processor';
import { DutyProcessor } from './duty.processor';
import { ScheduleKeeper } from './job-schedules';
import { LettersProcessor } from './letters.processor';
import { PanelsProcessor } from './panels.processor';
import { TreatmentProcessor } from './treatment.processor';
import { ReportsProcessor } from './reports.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl, { logSql: config.logSql, asRuntimeRole: true }), retryAttempts: 3 }),
        QueuesModule.forRoot(),
      ],
      providers: [
        systemClockProvider,
        AcknowledgeReferral,
        OutboxRelay,
        PtlReportQueries,
        ReportSnapshots,
        ClockFlags,
        StageWork,
        DutySchedule,
        ScheduleKeeper,
        AccessProcessor,
        AssessmentProcessor,
        TreatmentProcessor,
        DutyProcessor,
        defaultServiceContactProvider,
        GenerateLetters,
        LettersProcessor,
        ReportsProcessor,
        GeneratePreReadPack,
        OutcomeReviews,
        PanelActions,
        PanelsProcessor,
      ],
    };
  }
}
