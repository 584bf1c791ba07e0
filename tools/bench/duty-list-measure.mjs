// The duty list benchmarks' shared part (duty-list.mjs: one team of 5,000 on its own database;
// duty-list-national.mjs: one team at national scale): the hand-written baseline and the timing of
// GET /api/duty/today against it, with p50/p95/max and the ratio.
import { fmt, stats, timed } from './bench-kit.mjs';

/** The baseline: one hand-written statement giving the list's rows (reviews due today / overdue, to screen, RED without LP), 200 a section. */
export const BASELINE = `
  WITH items AS (
    SELECT CASE WHEN s.next_review_on = $2::date THEN 'reviewsDueToday' ELSE 'overdue' END AS section, s.referral_id, r.child_id, r.rag, s.next_review_on AS due_on
      FROM duty_schedule s JOIN referral r ON r.id = s.referral_id WHERE s.team_id = $1 AND s.next_review_on <= $2::date
    UNION ALL
    SELECT 'newReferralsToScreen', r.id, r.child_id, r.rag, r.received_on FROM referral r
     WHERE r.team_id = $1 AND r.stage = 'access' AND r.received_on <= $2::date AND NOT EXISTS (SELECT 1 FROM referral_screening sc WHERE sc.referral_id = r.id)
    UNION ALL
    SELECT 'redWithoutLeadProfessional', r.id, r.child_id, r.rag, r.rag_set_on FROM referral r
     WHERE r.team_id = $1 AND r.rag = 'RED' AND r.discharged_on IS NULL AND (r.lead_professional IS NULL OR btrim(r.lead_professional) = '')),
  ranked AS (
    SELECT i.*, count(*) OVER (PARTITION BY section) AS section_count,
           row_number() OVER (PARTITION BY section ORDER BY CASE rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 WHEN 'GREEN' THEN 2 ELSE 3 END, due_on, referral_id) AS n
      FROM items i)
  SELECT rk.section, rk.referral_id, ch.given_name || ' ' || ch.family_name AS child_name, rk.rag, rk.due_on, rk.section_count
    FROM ranked rk JOIN child ch ON ch.id = rk.child_id WHERE rk.n <= 200 ORDER BY rk.section, rk.n`;

/**
 * Time the list over HTTP (`get` is a signed-in GET) and the baseline query (`client`, a pg client)
 * N times each after 5 warm-ups; print the figures and return the HTTP p95.
 */
export async function measureDutyList({ get, client, team, teamId, today, n }) {
  const list = async () => (await get(`/api/duty/today?team=${team}`)).json();
  const first = await list();
  const counts = Object.entries(first.counts).map(([k, v]) => `${k} ${v}`).join(', ');
  const http = await timed(n, list, 5);
  const sql = await timed(n, async () => (await client.query(BASELINE, [teamId, today])).rowCount, 5);
  const h = stats(http.ms);
  const b = stats(sql.ms);
  const listed = Object.values(first.sections).reduce((k, rs) => k + rs.length, 0);
  console.log(`team ${team}; counts: ${counts}; rows listed ${listed} (baseline returns ${sql.last}); N = ${n}`);
  console.log(`                                     p50      p95      max   (ms)`);
  console.log(`GET /api/duty/today (HTTP)     ${fmt(h.p50)} ${fmt(h.p95)} ${fmt(h.max)}`);
  console.log(`baseline: one SQL query        ${fmt(b.p50)} ${fmt(b.p95)} ${fmt(b.max)}`);
  console.log(`ratio HTTP / baseline          ${fmt(h.p50 / b.p50)} ${fmt(h.p95 / b.p95)} ${fmt(h.max / b.max)}`);
  console.log(`machine busy meanwhile: ${Math.round(100 * http.busy)}% / ${Math.round(100 * sql.busy)}% of its cores`);
  return { http: h, baseline: b };
}
