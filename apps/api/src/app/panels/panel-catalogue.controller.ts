import { Actor, CatalogueCommands, PanelCatalogue } from '@camhs/application';
import type { CatalogueEntryView, InterventionTypeView, PanelCatalogueView, PanelSettingsView, ProviderView } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import {
  CatalogueQueryDto,
  CreateCatalogueEntryDto,
  CreateInterventionTypeDto,
  CreateProviderDto,
  UpdateCatalogueEntryDto,
  UpdateInterventionTypeDto,
  UpdatePanelSettingsDto,
  UpdateProviderDto,
} from './panel-catalogue.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** The intervention catalogue (the panel's toolkit of resources) and its settings: configured by administrators and coordinators. */
@ApiTags('panels')
@ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
@Controller('panel-catalogue')
export class PanelCatalogueController {
  constructor(
    private readonly catalogue: PanelCatalogue,
    private readonly commands: CatalogueCommands,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'PanelCatalogueView: types, providers, entries with their use in the year, settings' })
  view(@Query() query: CatalogueQueryDto): Promise<PanelCatalogueView> {
    return this.catalogue.view(query.financialYear);
  }

  @Post('types')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'InterventionTypeView' })
  @ApiConflictResponse({ description: 'the code or name is taken' })
  createType(@Body() body: CreateInterventionTypeDto, @CurrentActor() actor: Actor): Promise<InterventionTypeView> {
    return this.commands.createType(body, actor);
  }

  @Put('types/:id')
  @ApiOkResponse({ description: 'InterventionTypeView' })
  @ApiNotFoundResponse({ description: 'no such type' })
  @ApiConflictResponse({ description: 'stale version, or the name is taken' })
  updateType(@Param('id', uuid) id: string, @Body() body: UpdateInterventionTypeDto, @CurrentActor() actor: Actor): Promise<InterventionTypeView> {
    return this.commands.updateType(id, body, actor);
  }

  @Post('providers')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'ProviderView' })
  @ApiConflictResponse({ description: 'the name is taken' })
  createProvider(@Body() body: CreateProviderDto, @CurrentActor() actor: Actor): Promise<ProviderView> {
    return this.commands.createProvider(body, actor);
  }

  @Put('providers/:id')
  @ApiOkResponse({ description: 'ProviderView' })
  @ApiNotFoundResponse({ description: 'no such provider' })
  @ApiConflictResponse({ description: 'stale version, or the name is taken' })
  updateProvider(@Param('id', uuid) id: string, @Body() body: UpdateProviderDto, @CurrentActor() actor: Actor): Promise<ProviderView> {
    return this.commands.updateProvider(id, body, actor);
  }

  @Post('entries')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'CatalogueEntryView' })
  @ApiConflictResponse({ description: 'the type already has an entry from this provider' })
  createEntry(@Body() body: CreateCatalogueEntryDto, @CurrentActor() actor: Actor): Promise<CatalogueEntryView> {
    return this.commands.createEntry(body, actor);
  }

  @Put('entries/:id')
  @ApiOkResponse({ description: 'CatalogueEntryView' })
  @ApiNotFoundResponse({ description: 'no such entry' })
  @ApiConflictResponse({ description: 'stale version' })
  updateEntry(@Param('id', uuid) id: string, @Body() body: UpdateCatalogueEntryDto, @CurrentActor() actor: Actor): Promise<CatalogueEntryView> {
    return this.commands.updateEntry(id, body, actor);
  }

  @Put('settings')
  @ApiOkResponse({ description: 'PanelSettingsView' })
  @ApiConflictResponse({ description: 'stale version' })
  updateSettings(@Body() body: UpdatePanelSettingsDto, @CurrentActor() actor: Actor): Promise<PanelSettingsView> {
    return this.commands.updateSettings(body, actor);
  }
}
