import {
  ActionRequest,
  AddToAgendaRequest,
  AllocationRequest,
  CloseSittingRequest,
  IssueAgendaRequest,
  PANEL_DECISION_OUTCOMES,
  PanelDecisionOutcome,
  RecordAttendanceRequest,
  RecordDecisionRequest,
  RemoveFromAgendaRequest,
} from '@camhs/contracts';
import { MAX_UNITS_PER_WEEK, MAX_WEEKS } from '@camhs/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../http/domain-validators';
import { NOTE_MAX, OptionalText, RequiredText, Version, WholeNumber } from './panel-dto-fields';

export class AddToAgendaDto implements AddToAgendaRequest {
  @Version('sitting')
  version!: number;

  @ApiProperty({ type: [String], description: 'ready cases of the sitting’s panel, in the order they join the agenda' })
  @IsArray()
  @ArrayMinSize(1, { message: 'caseIds needs at least one case' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each of caseIds must be the id of a case' })
  caseIds!: string[];
}

export class RemoveFromAgendaDto implements RemoveFromAgendaRequest {
  @Version('sitting')
  version!: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'caseId must be the id of a case on this agenda' })
  caseId!: string;
}

export class SittingVersionDto implements IssueAgendaRequest, CloseSittingRequest {
  @Version('sitting')
  version!: number;
}

class AttendanceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'memberId must be the id of a member of the panel' })
  memberId!: string;

  @ApiProperty()
  @IsBoolean({ message: 'present must be true or false' })
  present!: boolean;
}

export class RecordAttendanceDto implements RecordAttendanceRequest {
  @Version('sitting')
  version!: number;

  @ApiProperty({ type: [AttendanceDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  attendance!: AttendanceDto[];
}

export class AllocationDto implements AllocationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'entryId must be the id of a catalogue entry' })
  entryId!: string;

  @WholeNumber('hours (or places) a week', 1, MAX_UNITS_PER_WEEK)
  unitsPerWeek!: number;

  @WholeNumber('how many weeks', 1, MAX_WEEKS)
  weeks!: number;

  @ApiProperty({ example: '2026-12-07', description: 'not before the sitting' })
  @IsCalendarDate()
  startOn!: string;

  @ApiPropertyOptional({ description: 'true to confirm units bought beyond the block at the spot price' })
  @IsOptional()
  @IsBoolean({ message: 'confirmSpot must be true or false' })
  confirmSpot?: boolean;

  @OptionalText('why the panel goes over its budget for the year (required when it does)', NOTE_MAX)
  budgetOverrideReason?: string | null;
}

export class ActionDto implements ActionRequest {
  @RequiredText('what is to be done', NOTE_MAX)
  description!: string;

  @RequiredText('who does it (name and role)', 200)
  owner!: string;

  @ApiProperty({ example: '2026-12-18' })
  @IsCalendarDate()
  dueOn!: string;
}

export class RecordDecisionDto implements RecordDecisionRequest {
  @Version('case')
  version!: number;

  @ApiProperty({ enum: PANEL_DECISION_OUTCOMES })
  @IsIn(PANEL_DECISION_OUTCOMES, { message: `outcome must be one of: ${PANEL_DECISION_OUTCOMES.join(', ')}` })
  outcome!: PanelDecisionOutcome;

  @OptionalText('why the panel decided this (required)', NOTE_MAX)
  reason?: string | null;

  @ApiPropertyOptional({ type: [AllocationDto], description: 'allocated only: at least one' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[];

  @ApiPropertyOptional({ type: [ActionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ActionDto)
  actions?: ActionDto[];
}
