import { CompleteActionRequest, OUTCOME_CATEGORIES, OutcomeCategory, RecordOutcomeRequest } from '@camhs/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../http/domain-validators';
import { NOTE_MAX, OptionalText, RequiredText, Version } from './panel-dto-fields';

const OUTCOME_IDS = OUTCOME_CATEGORIES.map((o) => o.id);

export class PanelListQueryDto {
  @ApiProperty({ format: 'uuid', description: 'one of the caller’s panels' })
  @IsUUID('all', { message: 'panelId must be the id of one of your panels' })
  panelId!: string;
}

export class PanelActionsQueryDto extends PanelListQueryDto {
  @ApiPropertyOptional({ default: true, description: 'false to list done actions too' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;
}

export class RecordOutcomeDto implements RecordOutcomeRequest {
  @Version('outcome review')
  version!: number;

  @ApiProperty({ enum: OUTCOME_IDS })
  @IsIn(OUTCOME_IDS, { message: `outcome must be one of: ${OUTCOME_IDS.join(', ')}` })
  outcome!: OutcomeCategory;

  @RequiredText('what the review found', NOTE_MAX)
  note!: string;

  @ApiProperty({ example: '2026-12-18' })
  @IsCalendarDate()
  reviewedOn!: string;
}

export class CompleteActionDto implements CompleteActionRequest {
  @Version('action')
  version!: number;

  @OptionalText('what was done', NOTE_MAX)
  note?: string | null;
}
