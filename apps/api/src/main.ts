import 'reflect-metadata';
import { loadConfig, redactUrl } from '@camhs/config';
import { configureQueueBackend } from '@camhs/queues';
import { createApi } from './app/create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  configureQueueBackend(config);
  const app = await createApi(config);
  await app.listen(config.api.port, config.api.host);
  const url = await app.getUrl();
  console.log(
    `[api] listening on ${url}/api (database ${redactUrl(config.databaseUrl)}, queue backend ${config.queue.backend})`,
  );
}

main().catch((e: Error) => {
  console.error(`[api] failed to start: ${e.message}`);
  process.exit(1);
});
