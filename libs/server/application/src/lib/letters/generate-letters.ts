import { JOBS } from '@camhs/queues';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit, systemActor } from '../audit/audit-log';
import { renderLetter } from './render-letter';
import { LETTER_SERVICE_CONTACT, ServiceContact } from './service-contact';

export interface GenerateLettersResult {
  generated: number;
  /** Letters that could not be generated this time (still queued; tried again on the next run). */
  failed: string[];
}

/** How many letters one run generates at most, so one run stays short; the scheduler runs again soon. */
export const LETTERS_PER_RUN = 200;

/**
 * Level-triggered letter generation: every queued letter, oldest first, is claimed (row lock,
 * SKIP LOCKED so several workers share the work), rendered from what PostgreSQL holds now, and its
 * PDF stored and the letter marked generated — all in one transaction per letter. A worker killed
 * mid-way leaves the letter queued for the next run; `letter_document` has one row per letter, so
 * a letter never gets two documents.
 */
@Injectable()
export class GenerateLetters {
  private readonly log = new Logger(GenerateLetters.name);

  constructor(
    private readonly db: DataSource,
    @Inject(LETTER_SERVICE_CONTACT) private readonly service: ServiceContact,
  ) {}

  async run(limit = LETTERS_PER_RUN): Promise<GenerateLettersResult> {
    const failed: string[] = [];
    let generated = 0;
    while (generated + failed.length < limit) {
      let claimed: string | null = null;
      try {
        claimed = await this.db.transaction(async (em) => {
          const [next] = await em.query(
            `SELECT id FROM letter WHERE status = 'queued' AND NOT (id = ANY($1::uuid[]))
              ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [failed],
          );
          if (!next) return null;
          await this.generateOne(em, next.id);
          return next.id as string;
        });
      } catch (e) {
        // One letter that cannot be rendered must not hold up the others: note it (ids only) and go on.
        const id = (e as { letterId?: string }).letterId;
        if (!id) throw e;
        this.log.error(`letter ${id} could not be generated: ${(e as Error).name}: ${(e as Error).message}`);
        failed.push(id);
        continue;
      }
      if (!claimed) break;
      generated++;
    }
    if (failed.length) {
      // The job fails so the failure is visible; the letters stay queued and the next run tries them again.
      throw new Error(`${failed.length} letter(s) could not be generated (${failed.join(', ')}); ${generated} generated`);
    }
    return { generated, failed };
  }

  private async generateOne(em: EntityManager, letterId: string): Promise<void> {
    try {
      const rendered = await renderLetter(em, letterId, this.service);
      if (!rendered) return;
      const { pdf, childId } = rendered;
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      await em.query(`INSERT INTO letter_document (letter_id, pdf, sha256) VALUES ($1, $2, $3)`, [letterId, pdf, sha256]);
      await em.query(`UPDATE letter SET status = 'generated', generated_at = now() WHERE id = $1`, [letterId]);
      await recordAudit(em, systemActor('worker', `job ${JOBS.generateLetters.name}`), {
        action: 'create',
        entityType: 'letter-document',
        entityId: letterId,
        childIds: [childId],
        outcome: 'success',
      });
    } catch (e) {
      throw Object.assign(e instanceof Error ? e : new Error(String(e)), { letterId });
    }
  }
}
