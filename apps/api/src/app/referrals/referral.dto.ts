import {
  ACCESS_OUTCOMES,
  APPOINTMENT_KINDS,
  APPOINTMENT_STATUSES,
  type AppointmentKindName,
  type AppointmentStatusName,
  type AppointmentView,
  ASSESSMENT_OUTCOMES,
  CLOCKS,
  CLOCK_STATES,
  type ClockFlagView,
  type ClockName,
  type ClockState,
  RAG_RATINGS,
  type RagRatingName,
  REFERRAL_STAGES,
  REFERRER_TYPES,
  type AccessOutcomeName,
  type AssessmentOutcomeName,
  type ReferralStageName,
  type WaitView,
  URGENCIES,
  type ListReferralsQuery,
  type ReferralView,
  type ReferralTimelineView,
  TIMELINE_ENTRY_KINDS,
  type TimelineEntry,
  type TimelineEntryKind,
  type RegisterReferralRequest,
  type ReferrerType,
  type Urgency,
} from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate, IsNhsNumber } from '../http/domain-validators';
import { PageQueryDto } from '../http/page-query.dto';

export class RegisterReferralDto implements RegisterReferralRequest {
  @ApiProperty({ example: 'Amara' })
  @IsString()
  @IsNotEmpty({ message: 'givenName is required' })
  @MaxLength(100)
  givenName!: string;

  @ApiProperty({ example: 'Okafor' })
  @IsString()
  @IsNotEmpty({ message: 'familyName is required' })
  @MaxLength(100)
  familyName!: string;

  @ApiProperty({ example: '2012-05-17', description: 'YYYY-MM-DD; not in the future, not after receivedOn' })
  @IsCalendarDate()
  dateOfBirth!: string;

  @ApiPropertyOptional({ example: '943 476 5919', nullable: true, description: '10 digits, spaces allowed, Modulus 11 check' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null && v !== '')
  @IsNhsNumber()
  nhsNumber?: string | null;

  @ApiProperty({ example: 'rutland', description: 'area code (GET /api/reference-data)' })
  @IsString()
  @IsNotEmpty({ message: 'area is required' })
  area!: string;

  @ApiProperty({ example: 'generic-outpatient', description: 'team code (GET /api/reference-data)' })
  @IsString()
  @IsNotEmpty({ message: 'team is required' })
  team!: string;

  @ApiProperty({ enum: REFERRER_TYPES })
  @IsIn(REFERRER_TYPES, { message: `referrerType must be one of: ${REFERRER_TYPES.join(', ')}` })
  referrerType!: ReferrerType;

  @ApiProperty({ enum: URGENCIES })
  @IsIn(URGENCIES, { message: `urgency must be one of: ${URGENCIES.join(', ')}` })
  urgency!: Urgency;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD; not in the future' })
  @IsCalendarDate()
  receivedOn!: string;
}

export class ListReferralsQueryDto extends PageQueryDto implements ListReferralsQuery {
  @ApiPropertyOptional({ description: 'area code' })
  @IsOptional()
  @IsString()
  area?: string;

  @ApiPropertyOptional({ description: 'team code' })
  @IsOptional()
  @IsString()
  team?: string;

  @ApiPropertyOptional({ enum: URGENCIES })
  @IsOptional()
  @IsIn(URGENCIES, { message: `urgency must be one of: ${URGENCIES.join(', ')}` })
  urgency?: Urgency;
}

/** Response shape, documented for OpenAPI; the type is the shared contract. */
class WaitViewDto implements WaitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() list!: string;
  @ApiProperty({ format: 'date' }) addedOn!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startedOn!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) removedOn!: string | null;
  @ApiProperty() version!: number;
}

class AppointmentViewDto implements AppointmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) waitId!: string | null;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: APPOINTMENT_KINDS }) kind!: AppointmentKindName;
  @ApiProperty({ enum: APPOINTMENT_STATUSES }) status!: AppointmentStatusName;
  @ApiProperty() version!: number;
}

class ClockFlagViewDto implements ClockFlagView {
  @ApiProperty({ enum: CLOCKS }) clock!: ClockName;
  @ApiProperty({ enum: CLOCK_STATES }) state!: ClockState;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) waitId!: string | null;
  @ApiProperty({ format: 'date' }) targetOn!: string;
  @ApiProperty({ format: 'date-time' }) flaggedAt!: string;
}

export class ReferralViewDto implements ReferralView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ format: 'date' }) dateOfBirth!: string;
  @ApiProperty({ nullable: true, type: String }) nhsNumber!: string | null;
  @ApiProperty() area!: string;
  @ApiProperty() team!: string;
  @ApiProperty({ enum: REFERRER_TYPES }) referrerType!: ReferrerType;
  @ApiProperty({ enum: URGENCIES }) urgency!: Urgency;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ format: 'date', description: 'received + 28 days (urgent) / 91 days (routine)' }) accessDeadline!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acknowledgedAt!: string | null;
  @ApiProperty({ enum: REFERRAL_STAGES }) stage!: ReferralStageName;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) accessCompletedOn!: string | null;
  @ApiProperty({ nullable: true, enum: ACCESS_OUTCOMES }) accessOutcome!: AccessOutcomeName | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) assessmentCompletedOn!: string | null;
  @ApiProperty({ nullable: true, enum: ASSESSMENT_OUTCOMES }) assessmentOutcome!: AssessmentOutcomeName | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) dischargedOn!: string | null;
  @ApiProperty({ type: [WaitViewDto] }) waits!: WaitViewDto[];
  @ApiProperty({ type: [AppointmentViewDto] }) appointments!: AppointmentViewDto[];
  @ApiProperty({ type: [ClockFlagViewDto], description: 'clock flags in force' }) flags!: ClockFlagViewDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, enum: RAG_RATINGS }) rag!: RagRatingName | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) ragSetOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) leadProfessional!: string | null;
}

export class ReferralPageDto {
  @ApiProperty({ type: [ReferralViewDto] }) items!: ReferralViewDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

class TimelineEntryDto implements TimelineEntry {
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty({ enum: TIMELINE_ENTRY_KINDS }) kind!: TimelineEntryKind;
  @ApiProperty({ example: 'Added to the ADOS waiting list' }) text!: string;
}

export class ReferralTimelineViewDto implements ReferralTimelineView {
  @ApiProperty({ format: 'uuid' }) referralId!: string;
  @ApiProperty({ description: 'the referral’s version the timeline was read at' }) version!: number;
  @ApiProperty({ type: [TimelineEntryDto], description: 'oldest first; events of one day in pathway order' }) entries!: TimelineEntryDto[];
}
