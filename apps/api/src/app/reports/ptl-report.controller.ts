import { Actor, PtlReportQueries, ReportSnapshots, SnapshotSummary } from '@camhs/application';
import type { PtlDrillQuery, PtlDrillRow, PtlReport, PtlReportQuery } from '@camhs/contracts';
import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
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

export class PtlDrillQueryDto extends PtlReportQueryDto implements PtlDrillQuery {
  @ApiProperty({ example: 'waitingForTreatment.byList.Neurodevelopmental', description: 'the figure’s path in the report' })
  @IsString()
  @IsNotEmpty({ message: 'figure is required: the path of a figure in the report' })
  @MaxLength(200)
  figure!: string;
}

/** The bi-weekly tracking report (spec/ptl-report.md), over the referrals in the caller's scope. */
@ApiTags('reports')
@Controller('reports')
export class PtlReportController {
  constructor(
    private readonly reports: PtlReportQueries,
    private readonly snapshots: ReportSnapshots,
  ) {}

  /** The stored bi-weekly snapshots (whole service, each area, each team), newest first. */
  @Get('ptl/snapshots')
  @ApiOkResponse({ description: 'id, asOf, area, team, createdAt of every snapshot' })
  listSnapshots(): Promise<SnapshotSummary[]> {
    return this.snapshots.list();
  }

  /** One snapshot, exactly as it was produced. */
  @Get('ptl/snapshots/:id')
  @ApiOkResponse({ description: '{ snapshot, report }' })
  snapshot(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string, @CurrentActor() actor: Actor): Promise<{ snapshot: SnapshotSummary; report: PtlReport }> {
    return this.snapshots.get(id, actor);
  }

  @Get('ptl')
  @ApiOkResponse({ description: 'the report JSON of spec/ptl-report.md' })
  ptl(@Query() query: PtlReportQueryDto, @CurrentActor() actor: Actor): Promise<PtlReport> {
    return this.reports.build(query, actor.scope);
  }

  /** The same report as CSV, one section per block (the command line's `--format csv`). The export is audited. */
  @Get('ptl/export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'the report as CSV', schema: { type: 'string' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async exportCsv(@Query() query: PtlReportQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<string> {
    const csv = await this.reports.exportCsv(query, actor);
    res.setHeader('Content-Disposition', `attachment; filename="ptl-report-${query.asOf}.csv"`);
    return csv;
  }

  /** The rows behind one figure, from the same row set the figure counts (their number equals the figure). */
  @Get('ptl/drill')
  @ApiOkResponse({ description: 'one row per referral or wait (or per child, for figures that count children)' })
  drill(@Query() query: PtlDrillQueryDto, @CurrentActor() actor: Actor): Promise<PtlDrillRow[]> {
    return this.reports.drill(query, actor.scope);
  }
}
