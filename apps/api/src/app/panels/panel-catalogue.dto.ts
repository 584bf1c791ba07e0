import {
  CreateCatalogueEntryRequest,
  CreateInterventionTypeRequest,
  CreateProviderRequest,
  INTERVENTION_UNITS,
  InterventionUnit,
  UpdateCatalogueEntryRequest,
  UpdateInterventionTypeRequest,
  UpdatePanelSettingsRequest,
  UpdateProviderRequest,
} from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsFinancialYear, NOTE_MAX, OptionalText, Pence, RequiredText, Version, WholeNumber } from './panel-dto-fields';

export class CatalogueQueryDto {
  @ApiPropertyOptional({ example: '2026-27', description: 'the financial year whose use is shown (default: the current one)' })
  @IsOptional()
  @IsFinancialYear()
  financialYear?: string;
}

export class CreateInterventionTypeDto implements CreateInterventionTypeRequest {
  @ApiProperty({ example: 'specialist-counselling', description: 'lower-case words joined by dashes' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'code must be lower-case letters and digits, words joined by dashes (e.g. specialist-counselling)' })
  @MaxLength(60)
  code!: string;

  @RequiredText('the intervention’s name', 200, 'Specialist counselling')
  name!: string;

  @OptionalText('what the intervention is', NOTE_MAX)
  description?: string | null;
}

export class UpdateInterventionTypeDto implements UpdateInterventionTypeRequest {
  @Version('intervention type')
  version!: number;

  @RequiredText('the intervention’s name')
  name!: string;

  @OptionalText('what the intervention is', NOTE_MAX)
  description?: string | null;

  @ApiProperty({ description: 'false: no longer offered (kept for the allocations made)' })
  @IsBoolean({ message: 'active must be true or false' })
  active!: boolean;
}

export class CreateProviderDto implements CreateProviderRequest {
  @RequiredText('the provider’s name', 200, 'Futures in Mind')
  name!: string;
}

export class UpdateProviderDto implements UpdateProviderRequest {
  @Version('provider')
  version!: number;

  @RequiredText('the provider’s name')
  name!: string;

  @ApiProperty()
  @IsBoolean({ message: 'active must be true or false' })
  active!: boolean;
}

class EntryTermsDto {
  @Pence('the price of a block-contracted unit', { min: 1 })
  unitCostPence!: number;

  @Pence('the price of a unit bought beyond the block; null when no spot purchase is offered', { min: 1, optionalNull: true })
  spotPricePence!: number | null;

  @WholeNumber('units block-contracted a financial year (0: spot purchase only)', 0, 1_000_000)
  blockUnitsPerYear!: number;

  @OptionalText('where the figures come from', NOTE_MAX)
  note?: string | null;
}

export class CreateCatalogueEntryDto extends EntryTermsDto implements CreateCatalogueEntryRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'typeId must be the id of an intervention type' })
  typeId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'providerId must be the id of a provider' })
  providerId!: string;

  @ApiProperty({ enum: INTERVENTION_UNITS, description: 'hours, or places counted per week' })
  @IsIn(INTERVENTION_UNITS, { message: `unit must be one of: ${INTERVENTION_UNITS.join(', ')}` })
  unit!: InterventionUnit;
}

export class UpdateCatalogueEntryDto extends EntryTermsDto implements UpdateCatalogueEntryRequest {
  @Version('catalogue entry')
  version!: number;

  @ApiProperty()
  @IsBoolean({ message: 'active must be true or false' })
  active!: boolean;
}

export class UpdatePanelSettingsDto implements UpdatePanelSettingsRequest {
  @Version('settings')
  version!: number;

  @Pence('what schools are paid for an hour of TA support (source: 1126)', { min: 1 })
  hourlyCostPence!: number;

  @WholeNumber('school weeks in a year (source: 38)', 1, 52)
  weeksPerYear!: number;

  @Pence('the part of a child’s support cost schools fund first (source: 600000)')
  schoolsFundFirstPence!: number;

  @ApiProperty({ example: ['03-31', '07-21', '12-19'], description: 'last days of the school terms, MM-DD' })
  @IsArray()
  @ArrayMinSize(1, { message: 'termEnds needs at least one term end' })
  @ArrayMaxSize(12)
  @Matches(/^\d{2}-\d{2}$/, { each: true, message: 'each of termEnds must be written MM-DD, e.g. 07-21' })
  termEnds!: string[];
}
