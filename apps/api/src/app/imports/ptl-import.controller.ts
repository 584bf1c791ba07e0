import { Actor, ImportPtlExtract, ImportResult } from '@camhs/application';
import { EXTRACT_FILES, ExtractFile } from '@camhs/domain';
import { BadRequestException, Controller, HttpCode, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { ApiBadRequestResponse, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createReadStream, existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { diskStorage } from 'multer';
import { CurrentActor } from '../auth/current-actor.decorator';

/** What multer hands over for each uploaded part (stored on disk, streamed from there). */
interface UploadedPart {
  fieldname: string;
  originalname: string;
  path: string;
}

const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/** Which extract file a part is: by field name (`referrals` or `referrals.csv`) or by file name. */
function extractFileOf(part: UploadedPart): ExtractFile | undefined {
  const names = Object.keys(EXTRACT_FILES) as ExtractFile[];
  return names.find((f) => part.fieldname === f || part.fieldname === f.replace('.csv', '') || part.originalname === f);
}

@ApiTags('imports')
@Controller('imports')
export class PtlImportController {
  constructor(private readonly importer: ImportPtlExtract) {}

  /**
   * `POST /api/imports/ptl` (multipart: referrals.csv, waits.csv, appointments.csv). The same result as
   * `npm run import:ptl`: counts, or 400 with every problem located and nothing written. Uploads go to
   * temporary files and are streamed from there, never held in memory whole.
   */
  @Post('ptl')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ description: 'counts created / updated / unchanged per file, and new areas and teams' })
  @ApiBadRequestResponse({ description: '`problems`: every problem with file, line and column; nothing was written' })
  @UseInterceptors(AnyFilesInterceptor({ storage: diskStorage({ destination: tmpdir() }), limits: { fileSize: MAX_FILE_BYTES, files: 3 } }))
  async importPtl(@UploadedFiles() parts: UploadedPart[] | undefined, @CurrentActor() actor: Actor): Promise<ImportResult> {
    const files = new Map<ExtractFile, string>();
    try {
      for (const part of parts ?? []) {
        const file = extractFileOf(part);
        if (!file) throw new BadRequestException(`Unexpected part '${part.fieldname}' (${part.originalname}): send referrals.csv, waits.csv and appointments.csv`);
        files.set(file, part.path);
      }
      const result = await this.importer.execute(
        { exists: (f) => files.has(f) && existsSync(files.get(f) as string), open: (f) => createReadStream(files.get(f) as string) },
        actor,
      );
      if (!result.ok) {
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: `The extract was rejected: ${result.errors.length} problem(s); nothing was written`,
          problems: result.errors,
        });
      }
      return result;
    } finally {
      await Promise.all((parts ?? []).map((p) => rm(p.path, { force: true })));
    }
  }
}
