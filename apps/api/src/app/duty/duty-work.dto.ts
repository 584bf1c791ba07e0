import {
  DecideSafeguardingRequest,
  INCOMING_CONTACT_KINDS,
  IncomingContactKind,
  LogContactRequest,
  RecordNoResponseRequest,
  RespondToContactRequest,
  SAFEGUARDING_DECISIONS,
  SafeguardingDecisionName,
  ScreenReferralRequest,
} from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../http/domain-validators';
import { RecordDutyReviewDto } from './duty-list.dto';

const NOTE_MAX = 2000;

export class LogContactDto implements LogContactRequest {
  @ApiProperty({ enum: INCOMING_CONTACT_KINDS })
  @IsIn(INCOMING_CONTACT_KINDS, { message: `kind must be one of: ${INCOMING_CONTACT_KINDS.join(', ')}` })
  kind!: IncomingContactKind;

  @ApiPropertyOptional({ example: '2026-11-22T09:15:00Z', description: 'default now; not in the future' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'receivedAt must be a date and time, e.g. 2026-11-22T09:15:00Z' })
  receivedAt?: string | null;

  @ApiProperty({ example: 'mother', maxLength: 200, description: 'who called or wrote' })
  @IsString()
  @Matches(/\S/, { message: 'caller is required: who called or wrote' })
  @MaxLength(200)
  caller!: string;

  @ApiProperty({ maxLength: NOTE_MAX })
  @IsString()
  @Matches(/\S/, { message: 'summary is required: what the call or letter was about' })
  @MaxLength(NOTE_MAX)
  summary!: string;
}

export class RespondToContactDto implements RespondToContactRequest {
  @ApiProperty({ minimum: 1, description: 'the contact’s version as last loaded' })
  @IsInt({ message: 'version must be the contact’s version as last loaded (a whole number)' })
  @Min(1)
  version!: number;

  @ApiProperty({ maxLength: NOTE_MAX, description: 'what was done' })
  @IsString()
  @Matches(/\S/, { message: 'response is required: what was done' })
  @MaxLength(NOTE_MAX)
  response!: string;

  @ApiPropertyOptional({ type: RecordDutyReviewDto, description: 'when the response reviewed the child: the review (re-plans the next one)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordDutyReviewDto)
  review?: RecordDutyReviewDto | null;
}

export class RecordNoResponseDto implements RecordNoResponseRequest {
  @ApiPropertyOptional({ example: '2026-11-22', description: 'the day it was judged there has been no response; default today, not in the future' })
  @IsOptional()
  @IsCalendarDate()
  noticedOn?: string | null;
}

export class DecideSafeguardingDto implements DecideSafeguardingRequest {
  @ApiProperty({ minimum: 1, description: 'the decision’s version as last loaded' })
  @IsInt({ message: 'version must be the decision’s version as last loaded (a whole number)' })
  @Min(1)
  version!: number;

  @ApiProperty({ enum: SAFEGUARDING_DECISIONS })
  @IsIn(SAFEGUARDING_DECISIONS, { message: `decision must be one of: ${SAFEGUARDING_DECISIONS.join(', ')}` })
  decision!: SafeguardingDecisionName;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'required when kept open: the plan' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  plan?: string | null;
}

export class ScreenReferralDto implements ScreenReferralRequest {
  @ApiProperty({ description: 'does the referral need an immediate response?' })
  @IsBoolean({ message: 'immediateResponse must be true or false' })
  immediateResponse!: boolean;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'required when an immediate response is needed' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string | null;

  @ApiPropertyOptional({ example: '2026-11-22', description: 'default today' })
  @IsOptional()
  @IsCalendarDate()
  screenedOn?: string | null;
}
