import { Actor, PanelCases } from '@camhs/application';
import type { PanelCaseBoard, PanelCaseView } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { OpenPanelCaseDto, PanelCaseBoardQueryDto, RecordConsentDto, RecordEscalationRiskDto, WithdrawPanelCaseDto } from './panel-cases.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** Cases brought to a panel: the board, the case, consent, the pre-panel risk, withdrawal. Never CAMHS clinical records. */
@ApiTags('panels')
@ApiNotFoundResponse({ description: 'no such case (or panel) among the caller’s' })
@ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
@Controller('panel-cases')
export class PanelCasesController {
  constructor(private readonly cases: PanelCases) {}

  @Get()
  @ApiOkResponse({ description: 'PanelCaseBoard: the panel’s cases by state' })
  board(@Query() query: PanelCaseBoardQueryDto, @CurrentActor() actor: Actor): Promise<PanelCaseBoard> {
    return this.cases.board(query.panelId, query.state ?? null, actor);
  }

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'PanelCaseView, state new' })
  open(@Body() body: OpenPanelCaseDto, @CurrentActor() actor: Actor): Promise<PanelCaseView> {
    return this.cases.open(body, actor);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'PanelCaseView' })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<PanelCaseView> {
    return this.cases.get(id, actor);
  }

  @Post(':id/consent')
  @HttpCode(200)
  @ApiOkResponse({ description: 'PanelCaseView (consent appended; the case moves on from new)' })
  @ApiConflictResponse({ description: 'stale version, or the case is closed' })
  consent(@Param('id', uuid) id: string, @Body() body: RecordConsentDto, @CurrentActor() actor: Actor): Promise<PanelCaseView> {
    return this.cases.recordConsent(id, body, actor);
  }

  @Post(':id/risk')
  @HttpCode(200)
  @ApiOkResponse({ description: 'PanelCaseView (with consent recorded, the case is ready for panel)' })
  @ApiConflictResponse({ description: 'stale version, or the panel has decided the case' })
  risk(@Param('id', uuid) id: string, @Body() body: RecordEscalationRiskDto, @CurrentActor() actor: Actor): Promise<PanelCaseView> {
    return this.cases.recordRisk(id, body, actor);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ description: 'PanelCaseView, closed' })
  @ApiConflictResponse({ description: 'stale version, or the panel has decided the case' })
  withdraw(@Param('id', uuid) id: string, @Body() body: WithdrawPanelCaseDto, @CurrentActor() actor: Actor): Promise<PanelCaseView> {
    return this.cases.withdraw(id, body, actor);
  }
}
