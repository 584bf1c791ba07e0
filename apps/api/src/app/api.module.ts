import {
  AuditQueries,
  Caseload,
  CreateUser,
  CrisisClocks,
  DutyContacts,
  DutyList,
  DutyReviews,
  DutyTasks,
  ReferralScreenings,
  SafeguardingDecisions,
  DutySchedule,
  MeetingAgenda,
  RiskAssessments,
  ProgressReferral,
  ImportPtlExtract,
  LetterQueries,
  MarkLetterSent,
  PtlReportQueries,
  ReportSnapshots,
  WaitsAndAppointments,
  ReferenceDataQueries,
  ReferralQueries,
  ReferralTimeline,
  RegisterReferral,
  SessionStore,
  SignIn,
  systemClockProvider,
} from '@camhs/application';
import { AppConfig, AppConfigModule } from '@camhs/config';
import { ROUTE_POLICIES } from '@camhs/contracts';
import { dataSourceOptions } from '@camhs/persistence';
import { QueuesModule } from '@camhs/queues';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit/audit.controller';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { RiskAssessmentsController } from './duty/risk-assessments.controller';
import { DutyListController } from './duty/duty-list.controller';
import { DutyWorkController } from './duty/duty-work.controller';
import { CrisisClocksController } from './duty/crisis-clocks.controller';
import { ROUTE_POLICY_TABLE, RoutePolicyRegistry } from './auth/route-policy.registry';
import { HealthController } from './health/health.controller';
import { LettersController } from './letters/letters.controller';
import { PtlImportController } from './imports/ptl-import.controller';
import { PanelsModule } from './panels/panels.module';
import { PtlReportController } from './reports/ptl-report.controller';
import { ReferenceDataController } from './reference-data/reference-data.controller';
import { ReferralPathwayController } from './referrals/referral-pathway.controller';
import { ReferralsController } from './referrals/referrals.controller';
import { WaitsAndAppointmentsController } from './referrals/waits-and-appointments.controller';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl, { logSql: config.logSql, asRuntimeRole: true }), retryAttempts: 3 }),
        QueuesModule.forRoot(),
        DiscoveryModule,
        PanelsModule,
        // Applied to sign-in only (see AuthController): attempts per client address per minute.
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'sign-in', ttl: 60_000, limit: config.auth.signInRatePerMinute }],
          errorMessage: 'Too many sign-in attempts from this address. Wait a minute and try again.',
        }),
      ],
      controllers: [HealthController, AuthController, ReferralsController, ReferralPathwayController, WaitsAndAppointmentsController, ReferenceDataController, AuditController, PtlReportController, PtlImportController, LettersController, RiskAssessmentsController, DutyListController, DutyWorkController, CrisisClocksController],
      providers: [
        systemClockProvider,
        { provide: ROUTE_POLICY_TABLE, useValue: ROUTE_POLICIES },
        RoutePolicyRegistry,
        { provide: APP_GUARD, useClass: AccessGuard },
        SessionStore,
        SignIn,
        CreateUser,
        RegisterReferral,
        ProgressReferral,
        WaitsAndAppointments,
        PtlReportQueries,
        ReportSnapshots,
        ImportPtlExtract,
        ReferralQueries,
        ReferralTimeline,
        ReferenceDataQueries,
        AuditQueries,
        LetterQueries,
        DutySchedule,
        RiskAssessments,
        MeetingAgenda,
        DutyList,
        DutyTasks,
        DutyReviews,
        DutyContacts,
        CrisisClocks,
        SafeguardingDecisions,
        ReferralScreenings,
        Caseload,
        MarkLetterSent,
      ],
    };
  }
}
