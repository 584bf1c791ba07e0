import type { Sql } from '../audit/audit-log';
import { loadLetterData } from './letter-data-query';
import { letterReference } from './letter-format';
import { renderLetterPdf } from './letter-pdf';
import { buildLetterText, professionalTitle } from './letter-text';
import type { ServiceContact } from './service-contact';

export interface RenderedLetter {
  pdf: Buffer;
  /** The child the letter is about (for the audit trail). */
  childId: string;
}

/**
 * A letter as a PDF, from what PostgreSQL holds now: its data, its text, its layout. Deterministic:
 * the same records give the same bytes (the document's dates are the letter's created time).
 * Null when there is no such letter.
 */
export async function renderLetter(sql: Sql, letterId: string, service: ServiceContact): Promise<RenderedLetter | null> {
  const loaded = await loadLetterData(sql, letterId, service);
  if (!loaded) return null;
  const pdf = await renderLetterPdf(buildLetterText(loaded.data), {
    // The document's title names the kind of letter and its reference, never the child.
    title: `${professionalTitle(loaded.data.subject)} (${letterReference(letterId)})`,
    author: service.name,
    createdAt: loaded.createdAt,
  });
  return { pdf, childId: loaded.childId };
}
