// The leak scan: after a full `npm test`, the children the run created (read from the integration and
// e2e databases the tiers kept) must not appear in any tier's log, in any Redis key or payload the run
// wrote, or in the PostgreSQL queue backend's tables. Queue payloads and logs carry ids, never names.
// Run by tools/test/run-all.mjs (jest -c jest.leak-scan.config.js); run-all drops the kept data.
import Redis from 'ioredis';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { globEscape, readRunFiles, RESULTS_DIR, RunFile } from './kept-test-data';
import { commonNamesOf, findSentinels, redact, Sentinel, sentinelsFor, TestChild } from './pii-scanner';

interface Leak {
  where: string;
  sentinel: Sentinel;
  excerpt?: string;
}

const DIR: string = process.env['LEAK_SCAN_DIR'] ?? RESULTS_DIR;
const LOGS = join(DIR, 'logs');
const OWN_LOG = 'leak-scan.log';
const MAX_REPORTED = 40;

const runs: RunFile[] = readRunFiles(DIR);
const readable = runs.filter((r) => r.databaseKept && r.databaseUrl);
// Without a machine PostgreSQL the tiers ran on an embedded server that stopped (and dropped its
// database) with them: there is nobody to look for, so the scan is skipped rather than passed.
const embeddedOnly = runs.length > 0 && readable.length === 0 && runs.every((r) => r.databaseKind === 'embedded');

const say = (line: string) => process.stdout.write(`[leak scan] ${line}\n`);
const hidePassword = (url: string) => url.replace(/:[^:@/]+@/, ':***@');

function excerpt(line: string, column: number, sentinels: readonly Sentinel[]): string {
  const start = Math.max(0, column - 80);
  const text = redact(line, sentinels).slice(start, start + 200);
  return `${start > 0 ? '…' : ''}${text}${start + 200 < line.length ? '…' : ''}`;
}

function failOn(leaks: Leak[], what: string): void {
  if (!leaks.length) return;
  const shown = leaks.slice(0, MAX_REPORTED).map((l) => `  ${l.where}: ${l.sentinel.label}${l.excerpt !== undefined ? `\n      ${l.excerpt}` : ''}`);
  if (leaks.length > MAX_REPORTED) shown.push(`  … and ${leaks.length - MAX_REPORTED} more`);
  throw new Error(`${leaks.length} occurrence(s) of test children's names or NHS numbers in ${what} (shown masked):\n${shown.join('\n')}`);
}

(embeddedOnly ? describe.skip : describe)('no patient-identifying data in the logs or queue storage of the test run', () => {
  const clients = new Map<RunFile, Client>();
  const loadProblems: string[] = [];
  let sentinels: Sentinel[] = [];

  const requireSentinels = () => {
    if (loadProblems.length) throw new Error(`could not read the test children:\n  ${loadProblems.join('\n  ')}`);
    if (!sentinels.length) {
      throw new Error(
        `no test children to look for (run files: ${runs.map((r) => r.file).join(', ') || `none in ${DIR}`}). ` +
          'A scan that has nothing to look for proves nothing: run it through `npm test`, which keeps the test databases for it.',
      );
    }
  };

  beforeAll(async () => {
    for (const r of runs.filter((r) => !readable.includes(r))) {
      say(`${r.tier}: database ${r.databaseKind === 'embedded' ? 'was on the embedded PostgreSQL and is gone' : 'was not kept'}; its children are not sentinels and its queue tables are not scanned`);
    }
    const children: TestChild[] = [];
    for (const run of readable) {
      const client = new Client({ connectionString: run.databaseUrl });
      try {
        await client.connect();
        clients.set(run, client);
        const rows = (
          await client.query<{ given_name: string; family_name: string; nhs_number: string | null; dob: string }>(
            `SELECT given_name, family_name, nhs_number, to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM child`,
          )
        ).rows;
        say(`${run.tier}: ${rows.length} child(ren) in ${hidePassword(run.databaseUrl as string)}`);
        for (const row of rows) children.push({ givenName: row.given_name, familyName: row.family_name, nhsNumber: row.nhs_number, source: `${run.tier} database` });
      } catch (e) {
        loadProblems.push(`${run.tier} (${hidePassword(run.databaseUrl as string)}): ${(e as Error).message}`);
        await client.end().catch(() => undefined);
        clients.delete(run);
      }
    }
    sentinels = sentinelsFor(children);
    const nhs = sentinels.filter((s) => s.kind === 'NHS number').length;
    const full = sentinels.filter((s) => s.label.startsWith('full name')).length;
    say(`${sentinels.length} sentinel(s) from ${children.length} child(ren): ${sentinels.length - nhs - full} name(s), ${full} full name(s), ${nhs} NHS number(s)`);
    const common = commonNamesOf(children);
    if (common.length) say(`looked for only within full names, being ordinary words: ${common.join(', ')} (give test children distinctive names)`);
  });

  afterAll(async () => {
    for (const c of clients.values()) await c.end().catch(() => undefined);
  });

  it('has the children the run created to look for', () => {
    requireSentinels();
  });

  it('finds none of them in any tier’s log', () => {
    requireSentinels();
    const files = existsSync(LOGS) ? readdirSync(LOGS).filter((f) => f.endsWith('.log') && f !== OWN_LOG) : [];
    if (!files.length) throw new Error(`no logs to scan in ${LOGS}`);
    const leaks: Leak[] = [];
    for (const f of files.sort()) {
      const text = readFileSync(join(LOGS, f), 'utf8');
      const lines = text.split('\n');
      const found = findSentinels(text, sentinels);
      say(`log ${f}: ${text.endsWith('\n') ? lines.length - 1 : lines.length} lines, ${found.length} finding(s)`);
      for (const hit of found) leaks.push({ where: `${join(LOGS, f)}:${hit.line}:${hit.column}`, sentinel: hit.sentinel, excerpt: excerpt(lines[hit.line - 1], hit.column, sentinels) });
    }
    failOn(leaks, 'the logs');
  });

  it('finds none of them in the Redis keys or payloads the run wrote', async () => {
    requireSentinels();
    const leaks: Leak[] = [];
    const byServer = new Map<string, Set<string>>();
    for (const r of runs) {
      if (!r.redisUrl || !r.queuePrefix || r.redisAvailable === false) continue;
      byServer.set(r.redisUrl, (byServer.get(r.redisUrl) ?? new Set<string>()).add(r.queuePrefix));
    }
    for (const [url, prefixes] of byServer) {
      const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000, retryStrategy: () => null });
      try {
        await redis.connect();
      } catch (e) {
        // The e2e run does not record its queue backend; without Redis it used PostgreSQL's.
        if (runs.some((r) => r.redisUrl === url && r.redisAvailable === true)) throw e;
        say(`Redis at ${url} does not answer (${(e as Error).message}); nothing written there to scan`);
        redis.disconnect();
        continue;
      }
      try {
        for (const prefix of prefixes) {
          let keys = 0;
          const scan = (where: string, text: string) => {
            for (const hit of findSentinels(text, sentinels)) {
              leaks.push({ where: `${where}${hit.line > 1 ? ` (line ${hit.line})` : ''}`, sentinel: hit.sentinel, excerpt: excerpt(text.split('\n')[hit.line - 1], hit.column, sentinels) });
            }
          };
          let cursor = '0';
          do {
            const [next, batch] = await redis.scan(cursor, 'MATCH', `${globEscape(prefix)}*`, 'COUNT', 1000);
            cursor = next;
            for (const key of batch) {
              keys++;
              const k = redact(key, sentinels);
              scan(`redis key name ${k}`, key);
              const type = await redis.type(key);
              if (type === 'string') scan(`redis string ${k}`, (await redis.get(key)) ?? '');
              else if (type === 'hash') for (const [field, value] of Object.entries(await redis.hgetall(key))) scan(`redis hash ${k} field ${redact(field, sentinels)}`, `${field}\n${value}`);
              else if (type === 'list') (await redis.lrange(key, 0, -1)).forEach((v, i) => scan(`redis list ${k}[${i}]`, v));
              else if (type === 'set') for (const v of await redis.smembers(key)) scan(`redis set ${k}`, v);
              else if (type === 'zset') for (const v of await redis.zrange(key, 0, -1)) scan(`redis zset ${k}`, v);
              else if (type === 'stream') for (const [id, fields] of await redis.xrange(key, '-', '+')) scan(`redis stream ${k} entry ${id}`, fields.join('\n'));
              else if (type !== 'none') throw new Error(`redis key ${k} has type ${type}, which the scan cannot read`);
            }
          } while (cursor !== '0');
          say(`Redis ${url}: ${keys} key(s) under ${prefix}*`);
        }
      } finally {
        await redis.quit().catch(() => redis.disconnect());
      }
    }
    failOn(leaks, 'Redis');
  });

  it('finds none of them in the PostgreSQL queue backend’s tables or the outbox', async () => {
    requireSentinels();
    const leaks: Leak[] = [];
    for (const [run, client] of clients) {
      const tables = (
        await client.query<{ table_schema: string; table_name: string }>(
          `SELECT table_schema, table_name FROM information_schema.tables
           WHERE (table_schema NOT IN ('pg_catalog', 'information_schema', 'public') AND table_schema NOT LIKE 'pg\\_%')
              OR (table_schema = 'public' AND table_name = 'outbox_message')
           ORDER BY 1, 2`,
        )
      ).rows;
      for (const { table_schema: schema, table_name: table } of tables) {
        const q = (id: string) => `"${id.replace(/"/g, '""')}"`;
        const rows = (await client.query<{ row: string }>(`SELECT t::text AS row FROM ${q(schema)}.${q(table)} t`)).rows;
        rows.forEach(({ row }, i) => {
          for (const hit of findSentinels(row, sentinels)) {
            leaks.push({ where: `${run.tier} database ${schema}.${table} row ${i + 1}`, sentinel: hit.sentinel, excerpt: excerpt(row.split('\n')[hit.line - 1], hit.column, sentinels) });
          }
        });
        say(`${run.tier} database: ${rows.length} row(s) in ${schema}.${table}`);
      }
      if (!tables.length) say(`${run.tier} database: no queue tables`);
    }
    failOn(leaks, 'the PostgreSQL queue tables');
  });
});

if (embeddedOnly) {
  say('skipped: the tiers ran on the embedded PostgreSQL, whose databases are dropped when it stops — no children to look for');
}
