#!/usr/bin/env node
// `npm test`: lint, unit, integration (real PostgreSQL + Redis, fresh database per run) and e2e
// (Chromium). Every tier runs even if an earlier one failed; the last line is the summary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = join(ROOT, 'tmp', 'test-results');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NG_CLI_ANALYTICS: 'false', npm_config_loglevel: 'error', FORCE_COLOR: '0' };
const results = [];

function step(name, cmd, args, extraEnv = {}) {
  console.log(`\n━━ ${name} ━━ ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  return { ok: r.status === 0, seconds };
}

function jestCounts(file) {
  if (!existsSync(file)) return null;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that fails to load has no test results but must still count as a failure.
  return { passed: j.numPassedTests, failed: j.numFailedTests + j.numRuntimeErrorTestSuites, skipped: j.numPendingTests + j.numTodoTests };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return null;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

function record(tier, outcome, counts) {
  const c = counts ?? { passed: outcome.ok ? 1 : 0, failed: outcome.ok ? 0 : 1, skipped: 0 };
  if (!outcome.ok && c.failed === 0) c.failed = 1; // the tool failed without a failing test (crash, compile error)
  results.push({ tier, ...c, seconds: outcome.seconds });
}

record('lint', step('lint', 'npm', ['run', 'lint']));

const unitFile = join(OUT, 'unit.json');
record('unit', step('unit tests', 'npx', ['jest', '-c', 'jest.config.js', '--json', `--outputFile=${unitFile}`]), jestCounts(unitFile));

const build = step('build api, worker, cli', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'cli', '--outputStyle=static']);
record('build', build);

if (build.ok) {
  const intFile = join(OUT, 'integration.json');
  record('integration', step('integration tests', 'npx', ['jest', '-c', 'jest.int.config.js', '--runInBand', '--json', `--outputFile=${intFile}`]), jestCounts(intFile));
  const e2eFile = join(OUT, 'e2e.json');
  record(
    'e2e',
    step('end-to-end tests (Chromium)', 'npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
      E2E_SKIP_BUILD: '1',
    }),
    playwrightCounts(e2eFile),
  );
}

const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.tier.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped).padStart(3)} skipped  (${r.seconds} s)`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 ? 0 : 1);
