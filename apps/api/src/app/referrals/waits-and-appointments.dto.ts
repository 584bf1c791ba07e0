import {
  APPOINTMENT_KINDS,
  AddWaitRequest,
  AppointmentKindName,
  BookAppointmentRequest,
  EndWaitRequest,
  RecordAppointmentOutcomeRequest,
} from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../http/domain-validators';

const OUTCOMES = ['attended', 'dna', 'cancelled'] as const;

export class AddWaitDto implements AddWaitRequest {
  @ApiProperty({ minimum: 1, description: 'the referral’s version as last loaded' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: 'Neurodevelopmental', description: 'a waiting list name (GET /api/reference-data)' })
  @IsString()
  @IsNotEmpty({ message: 'list is required' })
  @MaxLength(100)
  list!: string;

  @ApiProperty({ example: '2026-11-20' })
  @IsCalendarDate()
  addedOn!: string;
}

export class EndWaitDto implements EndWaitRequest {
  @ApiProperty({ minimum: 1, description: 'the wait’s version as last loaded' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: '2026-11-20', description: 'the day the wait ends; not before it began' })
  @IsCalendarDate()
  on!: string;
}

export class BookAppointmentDto implements BookAppointmentRequest {
  @ApiProperty({ example: '2026-12-03' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ enum: APPOINTMENT_KINDS })
  @IsIn(APPOINTMENT_KINDS, { message: `kind must be one of: ${APPOINTMENT_KINDS.join(', ')}` })
  kind!: AppointmentKindName;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'waitId must be the id of one of the referral’s waits' })
  waitId?: string | null;
}

export class RecordAppointmentOutcomeDto implements RecordAppointmentOutcomeRequest {
  @ApiProperty({ minimum: 1, description: 'the appointment’s version as last loaded' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES, { message: `status must be one of: ${OUTCOMES.join(', ')}` })
  status!: (typeof OUTCOMES)[number];
}
