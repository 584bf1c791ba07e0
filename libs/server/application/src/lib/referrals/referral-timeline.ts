import type { ClockFlagView, ReferralTimelineView, ReferralView, TimelineEntry, TimelineEntryKind } from '@camhs/contracts';
import { ACCESS_TARGET_DAYS, today } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../identity/actor';
import { ReferralQueries } from './referral-queries';

/** An entry with what orders it: the day, then the pathway's order of events, then a stable key. */
interface RankedEntry extends TimelineEntry {
  rank: number;
  tiebreak: string;
}

/** Pathway order of events that share a day. */
const RANK = {
  received: 1,
  acknowledged: 2,
  letter: 3,
  access: 4,
  assessment: 5,
  waitAdded: 6,
  appointment: 7,
  treatmentStarted: 8,
  waitRemoved: 9,
  rag: 10,
  clockFlag: 11,
  discharged: 12,
} as const;

/** `n weeks` (whole weeks, rounded down) for an SQL expression counting days. */
const weeks = (days: string) => `((${days}) / 7)::text || CASE WHEN (${days}) / 7 = 1 THEN ' week' ELSE ' weeks' END`;
/** `a, b and c` from a text array. */
const joined = (list: string) => `regexp_replace(array_to_string(${list}, ', '), ', ([^,]*)$', ' and \\1')`;
const RECIPIENT = `CASE l.recipient WHEN 'gp' THEN 'GP' ELSE l.recipient END`;
const RECIPIENT_ORDER = `array_position(ARRAY['referrer','gp','family'], l.recipient)`;
const LONDON_DAY = (instant: string) => `to_char(${instant} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`;
const DAY = (date: string) => `to_char(${date}, 'YYYY-MM-DD')`;

/**
 * Every recorded event of one referral as (day, rank, tiebreak, kind, text). $1 the referral,
 * $2/$3 the access target in days for urgent/routine referrals (from the domain).
 * Free text (where a referral was redirected, why it was returned or discharged) is shown to the
 * clinician in the entry, never written to a log: the SQL logger prints no parameters or results.
 */
const TIMELINE_SQL = `
  WITH ref AS (
    SELECT r.*, r.access_completed_on - r.received_on AS access_day,
           CASE r.urgency WHEN 'urgent' THEN $2::int ELSE $3::int END AS access_target,
           -- A specialist team's referral is recorded as accepted at access on the day received (referral-pathway.ts).
           (t.bypasses_access AND r.access_completed_on = r.received_on AND r.access_outcome = 'accepted') AS bypassed_access
      FROM referral r JOIN team t ON t.id = r.team_id WHERE r.id = $1
  )
  SELECT ${DAY('received_on')} AS "on", ${RANK.received} AS rank, '' AS tiebreak, 'received' AS kind,
         CASE urgency WHEN 'urgent' THEN 'Urgent' ELSE 'Routine' END || ' referral received from ' ||
         CASE referrer_type WHEN 'gp' THEN 'a GP' WHEN 'school' THEN 'a school' WHEN 'social-care' THEN 'social care'
              WHEN 'paediatrician' THEN 'a paediatrician' WHEN 'parent' THEN 'a parent or carer'
              WHEN 'self' THEN 'the young person (self-referral)' ELSE 'another referrer' END AS text
    FROM ref
  UNION ALL
  SELECT ${LONDON_DAY('acknowledged_at')}, ${RANK.acknowledged}, '', 'acknowledged',
         coalesce('Acknowledged in writing to the ' ||
                  (SELECT ${joined(`array_agg(${RECIPIENT} ORDER BY ${RECIPIENT_ORDER})`)}
                     FROM letter l WHERE l.referral_id = ref.id AND l.kind = 'acknowledgement'), 'Acknowledged')
    FROM ref WHERE acknowledged_at IS NOT NULL
  UNION ALL
  SELECT ${LONDON_DAY('l.created_at')}, ${RANK.letter}, l.kind, 'letter',
         upper(left(l.kind, 1)) || replace(substr(l.kind, 2), '-', ' ') || ' letter to the ' ||
         ${joined(`array_agg(${RECIPIENT} ORDER BY ${RECIPIENT_ORDER})`)}
    FROM letter l WHERE l.referral_id = $1 AND l.kind <> 'acknowledgement'
   GROUP BY 1, l.kind
  UNION ALL
  SELECT ${DAY('access_completed_on')}, ${RANK.access}, '', 'access-completed',
         CASE WHEN bypassed_access THEN 'Straight to assessment: the team does not use the access pathway' ELSE
         'Access completed on day ' || access_day ||
         CASE WHEN access_day <= access_target THEN ', within the ' ELSE ', after the ' END || access_target || '-day target: ' ||
         CASE access_outcome WHEN 'accepted' THEN 'accepted for assessment'
              WHEN 'redirected' THEN 'redirected to ' || coalesce(access_note, 'another agency')
              ELSE 'returned to the referrer' || coalesce(' (' || access_note || ')', '') END END
    FROM ref WHERE access_completed_on IS NOT NULL
  UNION ALL
  SELECT ${DAY('assessment_completed_on')}, ${RANK.assessment}, '', 'assessment-completed',
         CASE assessment_outcome WHEN 'accepted' THEN 'Assessment completed: accepted into the service'
              ELSE 'Assessment completed: discharged' || coalesce(' (' || discharge_reason || ')', '') END
    FROM ref WHERE assessment_completed_on IS NOT NULL
  UNION ALL
  SELECT ${DAY('w.added_on')}, ${RANK.waitAdded}, l.name, 'wait-added', 'Added to the ' || l.name || ' waiting list'
    FROM wait w JOIN waiting_list l ON l.id = w.list_id WHERE w.referral_id = $1
  UNION ALL
  SELECT ${DAY('w.started_on')}, ${RANK.treatmentStarted}, l.name, 'treatment-started',
         'Treatment started from the ' || l.name || ' waiting list after ' || ${weeks('w.started_on - w.added_on')}
    FROM wait w JOIN waiting_list l ON l.id = w.list_id WHERE w.referral_id = $1 AND w.started_on IS NOT NULL
  UNION ALL
  SELECT ${DAY('w.removed_on')}, ${RANK.waitRemoved}, l.name, 'wait-removed',
         'Removed from the ' || l.name || ' waiting list' ||
         CASE WHEN w.removed_on = ref.discharged_on THEN ' at discharge' ELSE '' END || ' after ' || ${weeks('w.removed_on - w.added_on')}
    FROM wait w JOIN waiting_list l ON l.id = w.list_id CROSS JOIN ref WHERE w.referral_id = $1 AND w.removed_on IS NOT NULL
  UNION ALL
  SELECT ${DAY('a.date')}, ${RANK.appointment}, ${LONDON_DAY('a.created_at')} || a.id, 'appointment-' || a.status,
         CASE a.kind WHEN 'access' THEN 'Access appointment' WHEN 'assessment' THEN 'Assessment appointment'
              WHEN 'treatment' THEN 'Treatment appointment' WHEN 'duty-review' THEN 'Duty review appointment' ELSE 'Appointment' END ||
         coalesce(' (' || l.name || ' waiting list)', '') || ' ' ||
         CASE a.status WHEN 'booked' THEN 'booked' WHEN 'attended' THEN 'attended'
              WHEN 'dna' THEN 'not attended (DNA)' ELSE 'cancelled' END
    FROM appointment a LEFT JOIN wait w ON w.id = a.wait_id LEFT JOIN waiting_list l ON l.id = w.list_id
   WHERE a.referral_id = $1
  UNION ALL
  -- The rating history (the RAG recall) from the risk assessments; their findings and reasons stay out of the text.
  SELECT ${DAY('ra.assessed_on')}, ${RANK.rag}, to_char(ra.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'rag-set',
         'Risk assessment: rated ' || ra.rating ||
         CASE WHEN ra.previous_rating IS NULL THEN '' WHEN ra.previous_rating = ra.rating THEN ' (unchanged)' ELSE ' (was ' || ra.previous_rating || ')' END
    FROM risk_assessment ra WHERE ra.referral_id = $1
  UNION ALL
  -- A rating with no risk assessment behind it here (e.g. from an imported extract).
  SELECT ${DAY('rag_set_on')}, ${RANK.rag}, '', 'rag-set', 'RAG rating set to ' || rag
    FROM ref WHERE rag IS NOT NULL AND NOT EXISTS (SELECT 1 FROM risk_assessment ra WHERE ra.referral_id = ref.id)
  UNION ALL
  -- A discharge at assessment is already told by the assessment entry.
  SELECT ${DAY('discharged_on')}, ${RANK.discharged}, '', 'discharged', 'Discharged' || coalesce(' (' || discharge_reason || ')', '')
    FROM ref WHERE discharged_on IS NOT NULL AND assessment_outcome IS DISTINCT FROM 'discharged'`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2026-12-01` → `1 Dec 2026`, as dates are written on screen. */
function spoken(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The clock flags in force, as entries on the day the worker marked them (in Europe/London). */
export function clockFlagEntries(flags: readonly ClockFlagView[], waits: ReferralView['waits']): RankedEntry[] {
  return flags.map((flag) => {
    const list = waits.find((w) => w.id === flag.waitId)?.list;
    const clock = flag.clock === 'access' ? 'Access target' : `${flag.clock === 'rtt13' ? 13 : 18}-week wait${list ? ` on the ${list} waiting list` : ''}`;
    return {
      on: today({ now: () => new Date(flag.flaggedAt) }),
      rank: RANK.clockFlag,
      tiebreak: `${flag.clock}:${flag.waitId ?? ''}`,
      kind: 'clock-flag' as TimelineEntryKind,
      text: `${clock} ${flag.state}: target ${spoken(flag.targetOn)}`,
    };
  });
}

function inTimelineOrder(a: RankedEntry, b: RankedEntry): number {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.tiebreak < b.tiebreak ? -1 : a.tiebreak > b.tiebreak ? 1 : 0;
}

/**
 * GET /api/referrals/{id}/timeline: everything that happened to a referral, oldest first, built in
 * SQL from its records (receipt, acknowledgement and letters, access and assessment outcomes, waits,
 * appointments, RAG ratings, discharge) plus the clock flags in force. Scope and the audited read are
 * exactly those of reading the referral (404 outside the caller's scope).
 */
@Injectable()
export class ReferralTimeline {
  constructor(
    private readonly db: DataSource,
    private readonly queries: ReferralQueries,
  ) {}

  async get(id: string, actor: Actor): Promise<ReferralTimelineView> {
    const referral = await this.queries.get(id, actor);
    const recorded: RankedEntry[] = await this.db.query(TIMELINE_SQL, [id, ACCESS_TARGET_DAYS.urgent, ACCESS_TARGET_DAYS.routine]);
    const entries = [...recorded, ...clockFlagEntries(referral.flags, referral.waits)]
      .sort(inTimelineOrder)
      .map(({ on, kind, text }) => ({ on, kind, text }));
    return { referralId: id, version: referral.version, entries };
  }
}
