import { Actor, LetterQueries, MarkLetterSent } from '@camhs/application';
import type { LetterQueueItem, Page } from '@camhs/contracts';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { LetterPageDto, LetterQueueItemDto, ListLettersQueryDto } from './letters.dto';

/** The letter queue: letters owed to referrers, GPs and families, their PDFs, and marking them posted. */
@ApiTags('letters')
@Controller('letters')
export class LettersController {
  constructor(
    private readonly queries: LetterQueries,
    private readonly markSent: MarkLetterSent,
  ) {}

  @Get()
  @ApiOkResponse({ type: LetterPageDto, description: 'newest first, over the referrals in the caller’s letter scope' })
  list(@Query() query: ListLettersQueryDto, @CurrentActor() actor: Actor): Promise<Page<LetterQueueItem>> {
    return this.queries.list(query, actor);
  }

  /** The stored PDF, exactly as generated. The file name carries the letter's reference, never the child's name. */
  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the letter as a PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'no such letter in the caller’s scope' })
  @ApiConflictResponse({ description: 'the letter has not been generated yet' })
  async pdf(
    @Param('id', new ParseUUIDPipe({ version: undefined })) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.queries.document(id, actor);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.pdf, { type: 'application/pdf', disposition: `attachment; filename="${file.filename}"`, length: file.pdf.length });
  }

  /** Record that the letter has been posted. 409 if it already was (naming who and when), or is not generated yet. */
  @Post(':id/sent')
  @HttpCode(200)
  @ApiOkResponse({ type: LetterQueueItemDto })
  @ApiNotFoundResponse({ description: 'no such letter in the caller’s scope' })
  @ApiConflictResponse({ description: 'already marked sent, or not generated yet' })
  sent(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string, @CurrentActor() actor: Actor): Promise<LetterQueueItem> {
    return this.markSent.execute(id, actor);
  }
}
