import { Actor, Caseload, DutyList, DutyReviews, DutyTasks } from '@camhs/application';
import type { CaseloadItem, DutyListView, DutyTaskView, RecordDutyReviewResult } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DutyListQueryDto, RecordDutyReviewDto } from './duty-list.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** The daily duty list, its tasks (claim, release, review) and a lead professional's caseload. */
@ApiTags('duty')
@Controller('duty')
export class DutyListController {
  constructor(
    private readonly list: DutyList,
    private readonly tasks: DutyTasks,
    private readonly reviews: DutyReviews,
    private readonly caseload: Caseload,
  ) {}

  @Get('today')
  @ApiOkResponse({ description: 'DutyListView: counts and six sections, each by risk then lateness' })
  @ApiNotFoundResponse({ description: 'no such team in the caller’s scope' })
  @ApiBadRequestResponse({ description: '`team` missing, or `limit` out of range' })
  today(@Query() query: DutyListQueryDto, @CurrentActor() actor: Actor): Promise<DutyListView> {
    return this.list.forTeam(query.team, actor, query.limit);
  }

  @Get('caseload')
  @ApiOkResponse({ description: 'CaseloadItem[]: the caller’s children as lead professional' })
  caseloadOf(@CurrentActor() actor: Actor): Promise<CaseloadItem[]> {
    return this.caseload.forCaller(actor);
  }

  @Post('tasks/:id/claim')
  @HttpCode(200)
  @ApiOkResponse({ description: 'DutyTaskView, claimed by the caller' })
  @ApiNotFoundResponse({ description: 'no such task in the caller’s scope' })
  @ApiConflictResponse({ description: 'someone else holds the task (named), or it is completed' })
  claim(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<DutyTaskView> {
    return this.tasks.claim(id, actor);
  }

  @Post('tasks/:id/release')
  @HttpCode(200)
  @ApiOkResponse({ description: 'DutyTaskView, unclaimed' })
  @ApiNotFoundResponse({ description: 'no such task in the caller’s scope' })
  @ApiConflictResponse({ description: 'someone else holds it and the caller is not a manager, or it is completed' })
  release(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<DutyTaskView> {
    return this.tasks.release(id, actor);
  }

  @Post('tasks/:id/review')
  @HttpCode(201)
  @ApiOkResponse({ description: 'RecordDutyReviewResult: plan.nextReviewOn is the next due date' })
  @ApiNotFoundResponse({ description: 'no such task in the caller’s scope' })
  @ApiConflictResponse({ description: 'stale version, the task held by someone else or completed, or the child no longer waiting' })
  @ApiBadRequestResponse({ description: 'every offending field named: checklist.<item>, outcome.reason, outcome.findings, reviewedOn…' })
  review(@Param('id', uuid) id: string, @Body() body: RecordDutyReviewDto, @CurrentActor() actor: Actor): Promise<RecordDutyReviewResult> {
    return this.reviews.recordForTask(id, body, actor);
  }
}
