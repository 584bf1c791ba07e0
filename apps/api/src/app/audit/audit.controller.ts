import { Actor, AuditQueries } from '@camhs/application';
import type { AuditEventView, Page } from '@camhs/contracts';
import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuditPageDto, ExportAuditQueryDto, ListAuditQueryDto } from './audit.dto';

/** Subject-access report: who accessed a child's record, and when. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly queries: AuditQueries) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  @ApiNotFoundResponse({ description: 'no such child in the caller’s scope' })
  list(@Query() query: ListAuditQueryDto, @CurrentActor() actor: Actor): Promise<Page<AuditEventView>> {
    return this.queries.forChild(query, actor);
  }

  @Get('export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'the whole access history as CSV', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: 'no such child in the caller’s scope' })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async export(@Query() query: ExportAuditQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<string> {
    const csv = await this.queries.exportCsv(query.childId, actor);
    res.setHeader('Content-Disposition', `attachment; filename="access-history-${query.childId}.csv"`);
    return csv;
  }
}
