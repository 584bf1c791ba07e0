import type { LetterKindName, LetterRecipientName, ReferrerType, Urgency } from '@camhs/contracts';
import { fixedClock, today } from '@camhs/domain';
import type { Sql } from '../audit/audit-log';
import type { LetterData, LetterSubject } from './letter-data';
import type { ServiceContact } from './service-contact';

/** A letter whose kind needs a fact the referral does not (or no longer) record. */
export class LetterFactsMissingError extends Error {
  constructor(readonly letterId: string, what: string) {
    super(`letter ${letterId}: the referral records no ${what}`);
    this.name = 'LetterFactsMissingError';
  }
}

interface LetterRow {
  id: string;
  kind: LetterKindName;
  recipient: LetterRecipientName;
  created_at: Date;
  child_id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  nhs_number: string | null;
  received_on: string;
  urgency: Urgency;
  referrer_type: ReferrerType;
  team_name: string;
  access_completed_on: string | null;
  access_outcome: 'accepted' | 'redirected' | 'returned' | null;
  access_note: string | null;
  assessment_completed_on: string | null;
  assessment_outcome: 'accepted' | 'discharged' | null;
  discharged_on: string | null;
  discharge_reason: string | null;
  assessment_lists: string[];
  due_on: string | null;
  waited_lists: { name: string; since: string }[];
}

/** A letter's data as PostgreSQL holds it now, plus the child it concerns (for the audit trail). */
export interface LoadedLetter {
  data: LetterData;
  childId: string;
  createdAt: Date;
  kind: LetterKindName;
}

/**
 * Read everything a letter says from the referral it belongs to. The lists "accepted onto" are the
 * waits added on the day assessment was completed (as completing assessment records them).
 */
export async function loadLetterData(sql: Sql, letterId: string, service: ServiceContact): Promise<LoadedLetter | null> {
  const [row]: LetterRow[] = await sql.query(
    `SELECT l.id, l.kind, l.recipient, l.created_at, c.id AS child_id, c.given_name, c.family_name,
            to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, c.nhs_number,
            to_char(r.received_on, 'YYYY-MM-DD') AS received_on, r.urgency, r.referrer_type, t.name AS team_name,
            to_char(r.access_completed_on, 'YYYY-MM-DD') AS access_completed_on, r.access_outcome, r.access_note,
            to_char(r.assessment_completed_on, 'YYYY-MM-DD') AS assessment_completed_on, r.assessment_outcome,
            to_char(r.discharged_on, 'YYYY-MM-DD') AS discharged_on, r.discharge_reason,
            coalesce((SELECT array_agg(wl.name ORDER BY wl.name) FROM wait w JOIN waiting_list wl ON wl.id = w.list_id
                       WHERE w.referral_id = r.id AND w.added_on = r.assessment_completed_on), '{}') AS assessment_lists,
            to_char(l.due_on, 'YYYY-MM-DD') AS due_on,
            -- A waiting-list letter names the child's waits open on its due day (any of the child's referrals).
            coalesce((SELECT json_agg(json_build_object('name', wl.name, 'since', to_char(w.added_on, 'YYYY-MM-DD')) ORDER BY w.added_on, wl.name)
                        FROM wait w JOIN waiting_list wl ON wl.id = w.list_id JOIN referral wr ON wr.id = w.referral_id
                       WHERE l.due_on IS NOT NULL AND wr.child_id = r.child_id AND w.added_on <= l.due_on
                         AND (w.started_on IS NULL OR w.started_on > l.due_on) AND (w.removed_on IS NULL OR w.removed_on > l.due_on)), '[]') AS waited_lists
       FROM letter l
       JOIN referral r ON r.id = l.referral_id
       JOIN child c ON c.id = r.child_id
       JOIN team t ON t.id = r.team_id
      WHERE l.id = $1`,
    [letterId],
  );
  if (!row) return null;
  return {
    data: {
      letterId: row.id,
      recipient: row.recipient,
      letterDate: today(fixedClock(row.created_at.toISOString())),
      child: { givenName: row.given_name, familyName: row.family_name, dateOfBirth: row.date_of_birth, nhsNumber: row.nhs_number },
      referral: { receivedOn: row.received_on, urgency: row.urgency, referrerType: row.referrer_type, teamName: row.team_name },
      subject: subjectOf(row),
      service,
    },
    childId: row.child_id,
    createdAt: row.created_at,
    kind: row.kind,
  };
}

function subjectOf(row: LetterRow): LetterSubject {
  const missing = (what: string) => new LetterFactsMissingError(row.id, what);
  switch (row.kind) {
    case 'acknowledgement':
      return { kind: 'acknowledgement' };
    case 'access-outcome': {
      const completedOn = row.access_completed_on;
      if (!completedOn || !row.access_outcome) throw missing('access outcome');
      if (row.access_outcome === 'redirected') return { kind: row.kind, completedOn, outcome: 'redirected', destination: row.access_note ?? 'another service' };
      if (row.access_outcome === 'returned') return { kind: row.kind, completedOn, outcome: 'returned', reason: row.access_note ?? 'more information is needed' };
      return { kind: row.kind, completedOn, outcome: 'accepted' };
    }
    case 'assessment-outcome': {
      const completedOn = row.assessment_completed_on;
      if (!completedOn || !row.assessment_outcome) throw missing('assessment outcome');
      if (row.assessment_outcome === 'discharged') return { kind: row.kind, completedOn, outcome: 'discharged', reason: row.discharge_reason ?? 'not recorded' };
      if (row.assessment_lists.length === 0) throw missing('waiting list added at assessment');
      return { kind: row.kind, completedOn, outcome: 'accepted', lists: row.assessment_lists };
    }
    case 'discharge':
      if (!row.discharged_on) throw missing('discharge');
      return { kind: row.kind, dischargedOn: row.discharged_on, reason: row.discharge_reason ?? 'not recorded' };
    case 'waiting-list':
      if (!row.due_on || row.waited_lists.length === 0) throw missing('wait open on the letter\'s due day');
      return { kind: row.kind, dueOn: row.due_on, lists: row.waited_lists };
  }
}
