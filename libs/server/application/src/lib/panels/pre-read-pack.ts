import { financialYearOf, formatPounds, unitWords } from '@camhs/domain';
import { JOBS } from '@camhs/queues';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit, systemActor } from '../audit/audit-log';
import { markJobProcessed } from '../outbox/outbox-writer';
import { longDate } from '../reports/ptl-report-figures';
import { catalogueEntries } from './panel-catalogue';
import { panelPdf } from './panel-pdf';
import { panelBudgets } from './panel-views';

interface PackCase {
  childId: string;
  childName: string;
  dateOfBirth: string;
  school: string;
  yearGroup: string | null;
  broughtBy: string;
  need: string;
  risk: string | null;
  riskNote: string | null;
  consent: string | null;
  carriedFrom: string | null;
}

const RISK_WORDS: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/**
 * The members' pre-read pack for a sitting whose agenda was issued: one A4 PDF (the agenda, each
 * case as the panel holds it, the toolkit's remaining capacity and the year's budget), rendered
 * from PostgreSQL and stored once in `panel_pre_read_pack`. Dated by the issue time, so rendering
 * again gives the same bytes. Run by the worker from the outbox intent; a re-run does nothing.
 */
@Injectable()
export class GeneratePreReadPack {
  constructor(private readonly db: DataSource) {}

  async run(sittingId: string): Promise<{ stored: boolean }> {
    const jobId = JOBS.generatePreReadPack.jobId({ sittingId });
    return this.db.transaction(async (em) => {
      const [sitting] = await em.query(
        `SELECT s.id, s.sits_on AS "sitsOn", s.agenda_issued_at AS "issuedAt", p.id AS "panelId", p.name AS "panelName",
                EXISTS (SELECT 1 FROM panel_pre_read_pack k WHERE k.sitting_id = s.id) AS stored
           FROM panel_sitting s JOIN panel p ON p.id = s.panel_id WHERE s.id = $1 FOR UPDATE OF s`,
        [sittingId],
      );
      if (!sitting || !sitting.issuedAt || sitting.stored) {
        await markJobProcessed(em, jobId);
        return { stored: false };
      }
      const cases = await packCases(em, sittingId);
      const pdf = await renderPack(em, sitting, cases);
      await em.query(`INSERT INTO panel_pre_read_pack (sitting_id, pdf, sha256, cases) VALUES ($1, $2, $3, $4)`, [sittingId, pdf, createHash('sha256').update(pdf).digest('hex'), cases.length]);
      await markJobProcessed(em, jobId);
      await recordAudit(em, systemActor('worker', `job ${JOBS.generatePreReadPack.name}`), {
        action: 'create', entityType: 'panel-pre-read-pack', entityId: sittingId, childIds: cases.map((c) => c.childId), outcome: 'success',
      });
      return { stored: true };
    });
  }
}

/** The cases in the pack: on the agenda when it was issued (not those added after), in agenda order. */
async function packCases(em: EntityManager, sittingId: string): Promise<PackCase[]> {
  return em.query(
    `SELECT c.child_id AS "childId", c.given_name || ' ' || c.family_name AS "childName", c.date_of_birth AS "dateOfBirth", c.school, c.year_group AS "yearGroup",
            c.brought_by_name || ' (' || c.brought_by_role || ')' AS "broughtBy", c.need, c.risk_level AS risk, c.risk_note AS "riskNote",
            (SELECT k.given_by || ' (' || k.relationship || ') on ' || to_char(k.given_on, 'YYYY-MM-DD') || ': ' || k.scope
               FROM panel_consent k WHERE k.case_id = c.id ORDER BY k.recorded_at DESC LIMIT 1) AS consent,
            (SELECT to_char(fs.sits_on, 'YYYY-MM-DD') FROM panel_agenda_item f JOIN panel_sitting fs ON fs.id = f.sitting_id WHERE f.id = i.carried_from_item_id) AS "carriedFrom"
       FROM panel_agenda_item i JOIN panel_case c ON c.id = i.case_id
      WHERE i.sitting_id = $1 AND i.removed_at IS NULL AND NOT i.after_pack ORDER BY i.position`,
    [sittingId],
  );
}

async function renderPack(em: EntityManager, s: { sitsOn: string; issuedAt: Date; panelId: string; panelName: string }, cases: PackCase[]): Promise<Buffer> {
  const fy = financialYearOf(s.sitsOn);
  const members: { name: string; agency: string }[] = await em.query(`SELECT name, agency FROM panel_member WHERE panel_id = $1 AND active ORDER BY name`, [s.panelId]);
  const entries = (await catalogueEntries(em, fy)).filter((e) => e.active);
  const [budget] = await panelBudgets(em, s.panelId, fy);
  const pdf = panelPdf(`${s.panelName}: pre-read pack for ${longDate(s.sitsOn)}`, s.issuedAt);
  pdf.heading(`${s.panelName}: pre-read pack`, 18);
  pdf.para(`Sitting: ${longDate(s.sitsOn)}. Issued ${longDate(s.issuedAt.toISOString().slice(0, 10))}.`);
  pdf.para('Confidential: for panel members only. Shared with parental consent for the purpose of this panel; do not forward or print more copies than needed.', { quiet: true });
  pdf.heading('Members');
  for (const m of members) pdf.line(m.name, m.agency);
  pdf.heading(`Agenda: ${cases.length === 1 ? '1 case' : `${cases.length} cases`}`);
  cases.forEach((c, i) => {
    pdf.para(`${i + 1}. ${c.childName}, born ${longDate(c.dateOfBirth)}; ${c.school}${c.yearGroup ? `, ${c.yearGroup}` : ''}`, { bold: true });
    if (c.carriedFrom) pdf.para(`Carried over from the sitting of ${longDate(c.carriedFrom)}.`, { quiet: true });
    pdf.para(`Brought by ${c.broughtBy}.`);
    pdf.para(`Need: ${c.need}`);
    pdf.para(`Risk of escalating to a statutory assessment (coordinator, before panel): ${c.risk ? RISK_WORDS[c.risk] : 'not recorded'}${c.riskNote ? `. ${c.riskNote}` : ''}`);
    pdf.para(`Parental consent: ${c.consent ?? 'not recorded'}`, { quiet: true });
  });
  pdf.heading(`Toolkit: block capacity left in ${fy}`);
  for (const e of entries) {
    const price = `${formatPounds(e.unitCostPence)}${e.spotPricePence === null ? ', no spot' : `, spot ${formatPounds(e.spotPricePence)}`}`;
    pdf.line(`${e.type.name} (${e.provider.name}): ${price} per ${e.unit === 'hours' ? 'hour' : 'place-week'}`, `${unitWords(e.unit, e.usage.blockRemaining)} left`);
  }
  pdf.heading(`Budget ${fy}`);
  if (budget) {
    pdf.line('Budget', formatPounds(budget.amountPence));
    pdf.line('Committed (allocations starting this year)', formatPounds(budget.committedPence));
    pdf.line('Remaining', formatPounds(budget.remainingPence));
  } else pdf.para(`No budget is set for ${fy}.`);
  return pdf.finish();
}
