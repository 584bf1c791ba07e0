import {
  ESCALATION_RISK_LEVELS,
  EscalationRisk,
  OpenPanelCaseRequest,
  PANEL_CASE_STATES,
  PanelCaseState,
  PanelChildDetails,
  RecordConsentRequest,
  RecordEscalationRiskRequest,
  WithdrawPanelCaseRequest,
} from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsNumber, IsObject, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsNhsNumber } from '../http/domain-validators';
import { NOTE_MAX, OptionalText, RequiredText, Version } from './panel-dto-fields';

export class PanelCaseBoardQueryDto {
  @ApiProperty({ format: 'uuid', description: 'one of the caller’s panels' })
  @IsUUID('all', { message: 'panelId must be the id of one of your panels' })
  panelId!: string;

  @ApiPropertyOptional({ enum: PANEL_CASE_STATES, description: 'only the cases in this state' })
  @IsOptional()
  @IsIn(PANEL_CASE_STATES, { message: `state must be one of: ${PANEL_CASE_STATES.join(', ')}` })
  state?: PanelCaseState;
}

export class PanelChildDto implements PanelChildDetails {
  @RequiredText('the child’s given name', 100)
  givenName!: string;

  @RequiredText('the child’s family name', 100)
  familyName!: string;

  @ApiProperty({ example: '2016-05-14' })
  @IsCalendarDate()
  dateOfBirth!: string;

  @ApiPropertyOptional({ nullable: true, example: '943 476 5919', description: 'matches a child already known only with the same name and date of birth' })
  @IsOptional()
  @IsNhsNumber()
  nhsNumber?: string | null;
}

class BroughtByDto {
  @RequiredText('who brings the case', 200)
  name!: string;

  @RequiredText('their role, e.g. SENCo, Oakham Primary', 200)
  role!: string;
}

export class OpenPanelCaseDto implements OpenPanelCaseRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'panelId must be the id of one of your panels' })
  panelId!: string;

  @ApiProperty({ type: PanelChildDto })
  @IsDefined({ message: 'child is required: the child’s name and date of birth' })
  @IsObject()
  @ValidateNested()
  @Type(() => PanelChildDto)
  child!: PanelChildDto;

  @RequiredText('the child’s school or setting', 200)
  school!: string;

  @OptionalText('the child’s year group, e.g. Year 4', 50)
  yearGroup?: string | null;

  @ApiProperty({ type: BroughtByDto })
  @IsDefined({ message: 'broughtBy is required: who brings the case and their role' })
  @IsObject()
  @ValidateNested()
  @Type(() => BroughtByDto)
  broughtBy!: BroughtByDto;

  @RequiredText('the need, in the school’s words', NOTE_MAX)
  need!: string;
}

export class RecordConsentDto implements RecordConsentRequest {
  @Version('case')
  version!: number;

  @RequiredText('who gave consent', 200)
  givenBy!: string;

  @RequiredText('their relationship to the child, e.g. mother', 100)
  relationship!: string;

  @ApiProperty({ example: '2026-11-02' })
  @IsCalendarDate()
  givenOn!: string;

  @RequiredText('what the consent covers, e.g. sharing with panel members and referral to providers', NOTE_MAX)
  scope!: string;
}

export class RecordEscalationRiskDto implements RecordEscalationRiskRequest {
  @Version('case')
  version!: number;

  @ApiProperty({ enum: ESCALATION_RISK_LEVELS })
  @IsIn(ESCALATION_RISK_LEVELS, { message: `level must be one of: ${ESCALATION_RISK_LEVELS.join(', ')}` })
  level!: EscalationRisk;

  @RequiredText('why: what makes the risk of escalating to a statutory assessment this level', NOTE_MAX)
  note!: string;

  @ApiPropertyOptional({ nullable: true, example: 32.5, description: 'support hours a week likely with a plan (for the cost-avoided estimate)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'predictedHoursPerWeek must be a number of hours with at most two decimal places' })
  @Min(0.01)
  @Max(60)
  predictedHoursPerWeek?: number | null;
}

export class WithdrawPanelCaseDto implements WithdrawPanelCaseRequest {
  @Version('case')
  version!: number;

  @RequiredText('why the case is withdrawn', NOTE_MAX)
  reason!: string;
}
