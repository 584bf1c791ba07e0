import {
  APPOINTMENT_KINDS,
  AddWaitRequest,
  BookAppointmentRequest,
  EndWaitRequest,
  RecordAppointmentOutcomeRequest,
  ReferralView,
  WaitView,
} from '@camhs/contracts';
import { AppointmentKind, addWait, removeWait, startTreatment } from '@camhs/domain';
import { MessageList, Messages } from './form-messages';
import { WaitAction, pathwayOf } from './pathway-actions';

/** Waits (add one; end one by starting treatment or removal) and appointments (book; record the outcome) as forms. */

export const ADD_WAIT_FIELDS = ['waitList', 'waitAddedOn'] as const;
export type AddWaitField = (typeof ADD_WAIT_FIELDS)[number];
export type AddWaitFormValue = Record<AddWaitField, string>;
export const ADD_WAIT_API_FIELDS: Readonly<Record<string, AddWaitField>> = { list: 'waitList', addedOn: 'waitAddedOn' };

/** The lists the child can be added to: every configured list except those they are already waiting on. */
export function listsToAdd(allLists: readonly string[], referral: ReferralView): string[] {
  const waiting = new Set(referral.waits.filter((w) => w.startedOn === null && w.removedOn === null).map((w) => w.list));
  return allLists.filter((list) => !waiting.has(list));
}

export function validateAddWait(value: AddWaitFormValue, referral: ReferralView, allLists: readonly string[]): Messages<AddWaitField> {
  const m = new MessageList<AddWaitField>();
  if (!allLists.includes(value.waitList)) m.add('waitList', 'Select a waiting list');
  m.date('waitAddedOn', value.waitAddedOn, 'Enter the date the child was added to the list', 'Date added');
  if (m.empty) {
    const added = addWait(pathwayOf(referral), referral.waits, value.waitList, value.waitAddedOn);
    if (!added.ok) m.refusal(added.concern === 'date' ? 'waitAddedOn' : 'waitList', added);
  }
  return m.messages;
}

export function toAddWaitRequest(value: AddWaitFormValue, referral: ReferralView): AddWaitRequest {
  return { version: referral.version, list: value.waitList, addedOn: value.waitAddedOn };
}

export const END_WAIT_FIELDS = ['endOn'] as const;
export type EndWaitField = (typeof END_WAIT_FIELDS)[number];
export type EndWaitFormValue = Record<EndWaitField, string>;
export const END_WAIT_API_FIELDS: Readonly<Record<string, EndWaitField>> = { on: 'endOn' };

export function validateEndWait(value: EndWaitFormValue, wait: WaitView, action: WaitAction): Messages<EndWaitField> {
  const m = new MessageList<EndWaitField>();
  const starting = action === 'start-treatment';
  m.date('endOn', value.endOn, starting ? 'Enter the date treatment started' : 'Enter the date the child came off the list', starting ? 'Treatment start date' : 'Date removed');
  if (m.empty) {
    const ended = starting ? startTreatment(wait, value.endOn) : removeWait(wait, value.endOn);
    if (!ended.ok) m.refusal('endOn', ended);
  }
  return m.messages;
}

export function toEndWaitRequest(value: EndWaitFormValue, wait: WaitView): EndWaitRequest {
  return { version: wait.version, on: value.endOn };
}

export const BOOK_FIELDS = ['appointmentDate', 'appointmentKind', 'appointmentWait'] as const;
export type BookField = (typeof BOOK_FIELDS)[number];
export type BookFormValue = Record<BookField, string>;
export const BOOK_API_FIELDS: Readonly<Record<string, BookField>> = { date: 'appointmentDate', kind: 'appointmentKind', waitId: 'appointmentWait' };

export function validateBooking(value: BookFormValue, referral: ReferralView): Messages<BookField> {
  const m = new MessageList<BookField>();
  m.date('appointmentDate', value.appointmentDate, 'Enter the date of the appointment', 'Date of the appointment');
  if (!(APPOINTMENT_KINDS as readonly string[]).includes(value.appointmentKind)) m.add('appointmentKind', 'Select the kind of appointment');
  if (value.appointmentWait !== '' && !referral.waits.some((w) => w.id === value.appointmentWait)) {
    m.add('appointmentWait', 'Select one of this referral’s waits, or none');
  }
  return m.messages;
}

export function toBookingRequest(value: BookFormValue): BookAppointmentRequest {
  return { date: value.appointmentDate, kind: value.appointmentKind as AppointmentKind, waitId: value.appointmentWait === '' ? null : value.appointmentWait };
}

export const OUTCOME_STATUSES = ['attended', 'dna', 'cancelled'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export const OUTCOME_FIELDS = ['outcomeStatus'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];
export type OutcomeFormValue = Record<OutcomeField, string>;
export const OUTCOME_API_FIELDS: Readonly<Record<string, OutcomeField>> = { status: 'outcomeStatus' };

export function validateOutcome(value: OutcomeFormValue): Messages<OutcomeField> {
  const m = new MessageList<OutcomeField>();
  if (!(OUTCOME_STATUSES as readonly string[]).includes(value.outcomeStatus)) m.add('outcomeStatus', 'Select whether the child attended');
  return m.messages;
}

export function toOutcomeRequest(value: OutcomeFormValue, version: number): RecordAppointmentOutcomeRequest {
  return { version, status: value.outcomeStatus as OutcomeStatus };
}
