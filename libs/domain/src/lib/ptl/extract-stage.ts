import type { ReferralStage } from '../pathway/referral-pathway';
import type { ReferralRecord } from './extract-rows';

/** The stage a referral from an extract is at, from its recorded dates and outcomes (the latest step wins). */
export function stageOfExtractReferral(r: ReferralRecord, teamBypassesAccess: boolean): ReferralStage {
  if (r.dischargedOn) return 'discharged';
  if (r.assessmentOutcome === 'discharged') return 'discharged';
  if (r.assessmentOutcome === 'accepted') return 'accepted';
  if (r.accessOutcome === 'redirected' || r.accessOutcome === 'returned') return r.accessOutcome;
  if (r.accessOutcome === 'accepted') return 'assessment';
  return teamBypassesAccess ? 'assessment' : 'access';
}
