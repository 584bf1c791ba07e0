import { Actor, MeetingAgenda, RiskAssessments } from '@camhs/application';
import type { LeadProfessionalOption, MeetingAgendaItem, RecordRiskAssessmentResult, RiskAssessmentView } from '@camhs/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AllocateLeadProfessionalDto, RecordRiskAssessmentDto } from './risk-assessments.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

/** Risk assessments (the RAG recall), lead professionals and the team meeting agenda. */
@ApiTags('duty')
@ApiNotFoundResponse({ description: 'no such referral (or team) in the caller’s scope' })
@Controller()
export class RiskAssessmentsController {
  constructor(
    private readonly assessments: RiskAssessments,
    private readonly agenda: MeetingAgenda,
  ) {}

  @Post('referrals/:id/risk-assessments')
  @HttpCode(201)
  @ApiConflictResponse({ description: 'the version is stale' })
  @ApiBadRequestResponse({ description: 'every offending field named in `errors` (a missing domain, a present risk without a note, a changed rating without a reason)' })
  record(@Param('id', uuid) id: string, @Body() body: RecordRiskAssessmentDto, @CurrentActor() actor: Actor): Promise<RecordRiskAssessmentResult> {
    return this.assessments.record(id, body, actor);
  }

  @Get('referrals/:id/risk-assessments')
  history(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<RiskAssessmentView[]> {
    return this.assessments.history(id, actor);
  }

  @Post('referrals/:id/lead-professional')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'the version is stale' })
  allocate(@Param('id', uuid) id: string, @Body() body: AllocateLeadProfessionalDto, @CurrentActor() actor: Actor): Promise<{ version: number; leadProfessional: string }> {
    return this.assessments.allocateLeadProfessional(id, body, actor);
  }

  @Get('teams/:team/meeting-agenda')
  meetingAgenda(@Param('team') team: string, @CurrentActor() actor: Actor): Promise<MeetingAgendaItem[]> {
    return this.agenda.forTeam(team, actor);
  }

  @Get('teams/:team/lead-professionals')
  leadProfessionals(@Param('team') team: string, @CurrentActor() actor: Actor): Promise<LeadProfessionalOption[]> {
    return this.agenda.leadProfessionals(team, actor);
  }
}
