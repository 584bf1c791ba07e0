import { Actor, DutyContacts, ReferralScreenings, SafeguardingDecisions } from '@camhs/application';
import type { DutyContactView, ReferralScreeningView, RespondToContactResult, SafeguardingDecisionView } from '@camhs/contracts';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DecideSafeguardingDto, LogContactDto, RecordNoResponseDto, RespondToContactDto, ScreenReferralDto } from './duty-work.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** What the duty list asks for besides reviews: calls and letters, safeguarding decisions after a DNA, screening new referrals. */
@ApiTags('duty')
@ApiNotFoundResponse({ description: 'no such record in the caller’s scope' })
@ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
@Controller()
export class DutyWorkController {
  constructor(
    private readonly contacts: DutyContacts,
    private readonly decisions: SafeguardingDecisions,
    private readonly screenings: ReferralScreenings,
  ) {}

  @Post('referrals/:id/contacts')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'DutyContactView: on the duty list (callsAndLetters) until responded to' })
  logContact(@Param('id', uuid) id: string, @Body() body: LogContactDto, @CurrentActor() actor: Actor): Promise<DutyContactView> {
    return this.contacts.log(id, body, actor);
  }

  @Post('duty/contacts/:id/respond')
  @HttpCode(200)
  @ApiOkResponse({ description: 'RespondToContactResult (with the review when one was recorded)' })
  @ApiConflictResponse({ description: 'stale version, already responded, or the task held by someone else' })
  respond(@Param('id', uuid) id: string, @Body() body: RespondToContactDto, @CurrentActor() actor: Actor): Promise<RespondToContactResult> {
    return this.contacts.respond(id, body, actor);
  }

  @Post('referrals/:id/no-response')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'SafeguardingDecisionView: a decision for the lead professional (RED) or Duty, on the duty list; discharge waits for it' })
  @ApiConflictResponse({ description: 'the referral is closed, or a no-response decision is already outstanding' })
  recordNoResponse(@Param('id', uuid) id: string, @Body() body: RecordNoResponseDto, @CurrentActor() actor: Actor): Promise<SafeguardingDecisionView> {
    return this.decisions.recordNoResponse(id, body, actor);
  }

  @Post('duty/safeguarding/:id/decide')
  @HttpCode(200)
  @ApiOkResponse({ description: 'SafeguardingDecisionView, decided' })
  @ApiConflictResponse({ description: 'stale version, already decided, or the decision is the lead professional’s' })
  decide(@Param('id', uuid) id: string, @Body() body: DecideSafeguardingDto, @CurrentActor() actor: Actor): Promise<SafeguardingDecisionView> {
    return this.decisions.decide(id, body, actor);
  }

  @Post('referrals/:id/screening')
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'ReferralScreeningView' })
  @ApiConflictResponse({ description: 'already screened, or the referral is closed' })
  screen(@Param('id', uuid) id: string, @Body() body: ScreenReferralDto, @CurrentActor() actor: Actor): Promise<ReferralScreeningView> {
    return this.screenings.screen(id, body, actor);
  }
}
