#!/usr/bin/env node
// Benchmark 2 of issue 7: the daily duty list of one team at national scale (p95 ≤ 50 ms). On the
// national database (data:generate --scale national --load; made if missing, BENCH_KEEP=1 keeps it),
// the team with the most children on the duty schedule; GET /api/duty/today over HTTP as a duty
// clinician of that team, against the hand-written single SQL query returning the same rows
// (duty-list-measure.mjs), in the same run. Run with `npm run bench:duty-national` (builds api and cli).
// Env: BENCH_N (default 50), BENCH_PORT (default 3393).
import { NATIONAL_DB, machine, onNationalApi, requireBuilt, runBenchmark, signedInGet } from './bench-kit.mjs';
import { measureDutyList } from './duty-list-measure.mjs';

const N = Number(process.env.BENCH_N ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3393);

async function main() {
  requireBuilt('api', 'cli');
  await onNationalApi({ port: PORT, queuePrefix: 'bench_duty_national' }, async ({ client: c, databaseUrl }) => {
    const { rows: [team] } = await c.query(
      `SELECT t.id, t.code, count(*)::int AS children FROM duty_schedule s JOIN team t ON t.id = s.team_id
        GROUP BY t.id, t.code ORDER BY 3 DESC, 2 LIMIT 1`,
    );
    const { rows: [size] } = await c.query(`SELECT (SELECT count(*) FROM referral)::int AS referrals, (SELECT count(*) FROM duty_schedule)::int AS scheduled`);
    const get = await signedInGet({ port: PORT, databaseUrl, username: `bench.duty.national.${Date.now().toString(36)}`, roles: 'duty-clinician', teams: team.code });
    const today = new Date().toISOString().slice(0, 10);
    console.log(`\nduty list at national scale — ${machine()}`);
    console.log(`database ${NATIONAL_DB}: ${size.referrals} referrals, ${size.scheduled} children on the duty schedule; the largest team has ${team.children}`);
    const { http } = await measureDutyList({ get, client: c, team: team.code, teamId: team.id, today, n: N });
    console.log(`goal p95 ≤ 50 ms → ${http.p95 <= 50 ? 'met' : `NOT met (${(http.p95 / 50).toFixed(1)}× over)`}`);
  });
}

runBenchmark(main);
