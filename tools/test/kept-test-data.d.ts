// Types for kept-test-data.js (plain CommonJS so the jest global setup/teardown can require it).
export interface RunFile {
  file: string;
  tier: 'integration' | 'e2e';
  databaseUrl?: string;
  databaseKind?: 'local' | 'configured' | 'embedded';
  databaseKept?: boolean;
  redisUrl?: string;
  redisAvailable?: boolean;
  queuePrefix?: string;
  writtenAt?: string;
}
export const RESULTS_DIR: string;
export const RUN_FILES: Record<'integration' | 'e2e', string>;
export function keepTestData(): boolean;
export function writeRunFile(tier: 'integration' | 'e2e', data: Omit<RunFile, 'file' | 'tier' | 'writtenAt'>, dir?: string): void;
export function readRunFiles(dir?: string): RunFile[];
export function dropDatabase(databaseUrl: string): Promise<void>;
export function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number>;
export function cleanUpKeptData(dir?: string, log?: (line: string) => void): Promise<string[]>;
export function globEscape(s: string): string;
