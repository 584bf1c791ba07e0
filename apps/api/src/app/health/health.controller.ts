import { APP_CONFIG, AppConfig } from '@camhs/config';
import type { ComponentStatus, HealthView } from '@camhs/contracts';
import { QUEUE } from '@camhs/queues';
import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

const PROBE_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @InjectQueue(QUEUE.access) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 200 when the database and the queue backend both answer, 503 otherwise. */
  @Get()
  @ApiOkResponse({ description: 'database and queue answer' })
  @ApiServiceUnavailableResponse({ description: 'one of them does not' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const [database, queue] = await Promise.all([
      probe(() => this.db.query('SELECT 1')),
      probe(() => this.queue.getJobCounts('waiting')),
    ]);
    const ok = database === 'up' && queue === 'up';
    res.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'error',
      database: { status: database },
      queue: { status: queue, backend: this.config.queue.backend },
    };
  }
}

async function probe(fn: () => Promise<unknown>): Promise<ComponentStatus> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
      }),
    ]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
