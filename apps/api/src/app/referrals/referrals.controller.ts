import { Actor, IDEMPOTENCY_KEY_HEADER, ReferralQueries, ReferralTimeline, RegisterReferral } from '@camhs/application';
import type { Page, ReferralTimelineView, ReferralView } from '@camhs/contracts';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ListReferralsQueryDto, ReferralPageDto, ReferralTimelineViewDto, ReferralViewDto, RegisterReferralDto } from './referral.dto';

@ApiTags('referrals')
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly register: RegisterReferral,
    private readonly queries: ReferralQueries,
    private readonly timeline: ReferralTimeline,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: ReferralViewDto })
  @ApiBadRequestResponse({ description: 'every offending field named in `errors` (the header as `Idempotency-Key`)' })
  @ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: false,
    description: 'a key of your choosing (e.g. a UUID), new for each referral: the same registration sent again with it answers with the referral already made instead of making another',
  })
  create(@Body() body: RegisterReferralDto, @CurrentActor() actor: Actor, @Headers('idempotency-key') idempotencyKey?: string): Promise<ReferralView> {
    return this.register.execute(body, actor, idempotencyKey);
  }

  @Get()
  @ApiOkResponse({ type: ReferralPageDto })
  list(@Query() query: ListReferralsQueryDto, @CurrentActor() actor: Actor): Promise<Page<ReferralView>> {
    return this.queries.list(query, actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: ReferralViewDto })
  @ApiNotFoundResponse({ description: 'no such referral in the caller’s scope' })
  get(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.queries.get(id, actor);
  }

  @Get(':id/timeline')
  @ApiOkResponse({ type: ReferralTimelineViewDto, description: 'everything that happened to the referral, oldest first' })
  @ApiNotFoundResponse({ description: 'no such referral in the caller’s scope' })
  getTimeline(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string, @CurrentActor() actor: Actor): Promise<ReferralTimelineView> {
    return this.timeline.get(id, actor);
  }
}
