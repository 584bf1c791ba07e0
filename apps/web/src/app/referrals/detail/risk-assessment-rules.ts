import { RAG_RATINGS, RagRatingName, RecordRiskAssessmentRequest, RecordRiskAssessmentResult, ReferralView } from '@camhs/contracts';
import { CalendarDate, RED_INTERVAL_DAYS, daysBetween, recordRiskAssessment, redIntervalProblem } from '@camhs/domain';
import { DUTY_NOTE_MAX, RISK_FIELDS, RiskField, RiskFindingsValue, checkFindings, findingsFieldFor, toFindings } from '../../duty/risk-findings';
import { formatDate } from '../date-format';
import { MessageList, Messages, sentence } from './form-messages';
import { RAG_LABELS } from './referral-detail-labels';

/**
 * Record a risk assessment: the six risk domains, the rating they lead to, why it changes (when
 * it does) and, for RED, the lead professional's review interval. The browser runs the domain's
 * own rule (`recordRiskAssessment`) on what is entered before sending it.
 */

export type RiskAssessmentField = 'assessedOn' | RiskField | 'riskRating' | 'riskReason' | 'redIntervalDays';
export const RISK_ASSESSMENT_FIELDS: readonly RiskAssessmentField[] = ['assessedOn', ...RISK_FIELDS, 'riskRating', 'riskReason', 'redIntervalDays'];
export type RiskAssessmentFormValue = RiskFindingsValue & Readonly<Record<'assessedOn' | 'riskRating' | 'riskReason' | 'redIntervalDays', string>>;

export const RISK_ASSESSMENT_API_FIELDS: Readonly<Record<string, RiskAssessmentField>> = {
  assessedOn: 'assessedOn',
  rating: 'riskRating',
  reason: 'riskReason',
  redIntervalDays: 'redIntervalDays',
};

export function riskAssessmentFieldFor(name: string): RiskAssessmentField | undefined {
  return RISK_ASSESSMENT_API_FIELDS[name] ?? findingsFieldFor(name, 'findings');
}

function isRating(value: string): value is RagRatingName {
  return (RAG_RATINGS as readonly string[]).includes(value);
}

/** The RED interval as entered: a whole number of days, or null when the box is empty. */
function intervalOf(value: string): number | null {
  return value.trim() === '' ? null : Number(value.trim());
}

export function validateRiskAssessment(value: RiskAssessmentFormValue, referral: ReferralView, today: CalendarDate): Messages<RiskAssessmentField> {
  const m = new MessageList<RiskAssessmentField>();
  const dated = m.date('assessedOn', value.assessedOn, 'Enter the date of the assessment', 'Date of the assessment');
  if (dated && daysBetween(today, value.assessedOn) > 0) m.add('assessedOn', 'The date of the assessment cannot be in the future');
  m.addAll(checkFindings(value));
  if (!isRating(value.riskRating)) m.add('riskRating', 'Select the rating the assessment leads to');
  m.atMost('riskReason', value.riskReason, 'Reason', DUTY_NOTE_MAX);
  if (value.riskRating === 'RED') {
    const days = intervalOf(value.redIntervalDays);
    if (days !== null && !/^\d+$/.test(value.redIntervalDays.trim())) m.add('redIntervalDays', 'Enter the days between reviews as a whole number, like 14');
    else if (days !== null && redIntervalProblem(days)) m.add('redIntervalDays', sentence(redIntervalProblem(days) ?? ''));
  }
  if (m.empty && isRating(value.riskRating)) {
    const current = referral.rag && referral.ragSetOn ? { rating: referral.rag, ratedOn: referral.ragSetOn } : null;
    const decided = recordRiskAssessment(
      current,
      { assessedOn: value.assessedOn, findings: toFindings(value).map((f) => ({ ...f, note: f.note ?? null })), rating: value.riskRating, reason: value.riskReason.trim() || null },
      today,
    );
    if (!decided.ok) m.refusal(decided.concern === 'date' ? 'assessedOn' : /rating changes/.test(decided.reason) ? 'riskReason' : 'riskRating', decided);
  }
  return m.messages;
}

export function toRiskAssessmentRequest(value: RiskAssessmentFormValue, referral: ReferralView): RecordRiskAssessmentRequest {
  const rating = value.riskRating as RagRatingName;
  return {
    version: referral.version,
    assessedOn: value.assessedOn,
    findings: toFindings(value),
    rating,
    reason: value.riskReason.trim() || null,
    redIntervalDays: rating === 'RED' ? (intervalOf(value.redIntervalDays) ?? RED_INTERVAL_DAYS.default) : null,
  };
}

/** What the page announces once the assessment is recorded: the rating, the next review, and the agenda when RED without a lead professional. */
export function riskAssessmentSavedMessage(result: RecordRiskAssessmentResult): string {
  const parts = [`Risk assessment recorded: ${RAG_LABELS[result.assessment.rating].text}.`];
  parts.push(result.plan ? `Next duty review due ${formatDate(result.plan.nextReviewOn)}.` : 'No duty reviews are planned: the child is not waiting for treatment.');
  if (result.onTeamMeetingAgenda) parts.push('The child is on the team meeting agenda until a lead professional is allocated.');
  return parts.join(' ');
}
