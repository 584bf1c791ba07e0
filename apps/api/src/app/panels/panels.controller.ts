import { Actor, AllocationQuotes, PanelReports, PanelSetup } from '@camhs/application';
import type { AllocationQuoteView, PanelBudgetView, PanelMemberView, PanelReport, PanelSummary, PanelView, SittingSummary } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import {
  AddPanelMemberDto,
  AllocationQuoteDto,
  CreatePanelDto,
  PanelReportExportDto,
  PanelReportQueryDto,
  ScheduleSittingsDto,
  SetPanelBudgetDto,
  UpdatePanelDto,
  UpdatePanelMemberDto,
} from './panels.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** Panels of the caller's teams: members, budgets, sittings, allocation quotes, and the panel report. */
@ApiTags('panels')
@ApiNotFoundResponse({ description: 'no such panel among the caller’s' })
@ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
@Controller('panels')
export class PanelsController {
  constructor(
    private readonly setup: PanelSetup,
    private readonly quotes: AllocationQuotes,
    private readonly reports: PanelReports,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'PanelSummary[]: the panels of the caller’s teams (a manager: those covering their areas)' })
  list(@CurrentActor() actor: Actor): Promise<PanelSummary[]> {
    return this.setup.list(actor);
  }

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'PanelView' })
  @ApiConflictResponse({ description: 'the team already has a panel of that name' })
  create(@Body() body: CreatePanelDto, @CurrentActor() actor: Actor): Promise<PanelView> {
    return this.setup.create(body, actor);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'PanelView: members, sittings, budgets' })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<PanelView> {
    return this.setup.get(id, actor);
  }

  @Put(':id')
  @ApiOkResponse({ description: 'PanelView' })
  @ApiConflictResponse({ description: 'stale version, or the name is taken' })
  update(@Param('id', uuid) id: string, @Body() body: UpdatePanelDto, @CurrentActor() actor: Actor): Promise<PanelView> {
    return this.setup.update(id, body, actor);
  }

  @Post(':id/members')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'PanelMemberView' })
  addMember(@Param('id', uuid) id: string, @Body() body: AddPanelMemberDto, @CurrentActor() actor: Actor): Promise<PanelMemberView> {
    return this.setup.addMember(id, body, actor);
  }

  @Put(':id/members/:memberId')
  @ApiOkResponse({ description: 'PanelMemberView' })
  @ApiConflictResponse({ description: 'stale version' })
  updateMember(@Param('id', uuid) id: string, @Param('memberId', uuid) memberId: string, @Body() body: UpdatePanelMemberDto, @CurrentActor() actor: Actor): Promise<PanelMemberView> {
    return this.setup.updateMember(id, memberId, body, actor);
  }

  @Put(':id/budgets/:financialYear')
  @ApiOkResponse({ description: 'PanelBudgetView (financialYear written YYYY-YY, e.g. 2026-27)' })
  @ApiConflictResponse({ description: 'stale version, or set meanwhile by someone else' })
  setBudget(@Param('id', uuid) id: string, @Param('financialYear') financialYear: string, @Body() body: SetPanelBudgetDto, @CurrentActor() actor: Actor): Promise<PanelBudgetView> {
    return this.setup.setBudget(id, financialYear, body, actor);
  }

  @Post(':id/sittings')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'SittingSummary[]: every sitting of the panel, earliest first' })
  schedule(@Param('id', uuid) id: string, @Body() body: ScheduleSittingsDto, @CurrentActor() actor: Actor): Promise<SittingSummary[]> {
    return this.setup.scheduleSittings(id, body, actor);
  }

  /** What an allocation would take from block and spot, and from the year's budget; writes nothing. */
  @Post(':id/allocation-quote')
  @HttpCode(200)
  @ApiOkResponse({ description: 'AllocationQuoteView' })
  quote(@Param('id', uuid) id: string, @Body() body: AllocationQuoteDto, @CurrentActor() actor: Actor): Promise<AllocationQuoteView> {
    return this.quotes.quote(id, body, actor);
  }

  @Get(':id/report')
  @ApiOkResponse({ description: 'PanelReport for the financial year (notes say how each figure is counted)' })
  report(@Param('id', uuid) id: string, @Query() query: PanelReportQueryDto, @CurrentActor() actor: Actor): Promise<PanelReport> {
    return this.reports.build(id, query.financialYear, actor);
  }

  @Get(':id/report/export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf')
  @ApiOkResponse({ description: 'the report as CSV, XLSX or PDF, as an attachment', schema: { type: 'string', format: 'binary' } })
  async export(@Param('id', uuid) id: string, @Query() query: PanelReportExportDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.reports.export(id, query.financialYear, query.format ?? 'csv', actor);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.content, { type: file.contentType, disposition: `attachment; filename="${file.fileName}"`, length: file.content.length });
  }
}
