import { AUDIT_ACTIONS, AUDIT_OUTCOMES, AuditAction, AuditEventView, AuditOutcome, ListAuditQuery, Page } from '@camhs/contracts';
import { ROLES, Role } from '@camhs/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { PageQueryDto } from '../http/page-query.dto';

export class ListAuditQueryDto extends PageQueryDto implements ListAuditQuery {
  @ApiProperty({ format: 'uuid', description: 'the child whose access history is wanted' })
  @IsUUID('all', { message: 'childId must be a UUID (the child’s id)' })
  childId!: string;
}

export class ExportAuditQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'childId must be a UUID (the child’s id)' })
  childId!: string;
}

class AuditEventDto implements AuditEventView {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) userId!: string | null;
  @ApiPropertyOptional({ nullable: true }) username!: string | null;
  @ApiPropertyOptional({ enum: ROLES, nullable: true }) roleUsed!: Role | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: AuditAction;
  @ApiProperty() entityType!: string;
  @ApiPropertyOptional({ nullable: true }) entityId!: string | null;
  @ApiProperty({ type: [String] }) childIds!: string[];
  @ApiPropertyOptional({ nullable: true }) requestId!: string | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome!: AuditOutcome;
  @ApiPropertyOptional({ nullable: true }) operation!: string | null;
}

export class AuditPageDto implements Page<AuditEventView> {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
