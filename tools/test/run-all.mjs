#!/usr/bin/env node
// `npm test`: lint, unit, integration (real PostgreSQL + Redis, fresh database per run), the short
// fault-injection suite (tools/chaos), e2e (Chromium) and the leak scan. Every tier runs even if an
// earlier one failed; the last line is the summary.
// Each tier's output is shown and also saved to tmp/test-results/logs/<tier>.log. The integration and
// e2e tiers keep their databases and Redis keys (KEEP_TEST_DATA=1) so the leak scan can look for the
// test children's names and NHS numbers in those logs and in the queue storage; they are dropped after it.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { cleanUpKeptData } = require('./kept-test-data.js');

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = join(ROOT, 'tmp', 'test-results');
const LOGS = join(OUT, 'logs');
// Plain text in the console and the saved logs (NO_COLOR also stops Nest colouring its log lines).
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NG_CLI_ANALYTICS: 'false', npm_config_loglevel: 'error', FORCE_COLOR: '0', NO_COLOR: '1' };
const results = [];
let current = null;
let interrupted = null;

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) process.exit(130); // a second Ctrl-C: stop at once, without cleaning up
    interrupted = signal;
    console.log(`\n[npm test] ${signal}: stopping after the current tier, then dropping the test data (again to quit at once)`);
    if (current && signal === 'SIGTERM') current.kill('SIGTERM'); // Ctrl-C already reached the whole process group
  });
}

// Data an earlier run kept but never dropped (it was killed): drop it before its run files go.
for (const p of await cleanUpKeptData(OUT)) console.log(`[cleanup] left from an earlier run: ${p}`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(LOGS, { recursive: true });

/** Run one tier, showing its output and saving it to logs/<log>.log; null if interrupted before it began. */
function step(name, log, cmd, args, extraEnv = {}) {
  if (interrupted) return Promise.resolve(null);
  const header = `━━ ${name} ━━ ${cmd} ${args.join(' ')}`;
  console.log(`\n${header}`);
  const file = createWriteStream(join(LOGS, `${log}.log`));
  file.write(`${header}\n`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['inherit', 'pipe', 'pipe'] });
    current = child;
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      file.write(d);
    });
    child.stderr.on('data', (d) => {
      process.stderr.write(d);
      file.write(d);
    });
    let failedToStart = null;
    child.on('error', (e) => {
      failedToStart = e;
      console.error(`[npm test] could not run ${cmd}: ${e.message}`);
    });
    child.on('close', (code, signal) => {
      current = null;
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const how = failedToStart ? `not started (${failedToStart.message})` : signal ? `killed by ${signal}` : `exit ${code}`;
      file.end(`\n━━ ${name}: ${how} after ${seconds} s ━━\n`, () => resolve({ ok: code === 0, seconds }));
    });
  });
}

function jestCounts(file) {
  if (!existsSync(file)) return null;
  const j = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that fails to load has no test results but must still count as a failure.
  return { passed: j.numPassedTests, failed: j.numFailedTests + j.numRuntimeErrorTestSuites, skipped: j.numPendingTests + j.numTodoTests };
}

function chaosCounts(file) {
  if (!existsSync(file)) return null;
  const { passed, failed, skipped } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed, failed, skipped };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return null;
  const s = JSON.parse(readFileSync(file, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

function record(tier, outcome, counts) {
  if (!outcome) return; // interrupted before it ran
  const c = counts ?? { passed: outcome.ok ? 1 : 0, failed: outcome.ok ? 0 : 1, skipped: 0 };
  if (!outcome.ok && c.failed === 0) c.failed = 1; // the tool failed without a failing test (crash, compile error)
  results.push({ tier, ...c, seconds: outcome.seconds });
}

record('lint', await step('lint', 'lint', 'npm', ['run', 'lint']));

const unitFile = join(OUT, 'unit.json');
record('unit', await step('unit tests', 'unit', 'npx', ['jest', '-c', 'jest.config.js', '--json', `--outputFile=${unitFile}`]), jestCounts(unitFile));

const build = await step('build api, worker, cli', 'build', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'cli', '--outputStyle=static']);
record('build', build);

if (build?.ok) {
  try {
    const intFile = join(OUT, 'integration.json');
    record(
      'integration',
      await step('integration tests', 'integration', 'npx', ['jest', '-c', 'jest.int.config.js', '--runInBand', '--json', `--outputFile=${intFile}`], {
        KEEP_TEST_DATA: '1',
        // Worker processes the tests start write their output here too (libs/server/testing), for the scan.
        TEST_LOG_DIR: join(OUT, 'logs'),
      }),
      jestCounts(intFile),
    );
    // The fault-injection suite's short form (tools/chaos): its own database and Redis prefix, dropped at its end.
    const chaosFile = join(OUT, 'chaos.json');
    record('chaos', await step('fault injection, short form (npm run chaos -- --short)', 'chaos', 'node', ['tools/chaos/run.mjs', '--short', `--json=${chaosFile}`]), chaosCounts(chaosFile));
    const e2eFile = join(OUT, 'e2e.json');
    record(
      'e2e',
      await step('end-to-end tests (Chromium)', 'e2e', 'npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile,
        E2E_SKIP_BUILD: '1',
        KEEP_TEST_DATA: '1',
      }),
      playwrightCounts(e2eFile),
    );
    const scanFile = join(OUT, 'leak-scan.json');
    record(
      'leak scan',
      await step('leak scan: test children’s names and NHS numbers in logs, Redis and queue tables', 'leak-scan', 'npx', [
        'jest',
        '-c',
        'jest.leak-scan.config.js',
        '--json',
        `--outputFile=${scanFile}`,
      ]),
      jestCounts(scanFile),
    );
  } finally {
    // Pass or fail, crash or Ctrl-C: the kept databases and Redis keys go.
    console.log('\n━━ dropping the test databases and Redis keys ━━');
    const problems = await cleanUpKeptData(OUT).catch((e) => [e.message]);
    for (const p of problems) console.log(`[cleanup] ${p}`);
    if (problems.length) results.push({ tier: 'cleanup', passed: 0, failed: 1, skipped: 0, seconds: '0' });
  }
}

const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.tier.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped).padStart(3)} skipped  (${r.seconds} s)`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}${interrupted ? ` — interrupted (${interrupted})` : ''}`);
console.log(`logs: ${LOGS}`);
process.exit(interrupted ? 130 : total.failed === 0 ? 0 : 1);
