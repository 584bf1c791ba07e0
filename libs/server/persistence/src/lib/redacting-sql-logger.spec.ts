import { RedactingSqlLogger, redactSqlMessage } from './redacting-sql-logger';

describe('RedactingSqlLogger', () => {
  const capture = (logQueries: boolean) => {
    const lines: string[] = [];
    return { lines, logger: new RedactingSqlLogger(logQueries, (l) => lines.push(l)) };
  };

  it('prints a failed statement without its parameters', () => {
    const { lines, logger } = capture(false);
    const error = Object.assign(new Error('duplicate key value violates unique constraint "child_nhs_number_key"'), { code: '23505', constraint: 'child_nhs_number_key' });
    logger.logQueryError(error, 'INSERT INTO child (nhs_number, given_name) VALUES ($1, $2)', ['9434765919', 'Quintessa']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('[23505] constraint=child_nhs_number_key');
    expect(lines[0]).toContain('2 parameter(s), not shown');
    expect(lines[0]).not.toMatch(/9434765919|Quintessa/);
  });

  it('drops values PostgreSQL quotes back in a message but keeps identifiers', () => {
    expect(redactSqlMessage('invalid input syntax for type uuid: "Quintessa Marchbanks"')).toBe('invalid input syntax for type uuid: "[redacted]"');
    expect(redactSqlMessage('invalid input syntax for type date: "okafor"')).toBe('invalid input syntax for type date: "[redacted]"');
    expect(redactSqlMessage('relation "referral" does not exist')).toBe('relation "referral" does not exist');
    expect(redactSqlMessage('new row for relation "audit_event" violates check constraint "test_refuse_create"')).toBe(
      'new row for relation "audit_event" violates check constraint "test_refuse_create"',
    );
    expect(redactSqlMessage('value "Quintessa" and "Okafor" in relation "child"')).toBe('value "[redacted]" and "[redacted]" in relation "child"');
    expect(redactSqlMessage('duplicate key value violates unique constraint "child_nhs_number_key"')).toBe('duplicate key value violates unique constraint "child_nhs_number_key"');
  });

  it('prints queries only when asked, and never their parameters', () => {
    const quiet = capture(false);
    quiet.logger.logQuery('SELECT 1', []);
    expect(quiet.lines).toEqual([]);
    const loud = capture(true);
    loud.logger.logQuery('SELECT * FROM child\n WHERE family_name = $1', ['Marchbanks']);
    expect(loud.lines).toEqual(['[sql] SELECT * FROM child WHERE family_name = $1 -- 1 parameter(s)']);
  });
});
