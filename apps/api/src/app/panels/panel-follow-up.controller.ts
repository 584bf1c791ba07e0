import { Actor, OutcomeReviews, PanelActions } from '@camhs/application';
import type { OutcomeReviewView, PanelActionView, RecordOutcomeResult } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CompleteActionDto, PanelActionsQueryDto, PanelListQueryDto, RecordOutcomeDto } from './panel-follow-up.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** After the sitting: termly outcome reviews (opened by the worker when due) and the actions agreed. */
@ApiTags('panels')
@ApiNotFoundResponse({ description: 'no such review, action or panel among the caller’s' })
@ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
@Controller()
export class PanelFollowUpController {
  constructor(
    private readonly reviews: OutcomeReviews,
    private readonly actions: PanelActions,
  ) {}

  @Get('panel-reviews')
  @ApiOkResponse({ description: 'OutcomeReviewView[]: open reviews (due within two weeks, or overdue), earliest first' })
  listReviews(@Query() query: PanelListQueryDto, @CurrentActor() actor: Actor): Promise<OutcomeReviewView[]> {
    return this.reviews.list(query.panelId, actor);
  }

  @Post('panel-reviews/:id/outcome')
  @HttpCode(200)
  @ApiOkResponse({ description: 'RecordOutcomeResult: the next review (continuing to improve) or none' })
  @ApiConflictResponse({ description: 'stale version, or already recorded' })
  recordOutcome(@Param('id', uuid) id: string, @Body() body: RecordOutcomeDto, @CurrentActor() actor: Actor): Promise<RecordOutcomeResult> {
    return this.reviews.record(id, body, actor);
  }

  @Get('panel-actions')
  @ApiOkResponse({ description: 'PanelActionView[] by due date (open ones unless open=false)' })
  listActions(@Query() query: PanelActionsQueryDto, @CurrentActor() actor: Actor): Promise<PanelActionView[]> {
    return this.actions.list(query.panelId, query.open ?? true, actor);
  }

  @Post('panel-actions/:id/done')
  @HttpCode(200)
  @ApiOkResponse({ description: 'PanelActionView, done' })
  @ApiConflictResponse({ description: 'stale version, or already done' })
  done(@Param('id', uuid) id: string, @Body() body: CompleteActionDto, @CurrentActor() actor: Actor): Promise<PanelActionView> {
    return this.actions.complete(id, body, actor);
  }
}
