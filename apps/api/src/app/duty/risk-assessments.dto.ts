import { AllocateLeadProfessionalRequest, RAG_RATINGS, RISK_DOMAINS, RagRatingName, RecordRiskAssessmentRequest, RiskDomainId, RiskFinding } from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../http/domain-validators';

const NOTE_MAX = 2000;
const DOMAIN_IDS = RISK_DOMAINS.map((d) => d.id);

export class RiskFindingDto implements RiskFinding {
  @ApiProperty({ enum: DOMAIN_IDS })
  @IsIn(DOMAIN_IDS, { message: `domain must be one of: ${DOMAIN_IDS.join(', ')}` })
  domain!: RiskDomainId;

  @ApiProperty()
  @IsBoolean({ message: 'present must be true or false' })
  present!: boolean;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'required when the risk is present' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}

export class RecordRiskAssessmentDto implements RecordRiskAssessmentRequest {
  @ApiProperty({ minimum: 1, description: 'the referral’s version as last loaded' })
  @IsInt({ message: 'version must be the referral’s version as last loaded (a whole number)' })
  @Min(1)
  version!: number;

  @ApiProperty({ example: '2026-11-20' })
  @IsCalendarDate()
  assessedOn!: string;

  @ApiProperty({ type: [RiskFindingDto], description: 'all six risk domains, once each' })
  @IsArray()
  @ArrayMinSize(RISK_DOMAINS.length, { message: `findings must cover all ${RISK_DOMAINS.length} risk domains` })
  @ArrayMaxSize(RISK_DOMAINS.length, { message: `findings must cover each of the ${RISK_DOMAINS.length} risk domains once` })
  @ValidateNested({ each: true })
  @Type(() => RiskFindingDto)
  findings!: RiskFindingDto[];

  @ApiProperty({ enum: RAG_RATINGS })
  @IsIn(RAG_RATINGS, { message: `rating must be one of: ${RAG_RATINGS.join(', ')}` })
  rating!: RagRatingName;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'required when the rating changes' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  reason?: string | null;

  @ApiPropertyOptional({ minimum: 7, maximum: 31, description: 'RED only: days between reviews (14 when not given)' })
  @IsOptional()
  @IsInt({ message: 'redIntervalDays must be a whole number of days' })
  @Min(7, { message: 'redIntervalDays must be between 7 and 31 (weekly to monthly)' })
  @Max(31, { message: 'redIntervalDays must be between 7 and 31 (weekly to monthly)' })
  redIntervalDays?: number | null;
}

export class AllocateLeadProfessionalDto implements AllocateLeadProfessionalRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt({ message: 'version must be the referral’s version as last loaded (a whole number)' })
  @Min(1)
  version!: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'userId must be the id of a lead professional in the referral’s team' })
  userId!: string;
}
