import { Actor, PtlReportQueries } from '@camhs/application';
import type { PtlReport, PtlReportQuery } from '@camhs/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { IsCalendarDate } from '../http/domain-validators';

export class PtlReportQueryDto implements PtlReportQuery {
  @ApiProperty({ example: '2019-01-31', description: 'any date, past or present: the report as it stood at the end of that day' })
  @IsCalendarDate()
  asOf!: string;

  @ApiPropertyOptional({ description: 'local authority area (name or code)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  area?: string;

  @ApiPropertyOptional({ description: 'team code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  team?: string;
}

/** The bi-weekly tracking report (spec/ptl-report.md), over the referrals in the caller's scope. */
@ApiTags('reports')
@Controller('reports')
export class PtlReportController {
  constructor(private readonly reports: PtlReportQueries) {}

  @Get('ptl')
  @ApiOkResponse({ description: 'the report JSON of spec/ptl-report.md' })
  ptl(@Query() query: PtlReportQueryDto, @CurrentActor() actor: Actor): Promise<PtlReport> {
    return this.reports.build(query, actor.scope);
  }
}
