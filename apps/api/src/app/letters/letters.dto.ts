import {
  LETTER_KINDS,
  LETTER_RECIPIENTS,
  LETTER_STATUSES,
  type LetterKindName,
  type LetterQueueItem,
  type LetterRecipientName,
  type LetterStatusName,
  type ListLettersQuery,
} from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../http/page-query.dto';

export class ListLettersQueryDto extends PageQueryDto implements ListLettersQuery {
  @ApiPropertyOptional({ enum: LETTER_STATUSES, description: 'only letters with this status (omit for all)' })
  @IsOptional()
  @IsIn(LETTER_STATUSES, { message: `status must be one of: ${LETTER_STATUSES.join(', ')}` })
  status?: LetterStatusName;
}

/** Response shape, documented for OpenAPI; the type is the shared contract. */
export class LetterQueueItemDto implements LetterQueueItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) referralId!: string;
  @ApiProperty({ format: 'uuid' }) childId!: string;
  @ApiProperty() childName!: string;
  @ApiProperty({ description: 'team name' }) team!: string;
  @ApiProperty({ enum: LETTER_KINDS }) kind!: LetterKindName;
  @ApiProperty({ enum: LETTER_RECIPIENTS }) recipient!: LetterRecipientName;
  @ApiProperty({ enum: LETTER_STATUSES }) status!: LetterStatusName;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) generatedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) sentAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'username of whoever marked it sent' }) sentBy!: string | null;
}

export class LetterPageDto {
  @ApiProperty({ type: [LetterQueueItemDto] }) items!: LetterQueueItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
