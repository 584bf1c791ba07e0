import {
  AllocationQuotes,
  CatalogueCommands,
  OutcomeReviews,
  PanelActions,
  PanelCases,
  PanelCatalogue,
  PanelDecisions,
  PanelReports,
  PanelSetup,
  PanelSittings,
  systemClockProvider,
} from '@camhs/application';
import { Module } from '@nestjs/common';
import { PanelCasesController } from './panel-cases.controller';
import { PanelCatalogueController } from './panel-catalogue.controller';
import { PanelFollowUpController } from './panel-follow-up.controller';
import { PanelSittingsController } from './panel-sittings.controller';
import { PanelsController } from './panels.controller';

/** The intervention panel's HTTP adapters (issue 6); the database, queues and access guard come from the API module. */
@Module({
  controllers: [PanelCatalogueController, PanelsController, PanelCasesController, PanelSittingsController, PanelFollowUpController],
  providers: [systemClockProvider, PanelCatalogue, CatalogueCommands, PanelSetup, PanelCases, PanelSittings, PanelDecisions, AllocationQuotes, OutcomeReviews, PanelActions, PanelReports],
})
export class PanelsModule {}
