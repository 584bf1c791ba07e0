import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { dispatch, handlerMap } from './job-handlers';

const job = (name: string) => ({ name }) as Job;

describe('handlerMap', () => {
  const ok = async () => 'done';

  it('refuses to start when an expected job has no handler', () => {
    expect(() => handlerMap('access', ['a', 'b'], [['a', ok]])).toThrow("queue access: no handler for job(s) b");
  });

  it('refuses to start when a job has two handlers', () => {
    expect(() => handlerMap('access', ['a'], [['a', ok], ['a', ok]])).toThrow("queue access: job 'a' has two handlers");
  });

  it('refuses a handler for a job the queue does not define', () => {
    expect(() => handlerMap('access', ['a'], [['a', ok], ['z', ok]])).toThrow('handler for unknown job(s) z');
  });

  it('dispatches on the job name, and fails unknown names for good', async () => {
    const map = handlerMap('access', ['a'], [['a', async (j) => `handled ${j.name}`]]);
    await expect(dispatch(map, job('a'))).resolves.toBe('handled a');
    expect(() => dispatch(map, job('nope'))).toThrow(UnrecoverableError);
  });
});
