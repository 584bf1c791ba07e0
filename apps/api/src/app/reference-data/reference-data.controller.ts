import { ReferenceDataQueries } from '@camhs/application';
import type { ReferenceDataView } from '@camhs/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

@ApiTags('reference-data')
@Controller('reference-data')
export class ReferenceDataController {
  constructor(private readonly queries: ReferenceDataQueries) {}

  @Get()
  get(): Promise<ReferenceDataView> {
    return this.queries.get();
  }
}
