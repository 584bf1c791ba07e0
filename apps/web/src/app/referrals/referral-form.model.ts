import { RegisterReferralRequest, ReferrerType, Urgency } from '@camhs/contracts';

/** The form's fields, in page order. Each is also the input's `id`/`name` and the API's field name. */
export const REFERRAL_FIELDS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'nhsNumber',
  'area',
  'team',
  'referrerType',
  'urgency',
  'receivedOn',
] as const satisfies readonly (keyof RegisterReferralRequest)[];

export type ReferralField = (typeof REFERRAL_FIELDS)[number];

/** Raw form values: every control is a string, empty when not filled in. */
export type ReferralFormValue = Record<ReferralField, string>;

/** Messages per field; a field with no entry has no problem. */
export type FieldMessages = Partial<Record<ReferralField, string[]>>;

export function isReferralField(field: string): field is ReferralField {
  return (REFERRAL_FIELDS as readonly string[]).includes(field);
}

/** The request body for valid form values: names trimmed, an empty NHS number sent as null. */
export function toRegisterRequest(value: ReferralFormValue): RegisterReferralRequest {
  const nhsNumber = value.nhsNumber.trim();
  return {
    givenName: value.givenName.trim(),
    familyName: value.familyName.trim(),
    dateOfBirth: value.dateOfBirth,
    nhsNumber: nhsNumber === '' ? null : nhsNumber,
    area: value.area,
    team: value.team,
    referrerType: value.referrerType as ReferrerType,
    urgency: value.urgency as Urgency,
    receivedOn: value.receivedOn,
  };
}
