import 'reflect-metadata';
import { loadConfig, redactUrl } from '@camhs/config';
import { configureQueueBackend } from '@camhs/queues';
import { createWorker } from './app/create-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  configureQueueBackend(config);
  await createWorker(config);
  console.log(
    `[worker] processing queues (database ${redactUrl(config.databaseUrl)}, queue backend ${config.queue.backend})`,
  );
}

main().catch((e: Error) => {
  console.error(`[worker] failed to start: ${e.message}`);
  process.exit(1);
});
