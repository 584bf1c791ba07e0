export type ComponentStatus = 'up' | 'down';
export type QueueBackendName = 'redis' | 'postgres';

/** GET /api/health — 200 when every component is up, 503 otherwise. */
export interface HealthView {
  status: 'ok' | 'error';
  database: { status: ComponentStatus };
  queue: { status: ComponentStatus; backend: QueueBackendName };
}
