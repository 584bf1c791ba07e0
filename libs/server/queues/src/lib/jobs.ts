import { QUEUE, QueueName } from './queue-names';

/**
 * A job type: its queue, its explicit name (never a class name), its payload (ids only) and its
 * deterministic id. The same intent always yields the same job id, so adding it twice is harmless.
 */
export interface JobDefinition<P extends Record<string, string>> {
  readonly queue: QueueName;
  readonly name: string;
  jobId(payload: P): string;
}

export interface AcknowledgeReferralPayload extends Record<string, string> {
  referralId: string;
}

/** Runs daily from a job scheduler; on the morning after a report day it stores that day's snapshots. */
export type TakeReportSnapshotsPayload = Record<string, never>;

/** BullMQ refuses ':' in custom ids (it separates key parts), so ids use '-'. */
export const JOBS = {
  acknowledgeReferral: {
    queue: QUEUE.access,
    name: 'acknowledge-referral',
    jobId: (p: AcknowledgeReferralPayload) => `ack-${p.referralId}`,
  } satisfies JobDefinition<AcknowledgeReferralPayload>,
  takeReportSnapshots: {
    queue: QUEUE.reports,
    name: 'take-report-snapshots',
    jobId: () => 'report-snapshots',
  } satisfies JobDefinition<TakeReportSnapshotsPayload>,
} as const;

/** The daily scheduler of the report snapshots (Europe/London, 02:00). */
export const REPORT_SNAPSHOT_SCHEDULER = { id: 'ptl-report-snapshots', pattern: '0 2 * * *', tz: 'Europe/London' } as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS]['name'];
