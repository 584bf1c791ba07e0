import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';

export type JobHandler = (job: Job) => Promise<unknown>;

/**
 * One processor per queue dispatches on job.name through a handler map. Building the map fails
 * at start-up when a job name has no handler or two, so a typo never becomes a silent no-op.
 */
export function handlerMap(queue: string, expected: readonly string[], entries: [string, JobHandler][]): Map<string, JobHandler> {
  const map = new Map<string, JobHandler>();
  for (const [name, handler] of entries) {
    if (map.has(name)) throw new Error(`queue ${queue}: job '${name}' has two handlers`);
    map.set(name, handler);
  }
  const missing = expected.filter((n) => !map.has(n));
  if (missing.length) throw new Error(`queue ${queue}: no handler for job(s) ${missing.join(', ')}`);
  const extra = [...map.keys()].filter((n) => !expected.includes(n));
  if (extra.length) throw new Error(`queue ${queue}: handler for unknown job(s) ${extra.join(', ')}`);
  return map;
}

export function dispatch(map: Map<string, JobHandler>, job: Job): Promise<unknown> {
  const handler = map.get(job.name);
  // A job nobody can handle will never succeed: fail it for good instead of retrying.
  if (!handler) throw new UnrecoverableError(`no handler for job '${job.name}'`);
  return handler(job);
}
