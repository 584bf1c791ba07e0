import { Actor, ProgressReferral } from '@camhs/application';
import type { ReferralView } from '@camhs/contracts';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReferralViewDto } from './referral.dto';
import { CompleteAccessDto, CompleteAssessmentDto, DischargeReferralDto } from './referral-pathway.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** Moves along the pathway. Each answers the referral as it now is. */
@ApiTags('referrals')
@ApiNotFoundResponse({ description: 'no such referral in the caller’s scope' })
@ApiConflictResponse({ description: 'the version is stale, or the referral’s stage does not allow the move' })
@ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
@Controller('referrals/:id')
export class ReferralPathwayController {
  constructor(private readonly progress: ProgressReferral) {}

  @Post('access')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralViewDto })
  completeAccess(@Param('id', uuid) id: string, @Body() body: CompleteAccessDto, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.progress.completeAccess(id, body, actor);
  }

  @Post('assessment')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralViewDto })
  completeAssessment(@Param('id', uuid) id: string, @Body() body: CompleteAssessmentDto, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.progress.completeAssessment(id, body, actor);
  }

  @Post('discharge')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralViewDto })
  discharge(@Param('id', uuid) id: string, @Body() body: DischargeReferralDto, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.progress.discharge(id, body, actor);
  }
}
