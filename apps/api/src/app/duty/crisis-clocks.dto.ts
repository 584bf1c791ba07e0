import { RecordCrisisClockRequest } from '@camhs/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class RecordCrisisClockDto implements RecordCrisisClockRequest {
  @ApiProperty({ example: '2026-11-22T11:40:00Z', description: 'when the Crisis team made contact / assessed; not in the future nor before the referral' })
  @IsISO8601({ strict: true }, { message: 'at must be a date and time, e.g. 2026-11-22T11:40:00Z' })
  at!: string;
}
