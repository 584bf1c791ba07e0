import {
  ACCESS_OUTCOMES,
  ASSESSMENT_OUTCOMES,
  AccessOutcomeName,
  AssessmentOutcomeName,
  CompleteAccessRequest,
  CompleteAssessmentRequest,
  DischargeReferralRequest,
} from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../http/domain-validators';

const NOTE_MAX = 500;

/** The version the caller last saw; a stale one is refused with 409. */
class VersionedDto {
  @ApiProperty({ minimum: 1, description: 'the referral’s version as last loaded' })
  @IsInt({ message: 'version must be the referral’s version as last loaded (a whole number)' })
  @Min(1)
  version!: number;
}

export class CompleteAccessDto extends VersionedDto implements CompleteAccessRequest {
  @ApiProperty({ example: '2026-11-20', description: 'date of the first contact; not before receipt' })
  @IsCalendarDate()
  completedOn!: string;

  @ApiProperty({ enum: ACCESS_OUTCOMES })
  @IsIn(ACCESS_OUTCOMES, { message: `outcome must be one of: ${ACCESS_OUTCOMES.join(', ')}` })
  outcome!: AccessOutcomeName;

  @ApiPropertyOptional({ description: 'required when redirected: the agency', maxLength: NOTE_MAX })
  @ValidateIf((o: CompleteAccessDto) => o.outcome === 'redirected')
  @IsString()
  @IsNotEmpty({ message: 'destination is required when the referral is redirected' })
  @MaxLength(NOTE_MAX)
  destination?: string;

  @ApiPropertyOptional({ description: 'required when returned: why', maxLength: NOTE_MAX })
  @ValidateIf((o: CompleteAccessDto) => o.outcome === 'returned')
  @IsString()
  @IsNotEmpty({ message: 'reason is required when the referral is returned' })
  @MaxLength(NOTE_MAX)
  reason?: string;
}

export class CompleteAssessmentDto extends VersionedDto implements CompleteAssessmentRequest {
  @ApiProperty({ example: '2026-11-20', description: 'not before access was completed' })
  @IsCalendarDate()
  completedOn!: string;

  @ApiProperty({ enum: ASSESSMENT_OUTCOMES })
  @IsIn(ASSESSMENT_OUTCOMES, { message: `outcome must be one of: ${ASSESSMENT_OUTCOMES.join(', ')}` })
  outcome!: AssessmentOutcomeName;

  @ApiPropertyOptional({ type: [String], description: 'required when accepted: waiting list names (see GET /api/reference-data)' })
  @ValidateIf((o: CompleteAssessmentDto) => o.outcome === 'accepted')
  @IsArray({ message: 'lists must name the waiting lists the child goes onto' })
  @ArrayMinSize(1, { message: 'lists must name at least one waiting list' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  lists?: string[];

  @ApiPropertyOptional({ description: 'required when discharged', maxLength: NOTE_MAX })
  @ValidateIf((o: CompleteAssessmentDto) => o.outcome === 'discharged')
  @IsString()
  @IsNotEmpty({ message: 'reason is required when the child is discharged at assessment' })
  @MaxLength(NOTE_MAX)
  reason?: string;
}

export class DischargeReferralDto extends VersionedDto implements DischargeReferralRequest {
  @ApiProperty({ example: '2026-11-20' })
  @IsCalendarDate()
  dischargedOn!: string;

  @ApiProperty({ maxLength: NOTE_MAX })
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(NOTE_MAX)
  reason!: string;
}
