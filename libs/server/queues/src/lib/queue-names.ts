/** Every queue the product uses (architecture.md, "Queues and time"). */
export const QUEUE = {
  access: 'access',
  assessment: 'assessment',
  treatment: 'treatment',
  duty: 'duty',
  letters: 'letters',
  reports: 'reports',
  panels: 'panels',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

/** Queues that have processors today; the others are registered as their features arrive. */
export const ACTIVE_QUEUES: readonly QueueName[] = [QUEUE.access, QUEUE.assessment, QUEUE.treatment, QUEUE.duty, QUEUE.letters, QUEUE.reports, QUEUE.panels];
