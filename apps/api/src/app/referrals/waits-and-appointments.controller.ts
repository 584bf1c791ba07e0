import { Actor, WaitsAndAppointments } from '@camhs/application';
import type { ReferralView } from '@camhs/contracts';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ReferralViewDto } from './referral.dto';
import { AddWaitDto, BookAppointmentDto, EndWaitDto, RecordAppointmentOutcomeDto } from './waits-and-appointments.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** Waits and appointments. Each answers the referral they belong to, as it now is. */
@ApiTags('referrals')
@ApiNotFoundResponse({ description: 'no such record in the caller’s scope' })
@ApiConflictResponse({ description: 'the version is stale, or the recorded state does not allow the change' })
@ApiBadRequestResponse({ description: 'every offending field named in `errors`' })
@Controller()
export class WaitsAndAppointmentsController {
  constructor(private readonly waits: WaitsAndAppointments) {}

  @Post('referrals/:id/waits')
  @HttpCode(201)
  @ApiCreatedResponse({ type: ReferralViewDto })
  addWait(@Param('id', uuid) id: string, @Body() body: AddWaitDto, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.waits.addWait(id, body, actor);
  }

  @Post('waits/:id/start-treatment')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralViewDto })
  startTreatment(@Param('id', uuid) id: string, @Body() body: EndWaitDto, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.waits.startTreatment(id, body, actor);
  }

  @Post('waits/:id/remove')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralViewDto })
  removeWait(@Param('id', uuid) id: string, @Body() body: EndWaitDto, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.waits.removeWait(id, body, actor);
  }

  @Post('referrals/:id/appointments')
  @HttpCode(201)
  @ApiCreatedResponse({ type: ReferralViewDto })
  book(@Param('id', uuid) id: string, @Body() body: BookAppointmentDto, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.waits.bookAppointment(id, body, actor);
  }

  @Post('appointments/:id/outcome')
  @HttpCode(200)
  @ApiOkResponse({ type: ReferralViewDto })
  recordOutcome(@Param('id', uuid) id: string, @Body() body: RecordAppointmentOutcomeDto, @CurrentActor() actor: Actor): Promise<ReferralView> {
    return this.waits.recordOutcome(id, body, actor);
  }
}
