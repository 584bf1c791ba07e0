import {
  AddPanelMemberRequest,
  AllocationQuoteRequest,
  CreatePanelRequest,
  PANEL_CADENCES,
  PANEL_REPORT_FORMATS,
  PanelCadence,
  PanelReportFormat,
  ScheduleSittingsRequest,
  SetPanelBudgetRequest,
  UpdatePanelMemberRequest,
  UpdatePanelRequest,
} from '@camhs/contracts';
import { MAX_SITTINGS_AT_ONCE, MAX_UNITS_PER_WEEK, MAX_WEEKS } from '@camhs/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Min, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../http/domain-validators';
import { IsFinancialYear, Pence, RequiredText, Version, WholeNumber } from './panel-dto-fields';

export class CreatePanelDto implements CreatePanelRequest {
  @RequiredText('the code of one of your teams of the council’s service', 100, 'inclusion-panel')
  team!: string;

  @RequiredText('the panel’s name', 200, 'Primary Phase Panel')
  name!: string;

  @ApiProperty({ enum: PANEL_CADENCES })
  @IsIn(PANEL_CADENCES, { message: `cadence must be one of: ${PANEL_CADENCES.join(', ')}` })
  cadence!: PanelCadence;
}

export class UpdatePanelDto implements UpdatePanelRequest {
  @Version('panel')
  version!: number;

  @RequiredText('the panel’s name')
  name!: string;

  @ApiProperty({ enum: PANEL_CADENCES })
  @IsIn(PANEL_CADENCES, { message: `cadence must be one of: ${PANEL_CADENCES.join(', ')}` })
  cadence!: PanelCadence;

  @ApiProperty()
  @IsBoolean({ message: 'active must be true or false' })
  active!: boolean;
}

export class AddPanelMemberDto implements AddPanelMemberRequest {
  @RequiredText('the member’s name', 200)
  name!: string;

  @RequiredText('the member’s agency or role, e.g. Educational Psychology', 200)
  agency!: string;
}

export class UpdatePanelMemberDto extends AddPanelMemberDto implements UpdatePanelMemberRequest {
  @Version('member')
  version!: number;

  @ApiProperty()
  @IsBoolean({ message: 'active must be true or false' })
  active!: boolean;
}

export class SetPanelBudgetDto implements SetPanelBudgetRequest {
  @ApiProperty({ nullable: true, minimum: 1, description: 'null to set the year’s budget the first time; then the budget’s version' })
  @ValidateIf((o: SetPanelBudgetDto) => o.version !== null)
  @IsInt({ message: 'version must be null (first time) or the budget’s version as last loaded' })
  @Min(1)
  version!: number | null;

  @Pence('the budget for the financial year')
  amountPence!: number;
}

export class ScheduleSittingsDto implements ScheduleSittingsRequest {
  @ApiProperty({ example: '2026-12-03' })
  @IsCalendarDate()
  firstOn!: string;

  @WholeNumber('how many sittings to schedule at the panel’s cadence', 1, MAX_SITTINGS_AT_ONCE)
  count!: number;
}

export class AllocationQuoteDto implements AllocationQuoteRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'entryId must be the id of a catalogue entry' })
  entryId!: string;

  @WholeNumber('hours (or places) a week', 1, MAX_UNITS_PER_WEEK)
  unitsPerWeek!: number;

  @WholeNumber('how many weeks', 1, MAX_WEEKS)
  weeks!: number;

  @ApiProperty({ example: '2026-12-07' })
  @IsCalendarDate()
  startOn!: string;
}

export class PanelReportQueryDto {
  @ApiPropertyOptional({ example: '2026-27', description: 'default: the current financial year' })
  @IsOptional()
  @IsFinancialYear()
  financialYear?: string;
}

export class PanelReportExportDto extends PanelReportQueryDto {
  @ApiPropertyOptional({ enum: PANEL_REPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(PANEL_REPORT_FORMATS, { message: `format must be one of ${PANEL_REPORT_FORMATS.join(', ')}` })
  format?: PanelReportFormat;
}
