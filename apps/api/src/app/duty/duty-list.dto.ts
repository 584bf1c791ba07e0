import {
  DUTY_CONTACT_TYPES,
  DutyContactType,
  DutyEscalationRequest,
  DutyReviewOutcome,
  ESCALATION_ACTIONS,
  EscalationAction,
  RAG_RATINGS,
  RagRatingName,
  RecordDutyReviewRequest,
  ReviewChecklistAnswer,
} from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsDefined,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../http/domain-validators';
import { RiskFindingDto } from './risk-assessments.dto';

const NOTE_MAX = 2000;

export class DutyListQueryDto {
  @ApiProperty({ example: 'generic-outpatient', description: 'team code: one of the caller’s teams (for a manager, also a team in their areas)' })
  @IsString()
  @Matches(/\S/, { message: 'team is required: the code of one of your teams' })
  @MaxLength(100)
  team!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 200, description: 'the most rows listed per section (the counts are totals)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class ReviewChecklistAnswerDto implements ReviewChecklistAnswer {
  @ApiProperty({ example: 'guided-self-help-given', description: 'an item id of the rating’s checklist (REVIEW_CHECKLIST)' })
  @IsString()
  @MaxLength(100)
  item!: string;

  @ApiProperty()
  @IsBoolean({ message: 'done must be true or false' })
  done!: boolean;
}

export class DutyReviewOutcomeDto implements DutyReviewOutcome {
  @ApiProperty({ enum: RAG_RATINGS, description: 'the rating after the review: the same one to keep it' })
  @IsIn(RAG_RATINGS, { message: `rating must be one of: ${RAG_RATINGS.join(', ')}` })
  rating!: RagRatingName;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'required when the rating changes' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  reason?: string | null;

  @ApiPropertyOptional({ type: [RiskFindingDto], description: 'all six risk domains; required when the rating changes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RiskFindingDto)
  findings?: RiskFindingDto[] | null;

  @ApiPropertyOptional({ minimum: 7, maximum: 31, description: 'RED only: days between reviews' })
  @IsOptional()
  @IsInt({ message: 'redIntervalDays must be a whole number of days' })
  redIntervalDays?: number | null;
}

export class DutyEscalationDto implements DutyEscalationRequest {
  @ApiProperty({ enum: ESCALATION_ACTIONS, isArray: true, description: 'face-to-face duty appointment offered and/or a Crisis referral' })
  @IsArray()
  @ArrayMaxSize(ESCALATION_ACTIONS.length)
  @IsIn(ESCALATION_ACTIONS, { each: true, message: `each action must be one of: ${ESCALATION_ACTIONS.join(', ')}` })
  actions!: EscalationAction[];

  @ApiPropertyOptional({ example: '2026-11-22T09:15:00Z', description: 'when; default now, not in the future' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'at must be a date and time, e.g. 2026-11-22T09:15:00Z' })
  at?: string | null;
}

export class RecordDutyReviewDto implements RecordDutyReviewRequest {
  @ApiProperty({ minimum: 1, description: 'the referral’s version as last loaded (referralVersion on the list row)' })
  @IsInt({ message: 'version must be the referral’s version as last loaded (a whole number)' })
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: '2026-11-22', description: 'default today' })
  @IsOptional()
  @IsCalendarDate()
  reviewedOn?: string | null;

  @ApiProperty({ enum: DUTY_CONTACT_TYPES })
  @IsIn(DUTY_CONTACT_TYPES, { message: `contactType must be one of: ${DUTY_CONTACT_TYPES.join(', ')}` })
  contactType!: DutyContactType;

  @ApiProperty({ type: [ReviewChecklistAnswerDto], description: 'every item of the checklist for the child’s rating, answered once' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReviewChecklistAnswerDto)
  checklist!: ReviewChecklistAnswerDto[];

  @ApiProperty({ type: DutyReviewOutcomeDto })
  @ValidateNested()
  @Type(() => DutyReviewOutcomeDto)
  @IsDefined({ message: 'outcome is required: the rating after the review' })
  outcome!: DutyReviewOutcomeDto;

  @ApiPropertyOptional({ type: DutyEscalationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DutyEscalationDto)
  escalation?: DutyEscalationDto | null;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;
}
