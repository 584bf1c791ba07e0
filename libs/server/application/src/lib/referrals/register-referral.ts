import type { RegisterReferralRequest, ReferralView } from '@camhs/contracts';
import { Clock, inClinicalScope, nhsNumberProblem, normaliseNhsNumber, receiveReferral, referralDateProblems, today } from '@camhs/domain';
import { JOBS } from '@camhs/queues';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock.provider';
import { recordAudit } from '../audit/audit-log';
import { ValidationFailedError } from '../common/errors';
import { claimRequestKey, settleRequestKey } from '../common/request-keys';
import type { Actor } from '../identity/actor';
import { recordJobIntent } from '../outbox/outbox-writer';
import { ReferralQueries } from './referral-queries';
import { stageIntents } from './stage-work';

/**
 * Register a referral for a child. In one transaction: match or create the child (by NHS number
 * when given), store the referral, and record the intent to acknowledge it. The worker does the
 * acknowledging; nothing here waits for a queue. With an idempotency key, the same registration sent
 * again by the same user (a double click, a retry) answers with the referral the first one made.
 */
@Injectable()
export class RegisterReferral {
  constructor(
    private readonly db: DataSource,
    private readonly queries: ReferralQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: RegisterReferralRequest, actor: Actor, idempotencyKey?: string): Promise<ReferralView> {
    let refusedForScope = false;
    try {
      return await this.register(input, actor, idempotencyKey, () => (refusedForScope = true));
    } catch (e) {
      // The refusal rolled the transaction back; the attempt itself still belongs in the audit trail.
      if (refusedForScope) await recordAudit(this.db, actor, { action: 'denied', entityType: 'referral', outcome: 'denied' });
      throw e;
    }
  }

  private async register(input: RegisterReferralRequest, actor: Actor, idempotencyKey: string | undefined, onScopeRefusal: () => void): Promise<ReferralView> {
    const referralId = await this.db.transaction(async (em) => {
      if (idempotencyKey !== undefined) {
        const { replayOf } = await claimRequestKey(em, actor.userId, 'register-referral', idempotencyKey, input);
        if (replayOf) return replayOf;
      }
      const { areaId, teamId, bypassesAccess, problems } = await this.resolveReferences(em, input);
      if (areaId && teamId && !inClinicalScope(actor.scope, { teamId, areaId })) {
        onScopeRefusal();
        problems.push({ field: 'team', message: `you can register referrals only to your own teams (or, as a manager, in your areas); '${input.team}' in '${input.area}' is outside them` });
      }
      problems.push(...referralDateProblems(input, today(this.clock)));
      const nhsProblem = input.nhsNumber ? nhsNumberProblem(input.nhsNumber) : null;
      if (nhsProblem) problems.push({ field: 'nhsNumber', message: nhsProblem });
      if (problems.length > 0 || !areaId || !teamId) throw ValidationFailedError.of(problems);

      const childId = await this.matchOrCreateChild(em, input);
      if (!childId) {
        throw ValidationFailedError.of([
          { field: 'nhsNumber', message: 'a child with this NHS number is already registered with a different name or date of birth; check the NHS number and the details' },
        ]);
      }
      const { stage, accessCompletedOn, accessOutcome } = receiveReferral(input.receivedOn, bypassesAccess);
      const [row] = await em.query(
        `INSERT INTO referral (child_id, area_id, team_id, referrer_type, urgency, received_on, stage, access_completed_on, access_outcome)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [childId, areaId, teamId, input.referrerType, input.urgency, input.receivedOn, stage, accessCompletedOn, accessOutcome],
      );
      await recordJobIntent(em, JOBS.acknowledgeReferral, { referralId: row.id });
      if (stage === 'access') await stageIntents.enteredAccess(em, row.id);
      await recordAudit(em, actor, { action: 'create', entityType: 'referral', entityId: row.id, childIds: [childId], outcome: 'success' });
      if (idempotencyKey !== undefined) await settleRequestKey(em, actor.userId, 'register-referral', idempotencyKey, row.id);
      return row.id as string;
    });
    return this.queries.byId(referralId);
  }

  private async resolveReferences(em: EntityManager, input: RegisterReferralRequest) {
    const problems: { field: string; message: string }[] = [];
    const [area] = await em.query(`SELECT id FROM area WHERE code = $1`, [input.area]);
    // Referrals are made to CAMHS teams; the council's panel team is not a destination.
    const [team] = await em.query(`SELECT id, bypasses_access FROM team WHERE code = $1 AND service = 'camhs'`, [input.team]);
    if (!area) {
      const known: { code: string }[] = await em.query(`SELECT code FROM area ORDER BY code`);
      problems.push({ field: 'area', message: `unknown area '${input.area}'; known areas: ${known.map((a) => a.code).join(', ')}` });
    }
    if (!team) {
      const known: { code: string }[] = await em.query(`SELECT code FROM team WHERE service = 'camhs' ORDER BY code`);
      problems.push({ field: 'team', message: `unknown team '${input.team}'; known teams: ${known.map((t) => t.code).join(', ')}` });
    }
    return { areaId: area?.id as string | undefined, teamId: team?.id as string | undefined, bypassesAccess: team?.bypasses_access === true, problems };
  }

  /**
   * Same NHS number → same child, even when two registrations race (the insert is atomic). The
   * existing child is used only when the name and date of birth given match the ones held, so an
   * NHS number alone never reveals (or attaches a referral to) someone else's record: null then.
   */
  private async matchOrCreateChild(em: EntityManager, input: RegisterReferralRequest): Promise<string | null> {
    const nhs = input.nhsNumber ? normaliseNhsNumber(input.nhsNumber) : null;
    const given = input.givenName.trim();
    const family = input.familyName.trim();
    if (nhs) {
      const [inserted] = await em.query(
        `INSERT INTO child (nhs_number, given_name, family_name, date_of_birth) VALUES ($1, $2, $3, $4)
         ON CONFLICT (nhs_number) DO NOTHING RETURNING id`,
        [nhs, given, family, input.dateOfBirth],
      );
      if (inserted) return inserted.id;
      const [same] = await em.query(
        `SELECT id FROM child WHERE nhs_number = $1 AND lower(given_name) = lower($2) AND lower(family_name) = lower($3) AND date_of_birth = $4`,
        [nhs, given, family, input.dateOfBirth],
      );
      return same?.id ?? null;
    }
    const [row] = await em.query(
      `INSERT INTO child (given_name, family_name, date_of_birth) VALUES ($1, $2, $3) RETURNING id`,
      [given, family, input.dateOfBirth],
    );
    return row.id;
  }
}
