import { isValidNhsNumber, normaliseNhsNumber } from '../identity/nhs-number';
import { CalendarDate, compareDates, isCalendarDate } from '../time/calendar-date';
import type { RagRating } from '../duty/review-cadence';
import type { ReferralPathway } from '../pathway/referral-pathway';
import type { CellProblem } from './extract-columns';

export type Cells = Readonly<Record<string, string | undefined>>;

/** A referrals.csv row: the child, where it was referred, its pathway dates (as the pathway records them), its rating. */
export interface ReferralRecord extends Omit<ReferralPathway, 'stage'> {
  referralId: string;
  childId: string;
  nhsNumber: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth: CalendarDate;
  area: string;
  team: string;
  referrerType: string;
  urgency: 'routine' | 'urgent';
  rag: RagRating | null;
  ragSetOn: CalendarDate | null;
  leadProfessional: string | null;
}

export interface WaitRecord {
  waitId: string;
  referralId: string;
  /** The list's configured name (matched case-insensitively). */
  list: string;
  addedOn: CalendarDate;
  startedOn: CalendarDate | null;
  removedOn: CalendarDate | null;
}

export interface AppointmentRecord {
  appointmentId: string;
  referralId: string;
  waitId: string | null;
  date: CalendarDate;
  kind: 'access' | 'assessment' | 'treatment' | 'duty-review' | 'other';
  status: 'booked' | 'attended' | 'dna' | 'cancelled';
}

export type Parsed<T> = { record: T; problems: [] } | { record: null; problems: CellProblem[] };

/** Reads one row's cells, collecting every problem (not only the first). */
class RowReader {
  readonly problems: CellProblem[] = [];

  constructor(private readonly cells: Cells) {}

  /** Empty cell = not known / not happened. */
  optional(column: string): string | null {
    const v = this.cells[column]?.trim();
    return v ? v : null;
  }

  required(column: string): string {
    const v = this.optional(column);
    if (v === null) this.problems.push({ column, message: 'is required' });
    return v ?? '';
  }

  date(column: string, required: boolean): CalendarDate | null {
    const v = required ? this.required(column) : this.optional(column);
    if (!v) return null;
    if (!isCalendarDate(v)) {
      this.problems.push({ column, message: `'${v}' is not a date written YYYY-MM-DD` });
      return null;
    }
    return v;
  }

  /** Enumerations are case-insensitive; the canonical spelling is returned. */
  oneOf<T extends string>(column: string, allowed: readonly T[], required: boolean): T | null {
    const v = required ? this.required(column) : this.optional(column);
    if (!v) return null;
    const match = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (!match) this.problems.push({ column, message: `'${v}' is not one of: ${allowed.join(', ')}` });
    return match ?? null;
  }

  /** `column` is filled exactly when `partner` is. */
  together(column: string, value: unknown, partner: string, partnerValue: unknown): void {
    if (value === null && partnerValue !== null) this.problems.push({ column, message: `is required when ${partner} is given` });
    if (value !== null && partnerValue === null && this.optional(partner) === null) this.problems.push({ column, message: `is given without ${partner}` });
  }

  /** Later must not be before earlier (both known). */
  order(later: string, laterValue: CalendarDate | null, earlier: string, earlierValue: CalendarDate | null): void {
    if (laterValue && earlierValue && compareDates(laterValue, earlierValue) < 0) {
      this.problems.push({ column: later, message: `${laterValue} is before ${earlier} (${earlierValue}); dates must follow the pathway order` });
    }
  }

  done<T>(record: T): Parsed<T> {
    return this.problems.length ? { record: null, problems: this.problems } : { record, problems: [] };
  }
}

/** One row of referrals.csv, checked against every rule of the contract that needs only this row. */
export function parseReferralRow(cells: Cells): Parsed<ReferralRecord> {
  const r = new RowReader(cells);
  const referralId = r.required('referral_id');
  const childId = r.required('child_id');
  const rawNhs = r.optional('nhs_number');
  let nhsNumber: string | null = null;
  if (rawNhs) {
    nhsNumber = normaliseNhsNumber(rawNhs);
    if (!nhsNumber) r.problems.push({ column: 'nhs_number', message: `'${rawNhs}' is not 10 digits` });
    else if (!isValidNhsNumber(nhsNumber)) r.problems.push({ column: 'nhs_number', message: 'fails the NHS number Modulus 11 check' });
  }
  const givenName = r.required('given_name');
  const familyName = r.required('family_name');
  const dateOfBirth = r.date('date_of_birth', true);
  const area = r.required('area');
  const team = r.required('team');
  const referrerType = r.oneOf('referrer_type', ['gp', 'school', 'social-care', 'paediatrician', 'parent', 'self', 'other'] as const, true);
  const urgency = r.oneOf('urgency', ['routine', 'urgent'] as const, true);
  const receivedOn = r.date('received_on', true);
  const accessCompletedOn = r.date('access_completed_on', false);
  const accessOutcome = r.oneOf('access_outcome', ['accepted', 'redirected', 'returned'] as const, false);
  const assessmentCompletedOn = r.date('assessment_completed_on', false);
  const assessmentOutcome = r.oneOf('assessment_outcome', ['accepted', 'discharged'] as const, false);
  const dischargedOn = r.date('discharged_on', false);
  const rag = r.oneOf('rag', ['RED', 'AMBER', 'GREEN'] as const, false);
  const ragSetOn = r.date('rag_set_on', false);
  const leadProfessional = r.optional('lead_professional');

  r.together('access_outcome', accessOutcome, 'access_completed_on', accessCompletedOn);
  r.together('assessment_outcome', assessmentOutcome, 'assessment_completed_on', assessmentCompletedOn);
  r.together('rag_set_on', ragSetOn, 'rag', rag);
  if (assessmentCompletedOn && accessOutcome && accessOutcome !== 'accepted') {
    r.problems.push({ column: 'assessment_completed_on', message: `assessment follows only an access outcome of 'accepted' (here '${accessOutcome}')` });
  }
  if (assessmentCompletedOn && !accessCompletedOn && r.optional('access_completed_on') === null) {
    r.problems.push({ column: 'assessment_completed_on', message: 'assessment follows only a completed access (access_completed_on is empty)' });
  }
  // Validation never compares with today's date (an extract may be historical): the birth date is checked against receipt.
  if (dateOfBirth && receivedOn && compareDates(dateOfBirth, receivedOn) > 0) {
    r.problems.push({ column: 'date_of_birth', message: `${dateOfBirth} is after received_on (${receivedOn})` });
  }
  r.order('access_completed_on', accessCompletedOn, 'received_on', receivedOn);
  r.order('assessment_completed_on', assessmentCompletedOn, 'access_completed_on', accessCompletedOn);
  r.order('discharged_on', dischargedOn, 'assessment_completed_on', assessmentCompletedOn ?? accessCompletedOn ?? receivedOn);

  return r.done<ReferralRecord>({
    referralId,
    childId,
    nhsNumber,
    givenName,
    familyName,
    dateOfBirth: dateOfBirth ?? '',
    area,
    team,
    referrerType: referrerType ?? '',
    urgency: urgency ?? 'routine',
    receivedOn: receivedOn ?? '',
    accessCompletedOn,
    accessOutcome,
    assessmentCompletedOn,
    assessmentOutcome,
    dischargedOn,
    rag,
    ragSetOn,
    leadProfessional,
  });
}

/** One row of waits.csv. `lists` are the configured waiting list names. */
export function parseWaitRow(cells: Cells, lists: readonly string[]): Parsed<WaitRecord> {
  const r = new RowReader(cells);
  const waitId = r.required('wait_id');
  const referralId = r.required('referral_id');
  const rawList = r.required('list');
  const list = lists.find((l) => l.toLowerCase() === rawList.toLowerCase());
  if (rawList && !list) r.problems.push({ column: 'list', message: `unknown waiting list '${rawList}'; the lists are: ${lists.join(', ')}` });
  const addedOn = r.date('added_on', true);
  const startedOn = r.date('started_on', false);
  const removedOn = r.date('removed_on', false);
  if (startedOn && removedOn) r.problems.push({ column: 'removed_on', message: 'a wait ends once: either started_on or removed_on, not both' });
  r.order('started_on', startedOn, 'added_on', addedOn);
  r.order('removed_on', removedOn, 'added_on', addedOn);
  return r.done<WaitRecord>({ waitId, referralId, list: list ?? '', addedOn: addedOn ?? '', startedOn, removedOn });
}

/** One row of appointments.csv. */
export function parseAppointmentRow(cells: Cells): Parsed<AppointmentRecord> {
  const r = new RowReader(cells);
  const appointmentId = r.required('appointment_id');
  const referralId = r.required('referral_id');
  const waitId = r.optional('wait_id');
  const date = r.date('date', true);
  const kind = r.oneOf('kind', ['access', 'assessment', 'treatment', 'duty-review', 'other'] as const, true);
  const status = r.oneOf('status', ['booked', 'attended', 'dna', 'cancelled'] as const, true);
  return r.done<AppointmentRecord>({ appointmentId, referralId, waitId, date: date ?? '', kind: kind ?? 'other', status: status ?? 'booked' });
}

/** What the other files need to know about a referral, once referrals.csv has been read. */
export interface ReferralFacts {
  assessmentOutcome: ReferralRecord['assessmentOutcome'];
  assessmentCompletedOn: CalendarDate | null;
}

/** Rules of waits.csv that look at referrals.csv. */
export function waitAgainstReferral(w: WaitRecord, referral: ReferralFacts | undefined): CellProblem[] {
  if (!referral) return [{ column: 'referral_id', message: `referral '${w.referralId}' is not in referrals.csv` }];
  if (referral.assessmentOutcome !== 'accepted') {
    return [{ column: 'referral_id', message: `referral '${w.referralId}' was not accepted at assessment (assessment_outcome must be 'accepted')` }];
  }
  if (referral.assessmentCompletedOn && compareDates(w.addedOn, referral.assessmentCompletedOn) < 0) {
    return [{ column: 'added_on', message: `${w.addedOn} is before the referral's assessment_completed_on (${referral.assessmentCompletedOn})` }];
  }
  return [];
}

/** Rules of appointments.csv that look at the other files. `waitReferral` is the referral of the named wait, if it exists. */
export function appointmentAgainstOthers(a: AppointmentRecord, referralExists: boolean, waitReferral: string | undefined | null): CellProblem[] {
  const problems: CellProblem[] = [];
  if (!referralExists) problems.push({ column: 'referral_id', message: `referral '${a.referralId}' is not in referrals.csv` });
  if (a.waitId && waitReferral === undefined) problems.push({ column: 'wait_id', message: `wait '${a.waitId}' is not in waits.csv` });
  else if (a.waitId && waitReferral !== a.referralId) problems.push({ column: 'wait_id', message: `wait '${a.waitId}' belongs to another referral ('${waitReferral}')` });
  return problems;
}
