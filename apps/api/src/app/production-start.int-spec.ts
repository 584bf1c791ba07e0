import { loadConfig } from '@camhs/config';
import { MIGRATIONS, dropDatabase, ensureDatabaseExists } from '@camhs/persistence';
import { configureQueueBackend } from '@camhs/queues';
import { createApi } from './create-api';

describe('the API in production mode', () => {
  it('refuses to start on an unmigrated database and says what to run', async () => {
    const url = new URL(process.env['IT_DATABASE_URL'] as string);
    url.pathname = `/${process.env['IT_RUN']}_unmigrated`;
    await ensureDatabaseExists(url.toString());
    try {
      const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url.toString(), QUEUE_BACKEND: 'postgres', QUEUE_PREFIX: 'unmigrated' });
      configureQueueBackend(config);
      await expect(createApi(config)).rejects.toThrow(new RegExp(`${MIGRATIONS.length} pending migration\\(s\\).*Run \`npm run db:migrate\``));
    } finally {
      await dropDatabase(url.toString());
    }
  });
});
