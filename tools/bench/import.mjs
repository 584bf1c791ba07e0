#!/usr/bin/env node
// Benchmark 5 of issue 7: importing a PTL extract through the real import (`import:ptl`, the built
// CLI, streamed, validated, all or nothing). Goal: a 100,000-referral extract in ≤ 60 s with flat
// memory (peak RSS at 10,000 vs 100,000 referrals). Extracts are generated in the trust scale's shape
// (the configured areas and teams, so they import exactly as a real one would): 10,000 referrals,
// the trust scale itself (~40,000) and 100,000. Baseline, side by side: the same files loaded with
// COPY (`data:generate --load`, no validation) into another database; the two databases' reports
// are compared figure by figure. Databases camhs_bench_import_*, dropped unless BENCH_KEEP=1.
// Run with `npm run bench:import` (builds cli). Env: BENCH_SIZES (default 10000,trust,100000).
import { spawnSync } from 'node:child_process';
import { cli, dbUrl, dropDatabase, dropUnlessKept, machine, requireBuilt } from './bench-kit.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '10000,trust,100000').split(',');
const DIR = process.env.BENCH_DIR ?? '/tmp/camhs-data';

/** Run the CLI under /usr/bin/time: wall seconds, peak resident memory (MiB), stdout. */
function measured(args, databaseUrl) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, 'dist/apps/cli/main.js', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  if (r.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${r.stderr}${r.stdout}`);
  return { seconds, rssMiB: kb / 1024, out: r.stdout };
}

function report(databaseUrl, asOf) {
  const { asOf: _a, filters: _f, period: _p, ...figures } = JSON.parse(cli(['report:ptl', '--as-of', asOf, '--format', 'json'], { env: { ...process.env, DATABASE_URL: databaseUrl } }));
  return JSON.stringify(figures);
}

async function main() {
  requireBuilt('cli');
  const asOf = new Date().toISOString().slice(0, 10);
  const rows = [];
  const made = [];
  try {
    for (const size of SIZES) {
      const dir = `${DIR}/import-${size}`;
      const viaImport = `camhs_bench_import_${size}`;
      const viaCopy = `camhs_bench_import_${size}_copy`;
      made.push(viaImport, viaCopy);
      for (const db of [viaImport, viaCopy]) {
        await dropDatabase(db);
        cli(['migrate'], { env: { ...process.env, DATABASE_URL: dbUrl(db) } });
      }
      const gen = ['data:generate', '--scale', 'trust', '--out', dir, '--as-of', asOf, ...(size === 'trust' ? [] : ['--referrals', size])];
      const copy = measured([...gen, '--load', dbUrl(viaCopy)], dbUrl(viaCopy));
      const loaded = /loaded in ([\d.]+) s/.exec(copy.out);
      const counts = /referrals:\s+(\d+)\n\s+waits:\s+(\d+)[^\n]*\n\s+appointments:\s+(\d+)/.exec(copy.out);
      const imp = measured(['import:ptl', dir], dbUrl(viaImport));
      if (!/referrals:\s+\d+ created/.test(imp.out)) throw new Error(`the import did not report its counts:\n${imp.out}`);
      const same = report(dbUrl(viaImport), asOf) === report(dbUrl(viaCopy), asOf);
      rows.push({ size, referrals: Number(counts[1]), waits: Number(counts[2]), appointments: Number(counts[3]), import: imp, copySeconds: Number(loaded[1]), same });
      console.log(`${size}: ${counts[1]} referrals, ${counts[2]} waits, ${counts[3]} appointments — import:ptl ${imp.seconds.toFixed(1)} s, peak RSS ${imp.rssMiB.toFixed(0)} MiB; COPY load ${loaded[1]} s; reports ${same ? 'identical' : 'DIFFER'}`);
    }
    console.log(`\nimport benchmark — ${machine()}`);
    console.log(`extract                 referrals   waits  appointments  import:ptl   peak RSS   COPY load   ratio   reports`);
    for (const r of rows) {
      console.log(
        `${String(r.size).padEnd(22)} ${String(r.referrals).padStart(9)} ${String(r.waits).padStart(7)} ${String(r.appointments).padStart(13)} ${r.import.seconds.toFixed(1).padStart(9)} s ${r.import.rssMiB.toFixed(0).padStart(6)} MiB ${r.copySeconds.toFixed(1).padStart(9)} s ${(r.import.seconds / r.copySeconds).toFixed(1).padStart(6)}×   ${r.same ? 'same' : 'DIFFER'}`,
      );
    }
    const small = rows.find((r) => r.size === '10000');
    const big = rows.find((r) => r.size === '100000');
    if (small && big) {
      console.log(`goal 100,000 referrals ≤ 60 s → ${big.import.seconds <= 60 ? 'met' : `NOT met (${big.import.seconds.toFixed(0)} s, ${(big.import.seconds / 60).toFixed(1)}× over)`}`);
      console.log(`memory: peak RSS ${small.import.rssMiB.toFixed(0)} MiB at 10,000 → ${big.import.rssMiB.toFixed(0)} MiB at 100,000 (${(big.import.rssMiB / small.import.rssMiB).toFixed(2)}× for 10× the rows)`);
    }
    if (rows.some((r) => !r.same)) process.exitCode = 1;
  } finally {
    await dropUnlessKept(...made);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
