import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Lint `source` as if it were the file at `path` (nothing is written to disk). */
function lintAs(path: string, source: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [require.resolve('eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path], {
    cwd: root,
    input: source,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('module boundaries (npm run lint)', () => {
  jest.setTimeout(60_000);

  // The boundary rule reads Nx's cached project graph and is skipped without one (as on a fresh
  // clone): compute it first, exactly as `npm run lint` does.
  beforeAll(() => {
    const r = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'show', 'projects'], { cwd: root, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
    expect(r.status).toBe(0);
  });

  it('fails when a domain file imports @nestjs/common', () => {
    const r = lintAs('libs/domain/src/lib/fixture.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n");
    expect(r.status).toBe(1);
    expect(r.output).toContain('is not allowed to import "@nestjs/common"');
  });

  it('fails when a domain file imports a server library', () => {
    const r = lintAs('libs/domain/src/lib/fixture.ts', "import { loadConfig } from '@camhs/config';\nexport const x = loadConfig;\n");
    expect(r.status).toBe(1);
    expect(r.output).toContain('@nx/enforce-module-boundaries');
    expect(r.output).not.toContain('No cached ProjectGraph');
  });

  it('fails when the web app imports a server library', () => {
    const r = lintAs('apps/web/src/app/fixture.ts', "import { DataSource } from '@camhs/persistence';\nexport const x = DataSource;\n");
    expect(r.status).toBe(1);
    expect(r.output).toContain('@nx/enforce-module-boundaries');
    expect(r.output).not.toContain('No cached ProjectGraph');
  });

  it('passes a domain file that imports only plain libraries', () => {
    const r = lintAs('libs/domain/src/lib/fixture.ts', "import { LocalDate } from '@js-joda/core';\nexport const x = LocalDate;\n");
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });
});
