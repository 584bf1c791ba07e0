import { Actor, PtlReportQueries, REPORT_CONTENT_TYPES, ReportSnapshots, SnapshotSummary } from '@camhs/application';
import { PTL_EXPORT_FORMATS, PtlDrillQuery, PtlDrillRow, PtlExportFormat, PtlReport, PtlReportQuery, PtlWeeksWaited } from '@camhs/contracts';
import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
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

export class PtlExportQueryDto extends PtlReportQueryDto {
  @ApiPropertyOptional({ enum: PTL_EXPORT_FORMATS, default: 'csv', description: 'csv (one section per block), xlsx (figures with definitions, a sheet per table) or pdf (A4)' })
  @IsOptional()
  @IsIn(PTL_EXPORT_FORMATS, { message: `format must be one of ${PTL_EXPORT_FORMATS.join(', ')}` })
  format?: PtlExportFormat;
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

  /** The same report as a file: CSV (the command line's `--format csv`), XLSX or PDF, with the same figures. The export is audited. */
  @Get('ptl/export')
  @ApiProduces(...Object.values(REPORT_CONTENT_TYPES))
  @ApiOkResponse({ description: 'the report as CSV, XLSX or PDF, as an attachment', schema: { type: 'string', format: 'binary' } })
  async export(@Query() query: PtlExportQueryDto, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const { format = 'csv', ...report } = query;
    const file = await this.reports.export(report, format, actor);
    return new StreamableFile(file.content, { type: file.contentType, disposition: `attachment; filename="${file.fileName}"`, length: file.content.length });
  }

  /** Open waits by weeks waited (0-4, 4-13, 13-18, 18-52, 52+ whole weeks, lower bound inclusive), for the chart; the bands add up to the waits. */
  @Get('ptl/weeks-waited')
  @ApiOkResponse({ description: 'the open waits of waitingForTreatment.waits by weeks waited since added to the list' })
  weeksWaited(@Query() query: PtlReportQueryDto, @CurrentActor() actor: Actor): Promise<PtlWeeksWaited> {
    return this.reports.weeksWaited(query, actor.scope);
  }

  /** The rows behind one figure, from the same row set the figure counts (their number equals the figure). The children listed are audited. */
  @Get('ptl/drill')
  @ApiOkResponse({ description: 'one row per referral or wait (or per child, for figures that count children)' })
  drill(@Query() query: PtlDrillQueryDto, @CurrentActor() actor: Actor): Promise<PtlDrillRow[]> {
    return this.reports.readDrill(query, actor);
  }
}
