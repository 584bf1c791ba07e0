import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Quoted text in a PostgreSQL message that is not introduced as the name of a database object
 * (`relation "referral"`, `constraint "…"`) is a value echoed back (`invalid input syntax for type
 * uuid: "…"`), and may be a name or an NHS number. Quoted strings are matched left to right, each
 * with the word before it, so an object name's closing quote never pairs with the next opening one.
 */
const QUOTED = /(\b[A-Za-z_]+ )?"[^"]*"/g;
const OBJECT_WORDS = new Set(['relation', 'constraint', 'column', 'table', 'index', 'schema', 'database', 'role', 'function', 'type', 'trigger', 'sequence', 'view']);

/** Keep a PostgreSQL message's shape but drop any value it quotes back. */
export function redactSqlMessage(message: string): string {
  return message.replace(QUOTED, (match: string, word: string | undefined) =>
    word && OBJECT_WORDS.has(word.trim()) ? match : `${word ?? ''}"[redacted]"`,
  );
}

/**
 * TypeORM logger that never prints query parameters or the values a database error echoes: the
 * parameters are where children's names, NHS numbers and dates of birth travel. Statements are
 * printed (they hold placeholders only); errors with their SQLSTATE code and constraint.
 */
export class RedactingSqlLogger implements TypeOrmLogger {
  constructor(
    private readonly logQueries: boolean,
    private readonly out: (line: string) => void = (line) => console.error(line),
  ) {}

  logQuery(query: string, parameters?: unknown[]): void {
    if (this.logQueries) this.out(`[sql] ${oneLine(query)}${parameters?.length ? ` -- ${parameters.length} parameter(s)` : ''}`);
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    const e = typeof error === 'string' ? { message: error } : (error as Error & { code?: string; constraint?: string });
    const code = 'code' in e && e.code ? ` [${e.code}]` : '';
    const constraint = 'constraint' in e && e.constraint ? ` constraint=${e.constraint}` : '';
    this.out(`[sql] error${code}${constraint}: ${redactSqlMessage(e.message)} -- in: ${oneLine(query)}${parameters?.length ? ` -- ${parameters.length} parameter(s), not shown` : ''}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.out(`[sql] slow (${time} ms): ${oneLine(query)}`);
  }

  logSchemaBuild(message: string): void {
    if (this.logQueries) this.out(`[sql] ${message}`);
  }

  logMigration(message: string): void {
    this.out(`[migration] ${message}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn' || this.logQueries) this.out(`[sql] ${level}: ${redactSqlMessage(String(message))}`);
  }
}

function oneLine(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}
