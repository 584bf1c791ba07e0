import { ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkerProcess {
  readonly child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown hooks, in-flight jobs abandoned mid-transaction. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..', '..', '..');

/** Start the built worker (dist/apps/worker) as a real process with the given environment. */
export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/worker/main.js')], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  // Kept in memory for assertions, and written where `npm test` collects logs (for the PII leak scan).
  const logDir = process.env['TEST_LOG_DIR'];
  const logFile = logDir ? join(logDir, `int-worker-${Date.now()}-${child.pid}.log`) : undefined;
  if (logDir) mkdirSync(logDir, { recursive: true });
  const collect = (d: Buffer) => {
    out += d;
    if (logFile) appendFileSync(logFile, d);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${out}`)), 30_000);
    const check = setInterval(() => {
      if (out.includes('[worker] processing queues')) {
        clearTimeout(timer);
        clearInterval(check);
        resolve();
      }
    }, 50);
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(check);
      reject(new Error(`worker exited with ${code}:\n${out}`));
    });
  });
  return {
    child,
    output: () => out,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
