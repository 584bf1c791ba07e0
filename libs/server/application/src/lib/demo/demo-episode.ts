import type { AppointmentRecord, CalendarDate, ReferralRecord, WaitRecord } from '@camhs/domain';
import { DayNumber, calendarDate } from './day-numbers';
import { DEMO_LEAD_PROFESSIONALS } from './demo-names';
import type { DemoTeam, WaitShape } from './demo-profile';
import { rateAndReview } from './duty-reviews';
import { EpisodeDiary, Outcome } from './episode-diary';
import type { SeededRandom } from './seeded-random';
import { planTreatment } from './treatment-plan';

export interface DemoChild {
  childId: string;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: CalendarDate;
}

/** One referral as the extract records it on the as-of date, with its waits and appointments. */
export interface DemoEpisode {
  referral: ReferralRecord;
  waits: WaitRecord[];
  appointments: AppointmentRecord[];
  /** When the referral closed (redirected, returned or discharged), if it had by the as-of date. */
  closedOn: CalendarDate | null;
}

export interface EpisodeInput {
  referralId: string;
  child: DemoChild;
  receivedOn: DayNumber;
  area: string;
  team: DemoTeam;
  asOf: DayNumber;
  rng: SeededRandom;
  /** The service's waiting lists (the demonstration service's when absent). */
  waits?: WaitShape;
}

/** About one referral in five is urgent. */
export const URGENT_SHARE = 0.2;
const REFERRERS: readonly (readonly [string, number])[] = [
  ['gp', 34], ['school', 26], ['paediatrician', 10], ['social-care', 10], ['parent', 10], ['self', 5], ['other', 5],
];
/** About a fifth are redirected at access (to Early Intervention / Early Help), a few returned to the referrer. */
const ACCESS_OUTCOMES: readonly (readonly [NonNullable<ReferralRecord['accessOutcome']>, number])[] = [['accepted', 72], ['redirected', 20], ['returned', 8]];
const ACCEPTED_AT_ASSESSMENT = 0.8;
const CONTACT_OUTCOMES: readonly (readonly [Outcome, number])[] = [['attended', 80], ['dna', 12], ['cancelled', 8]];
/** Lead professionals hold every RED child, except the few who show as the exception on purpose, and many in treatment. */
const RED_WITH_LEAD_PROFESSIONAL = 0.88;
const TREATED_WITH_LEAD_PROFESSIONAL = 0.7;

/**
 * Days from receipt to the access contact. Most urgent referrals meet their 28 days; routine ones
 * usually meet 91 days, but a backlog leaves some waiting twice or four times as long.
 */
function accessDelayDays(rng: SeededRandom, urgency: 'routine' | 'urgent'): number {
  if (urgency === 'urgent') return rng.chance(0.88) ? rng.int(1, 28) : rng.int(29, 70);
  const band = rng.weighted<readonly [number, number]>([[[7, 91], 60], [[92, 200], 28], [[201, 420], 12]]);
  return rng.int(band[0], band[1]);
}

/**
 * One referral's episode of care, planned from receipt and written down as it stood on the as-of
 * date: access (redirected, returned or accepted), assessment (discharged, or accepted onto waiting
 * lists), waits and treatment, duty reviews and the rating while the child waits, discharge.
 * Specialist teams skip access: while in assessment their referral carries no access date. The
 * extract records a completed assessment only after an access date (extract-rows.ts), so once their
 * assessment completes the first specialist contact is written as the access date.
 */
export function generateEpisode(input: EpisodeInput): DemoEpisode {
  const { rng, team, receivedOn, child } = input;
  const diary = new EpisodeDiary(input.asOf);
  const urgency = rng.chance(URGENT_SHARE) ? 'urgent' : 'routine';
  const referral: ReferralRecord = {
    referralId: input.referralId,
    ...child,
    area: input.area,
    team: team.code,
    referrerType: rng.weighted(REFERRERS),
    urgency,
    receivedOn: calendarDate(receivedOn),
    accessCompletedOn: null,
    accessOutcome: null,
    assessmentCompletedOn: null,
    assessmentOutcome: null,
    dischargedOn: null,
    rag: null,
    ragSetOn: null,
    leadProfessional: null,
  };
  const waits: WaitRecord[] = [];
  const done = (closedOn: CalendarDate | null = null): DemoEpisode => ({ referral, waits, appointments: diary.appointments(input.referralId), closedOn });

  let assessmentFrom: DayNumber;
  if (team.bypassesAccess) {
    assessmentFrom = receivedOn + (urgency === 'urgent' ? rng.int(2, 14) : rng.int(7, 56));
    diary.appointment(assessmentFrom, 'assessment', 'attended', null, 35);
  } else {
    const accessOn = receivedOn + accessDelayDays(rng, urgency);
    if (rng.chance(0.12)) {
      const missed = accessOn - rng.int(7, 21);
      if (missed > receivedOn) diary.appointment(missed, 'access', rng.chance(0.7) ? 'dna' : 'cancelled');
    }
    diary.appointment(accessOn, 'access', 'attended', null, 35);
    if (!diary.happened(accessOn)) return done();
    const outcome = rng.weighted(ACCESS_OUTCOMES);
    referral.accessCompletedOn = calendarDate(accessOn);
    referral.accessOutcome = outcome;
    if (outcome !== 'accepted') return done(referral.accessCompletedOn);
    assessmentFrom = accessOn;
  }

  const assessedOn = assessmentFrom + (rng.chance(0.8) ? rng.int(14, 90) : rng.int(91, 200));
  const span = assessedOn - assessmentFrom;
  const contacts = rng.int(1, 3);
  for (let i = 1; i <= contacts; i++) {
    diary.appointment(assessmentFrom + Math.round((span * i) / contacts), 'assessment', i === contacts ? 'attended' : rng.weighted(CONTACT_OUTCOMES), null, 35);
  }
  if (!diary.happened(assessedOn)) return done();
  if (team.bypassesAccess) {
    referral.accessCompletedOn = calendarDate(assessmentFrom);
    referral.accessOutcome = 'accepted';
  }
  referral.assessmentCompletedOn = calendarDate(assessedOn);
  if (!rng.chance(ACCEPTED_AT_ASSESSMENT)) {
    referral.assessmentOutcome = 'discharged';
    referral.dischargedOn = referral.assessmentCompletedOn;
    return done(referral.dischargedOn);
  }
  referral.assessmentOutcome = 'accepted';

  const plan = planTreatment(rng, input.referralId, team, assessedOn, input.waits);
  for (const w of plan.waits) {
    if (!diary.happened(w.addedOn)) continue;
    waits.push({ waitId: w.waitId, referralId: input.referralId, list: w.list, addedOn: calendarDate(w.addedOn), startedOn: diary.recorded(w.startedOn), removedOn: diary.recorded(w.removedOn) });
    // The first session (the start) is booked up to six weeks ahead, later ones up to three.
    w.sessions.forEach((s, i) => diary.appointment(s.day, 'treatment', s.outcome, w.waitId, i === 0 ? 42 : 21));
  }
  const rating = rateAndReview(rng, diary, assessedOn, plan.waitingEndsOn);
  referral.rag = rating.rag;
  referral.ragSetOn = rating.ragSetOn;
  const inTreatment = waits.some((w) => w.startedOn !== null);
  if (rating.rag === 'RED' ? rng.chance(RED_WITH_LEAD_PROFESSIONAL) : inTreatment && rng.chance(TREATED_WITH_LEAD_PROFESSIONAL)) {
    referral.leadProfessional = rng.pick(DEMO_LEAD_PROFESSIONALS);
  }
  referral.dischargedOn = diary.recorded(plan.dischargedOn);
  return done(referral.dischargedOn);
}
