import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createDataSource } from './data-source';

/**
 * The server may cut a connection at any moment (restart, failover, pg_terminate_backend). Issue 7's
 * fault suite found a worker dying of it: the driver emitted 'error' on a client nobody listened to at
 * that moment, and Node ends the process on such an event.
 */
describe('a data source whose connection the server cuts', () => {
  let ds: DataSource;
  let admin: Client;
  const url = () => {
    const u = process.env['IT_DATABASE_URL'];
    if (!u) throw new Error('integration tests must run through jest.int.config.js (npm run test:int)');
    return u;
  };

  beforeAll(async () => {
    ds = createDataSource(url(), { poolSize: 2 });
    await ds.initialize();
    admin = new Client({ connectionString: url() });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
    await ds?.destroy();
  });

  it('gives every connection of the pool an error listener of its own, so an error reaching one held outside TypeORM ends nothing', async () => {
    const pool = (ds.driver as PostgresDriver).master as Pool;
    const held = await pool.connect(); // checked out: the pool's own listener is off, and TypeORM has none on it
    try {
      expect(held.listenerCount('error')).toBe(1);
      // What the driver does when the server cuts the connection; with no listener Node throws it (and the process dies).
      expect(() => held.emit('error', new Error('terminating connection due to administrator command'))).not.toThrow();
    } finally {
      held.release(new Error('discarded by the test'));
    }
    expect(await ds.query('SELECT 2 AS n')).toEqual([{ n: 2 }]);
  });

  it('keeps the process alive, fails the transaction that lost it, and serves the next query on a new connection', async () => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    const [{ pid }] = await runner.query('SELECT pg_backend_pid() AS pid');
    const died: Error[] = [];
    const onUncaught = (e: Error) => died.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      // Both of the driver's error events arrive within a moment of the cut.
      await new Promise((r) => setTimeout(r, 500));
      expect(died.map((e) => e.message)).toEqual([]);
      await expect(runner.query('SELECT 1')).rejects.toThrow();
    } finally {
      process.off('uncaughtException', onUncaught);
      await runner.release();
    }
    expect(await ds.query('SELECT 41 + 1 AS answer')).toEqual([{ answer: 42 }]);
  });
});
