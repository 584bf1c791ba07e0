import type { AppointmentView, ClockFlagView, AccessOutcomeName, AssessmentOutcomeName, ListReferralsQuery, Page, RagRatingName, ReferralStageName, ReferralView, ReferrerType, Urgency, WaitView } from '@camhs/contracts';
import { accessDeadline } from '@camhs/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-log';
import { NotFoundError } from '../common/errors';
import type { Actor } from '../identity/actor';
import { referralInScope } from '../identity/scope-sql';
import { clockFlagsFor } from '../clocks/clock-flags';

interface ReferralRow {
  id: string;
  child_id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  nhs_number: string | null;
  area: string;
  team: string;
  referrer_type: ReferrerType;
  urgency: Urgency;
  received_on: string;
  acknowledged_at: Date | null;
  stage: ReferralStageName;
  access_completed_on: string | null;
  access_outcome: AccessOutcomeName | null;
  assessment_completed_on: string | null;
  assessment_outcome: AssessmentOutcomeName | null;
  discharged_on: string | null;
  version: number;
  created_at: Date;
  rag: RagRatingName | null;
  rag_set_on: string | null;
  lead_professional: string | null;
}

const SELECT_REFERRAL = `
  SELECT r.id, r.child_id, c.given_name, c.family_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
         c.nhs_number, a.code AS area, t.code AS team, r.referrer_type, r.urgency,
         to_char(r.received_on, 'YYYY-MM-DD') AS received_on, r.acknowledged_at, r.stage,
         to_char(r.access_completed_on, 'YYYY-MM-DD') AS access_completed_on, r.access_outcome,
         to_char(r.assessment_completed_on, 'YYYY-MM-DD') AS assessment_completed_on, r.assessment_outcome,
         to_char(r.discharged_on, 'YYYY-MM-DD') AS discharged_on, r.version, r.created_at,
         r.rag, to_char(r.rag_set_on, 'YYYY-MM-DD') AS rag_set_on, r.lead_professional
    FROM referral r
    JOIN child c ON c.id = r.child_id
    JOIN area a ON a.id = r.area_id
    JOIN team t ON t.id = r.team_id`;

/** Read side for referrals: plain rows mapped to the API shape, deadline computed by the domain. */
@Injectable()
export class ReferralQueries {
  constructor(private readonly db: DataSource) {}

  /**
   * One referral, if it is inside the caller's scope; the read is audited. Outside the scope the
   * answer is the same 404 as for an id that does not exist (and the attempt is audited).
   */
  async get(id: string, actor: Actor): Promise<ReferralView> {
    const params: unknown[] = [id];
    const rows: ReferralRow[] = await this.db.query(`${SELECT_REFERRAL} WHERE r.id = $1 AND ${referralInScope(actor.scope, params)}`, params);
    if (rows.length === 0) {
      const [hidden] = await this.db.query(`SELECT child_id FROM referral WHERE id = $1`, [id]);
      if (hidden) {
        await recordAudit(this.db, actor, { action: 'denied', entityType: 'referral', entityId: id, childIds: [hidden.child_id], outcome: 'not-found' });
      }
      throw new NotFoundError('referral', id);
    }
    await recordAudit(this.db, actor, { action: 'read', entityType: 'referral', entityId: id, childIds: [rows[0].child_id], outcome: 'success' });
    return (await this.withWaits(rows))[0];
  }

  /** Without scope or audit: for use cases that have already checked both (e.g. right after creating it). */
  async byId(id: string): Promise<ReferralView> {
    const rows: ReferralRow[] = await this.db.query(`${SELECT_REFERRAL} WHERE r.id = $1`, [id]);
    if (rows.length === 0) throw new NotFoundError('referral', id);
    return (await this.withWaits(rows))[0];
  }

  private async withWaits(rows: ReferralRow[]): Promise<ReferralView[]> {
    const waits: (WaitView & { referral_id: string })[] = rows.length
      ? await this.db.query(
          `SELECT w.referral_id, w.id, l.name AS list, to_char(w.added_on, 'YYYY-MM-DD') AS "addedOn",
                  to_char(w.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(w.removed_on, 'YYYY-MM-DD') AS "removedOn", w.version
             FROM wait w JOIN waiting_list l ON l.id = w.list_id
            WHERE w.referral_id = ANY($1::uuid[]) ORDER BY w.added_on, l.name`,
          [rows.map((r) => r.id)],
        )
      : [];
    const appointments: (AppointmentView & { referral_id: string })[] = rows.length
      ? await this.db.query(
          `SELECT a.referral_id, a.id, a.wait_id AS "waitId", to_char(a.date, 'YYYY-MM-DD') AS date, a.kind, a.status, a.version
             FROM appointment a WHERE a.referral_id = ANY($1::uuid[]) ORDER BY a.date, a.created_at`,
          [rows.map((r) => r.id)],
        )
      : [];
    const flags = await clockFlagsFor(this.db, rows.map((r) => r.id));
    return rows.map((r) =>
      toView(
        r,
        waits.filter((w) => w.referral_id === r.id).map(({ referral_id: _, ...w }) => w),
        appointments.filter((a) => a.referral_id === r.id).map(({ referral_id: _, ...a }) => a),
        flags.get(r.id) ?? [],
      ),
    );
  }

  /** A page of the referrals inside the caller's scope; the children shown are recorded in the audit trail. */
  async list(query: ListReferralsQuery, actor: Actor): Promise<Page<ReferralView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const params: unknown[] = [];
    const where: string[] = [referralInScope(actor.scope, params)];
    if (query.area) where.push(`a.code = $${params.push(query.area)}`);
    if (query.team) where.push(`t.code = $${params.push(query.team)}`);
    if (query.urgency) where.push(`r.urgency = $${params.push(query.urgency)}`);
    const filter = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query(
      `SELECT count(*)::int AS total FROM referral r JOIN area a ON a.id = r.area_id JOIN team t ON t.id = r.team_id ${filter}`,
      params,
    );
    const rows: ReferralRow[] = await this.db.query(
      `${SELECT_REFERRAL} ${filter} ORDER BY r.created_at DESC, r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    await recordAudit(this.db, actor, { action: 'read', entityType: 'referral-list', childIds: rows.map((r) => r.child_id), outcome: 'success' });
    return { items: await this.withWaits(rows), total, page, pageSize };
  }
}

function toView(r: ReferralRow, waits: WaitView[], appointments: AppointmentView[], flags: ClockFlagView[]): ReferralView {
  return {
    id: r.id,
    childId: r.child_id,
    givenName: r.given_name,
    familyName: r.family_name,
    dateOfBirth: r.date_of_birth,
    nhsNumber: r.nhs_number,
    area: r.area,
    team: r.team,
    referrerType: r.referrer_type,
    urgency: r.urgency,
    receivedOn: r.received_on,
    accessDeadline: accessDeadline(r.received_on, r.urgency),
    acknowledgedAt: r.acknowledged_at ? r.acknowledged_at.toISOString() : null,
    stage: r.stage,
    accessCompletedOn: r.access_completed_on,
    accessOutcome: r.access_outcome,
    assessmentCompletedOn: r.assessment_completed_on,
    assessmentOutcome: r.assessment_outcome,
    dischargedOn: r.discharged_on,
    waits,
    appointments,
    flags,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    rag: r.rag,
    ragSetOn: r.rag_set_on,
    leadProfessional: r.lead_professional,
  };
}
