import { APP_CONFIG, AppConfig } from '@camhs/config';
import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

interface PendingRow {
  id: string;
  queue: string;
  job_name: string;
  job_id: string;
  payload: Record<string, string>;
}

const BATCH = 200;
const ENQUEUE_TIMEOUT_MS = 5000;

/**
 * Delivers outbox rows to BullMQ. Runs in the worker; several workers may run it at once
 * (rows are claimed with SKIP LOCKED). A row is relayed when never dispatched, and again when it
 * was dispatched long ago but its job never marked it processed (Redis flushed, job lost): job ids
 * are deterministic, so a relay of a job still in the queue is ignored by BullMQ.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Relay one batch; returns how many rows were dispatched. */
  async relayOnce(): Promise<number> {
    return this.db.transaction(async (em) => {
      const rows: PendingRow[] = await em.query(
        `SELECT id, queue, job_name, job_id, payload FROM outbox_message
          WHERE processed_at IS NULL
            AND (dispatched_at IS NULL OR dispatched_at < now() - make_interval(secs => $1::float8 / 1000))
          ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [this.config.outbox.redispatchAfterMs],
      );
      for (const row of rows) {
        await withTimeout(
          this.queue(row.queue).add(row.job_name, row.payload, { jobId: row.job_id }),
          ENQUEUE_TIMEOUT_MS,
          `enqueue ${row.job_id}`,
        );
      }
      if (rows.length > 0) {
        await em.query(
          `UPDATE outbox_message SET dispatched_at = now(), dispatch_count = dispatch_count + 1 WHERE id = ANY($1::bigint[])`,
          [rows.map((r) => r.id)],
        );
      }
      return rows.length;
    });
  }

  private queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let next = this.config.outbox.pollMs;
    try {
      const n = await this.relayOnce();
      if (n === BATCH) next = 0;
    } catch (e) {
      // Not swallowed: logged, and the rows stay pending, so the next tick retries them.
      this.log.error(`outbox relay failed: ${(e as Error).message}`);
      next = Math.max(next, 2000);
    }
    this.schedule(next);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<T>((_, reject) => {
      t = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]);
}
