import { Actor, PanelDecisions, PanelSittings } from '@camhs/application';
import type { CloseSittingResult, RecordDecisionResult, SittingView } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AddToAgendaDto, RecordAttendanceDto, RecordDecisionDto, RemoveFromAgendaDto, SittingVersionDto } from './panel-sittings.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** A sitting: its agenda (never a case without parental consent), the pre-read pack, attendance, decisions, closing with carry-over. */
@ApiTags('panels')
@ApiNotFoundResponse({ description: 'no such sitting among the caller’s panels' })
@ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
@Controller('panel-sittings')
export class PanelSittingsController {
  constructor(
    private readonly sittings: PanelSittings,
    private readonly decisions: PanelDecisions,
  ) {}

  @Get(':id')
  @ApiOkResponse({ description: 'SittingView' })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<SittingView> {
    return this.sittings.view(id, actor);
  }

  @Post(':id/agenda')
  @HttpCode(200)
  @ApiOkResponse({ description: 'SittingView with the cases added' })
  @ApiConflictResponse({ description: 'stale version, the sitting is closed, or a case is not ready (e.g. no parental consent): the message names it and why' })
  addToAgenda(@Param('id', uuid) id: string, @Body() body: AddToAgendaDto, @CurrentActor() actor: Actor): Promise<SittingView> {
    return this.sittings.addToAgenda(id, body, actor);
  }

  @Post(':id/agenda/remove')
  @HttpCode(200)
  @ApiOkResponse({ description: 'SittingView without the case (back to ready)' })
  @ApiConflictResponse({ description: 'stale version, or the sitting is closed' })
  removeFromAgenda(@Param('id', uuid) id: string, @Body() body: RemoveFromAgendaDto, @CurrentActor() actor: Actor): Promise<SittingView> {
    return this.sittings.removeFromAgenda(id, body, actor);
  }

  @Post(':id/issue')
  @HttpCode(200)
  @ApiOkResponse({ description: 'SittingView; the worker then produces the pre-read pack once' })
  @ApiConflictResponse({ description: 'stale version, already issued, nothing on the agenda, or the sitting is closed' })
  issue(@Param('id', uuid) id: string, @Body() body: SittingVersionDto, @CurrentActor() actor: Actor): Promise<SittingView> {
    return this.sittings.issueAgenda(id, body, actor);
  }

  /** The members' pre-read pack, as stored; named by the sitting's date, never a child. */
  @Get(':id/pack')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the pre-read pack (PDF)', schema: { type: 'string', format: 'binary' } })
  async pack(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.sittings.pack(id, actor);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.content, { type: 'application/pdf', disposition: `attachment; filename="${file.fileName}"`, length: file.content.length });
  }

  @Put(':id/attendance')
  @ApiOkResponse({ description: 'SittingView' })
  @ApiConflictResponse({ description: 'stale version, before the sitting’s day, or the sitting is closed' })
  attendance(@Param('id', uuid) id: string, @Body() body: RecordAttendanceDto, @CurrentActor() actor: Actor): Promise<SittingView> {
    return this.sittings.recordAttendance(id, body, actor);
  }

  /** The panel's decision on one agenda item: allocations (block first, then spot with confirmSpot; over budget with a reason), or not allocated, or deferred; actions. */
  @Post(':id/items/:itemId/decision')
  @HttpCode(201)
  @ApiOkResponse({ description: 'RecordDecisionResult' })
  @ApiConflictResponse({ description: 'stale case version, already decided, before the sitting’s day, or the sitting is closed' })
  decide(@Param('id', uuid) id: string, @Param('itemId', uuid) itemId: string, @Body() body: RecordDecisionDto, @CurrentActor() actor: Actor): Promise<RecordDecisionResult> {
    return this.decisions.record(id, itemId, body, actor);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ description: 'CloseSittingResult: where each unresolved case went' })
  @ApiConflictResponse({ description: 'stale version, before the sitting’s day, or already closed' })
  close(@Param('id', uuid) id: string, @Body() body: SittingVersionDto, @CurrentActor() actor: Actor): Promise<CloseSittingResult> {
    return this.sittings.close(id, body, actor);
  }
}
