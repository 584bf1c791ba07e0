import { REFERRER_TYPES, ReferrerType, URGENCIES, Urgency } from '@camhs/contracts';

/** Words shown to staff for each referrer type code. */
export const REFERRER_TYPE_LABELS: Readonly<Record<ReferrerType, string>> = {
  gp: 'GP',
  school: 'School',
  'social-care': 'Social care',
  paediatrician: 'Paediatrician',
  parent: 'Parent or carer',
  self: 'Self-referral',
  other: 'Other',
};

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  routine: 'Routine',
  urgent: 'Urgent',
};

export interface Option<T extends string = string> {
  value: T;
  text: string;
}

export const REFERRER_TYPE_OPTIONS: readonly Option<ReferrerType>[] = REFERRER_TYPES.map((value) => ({
  value,
  text: REFERRER_TYPE_LABELS[value],
}));

export const URGENCY_OPTIONS: readonly Option<Urgency>[] = URGENCIES.map((value) => ({
  value,
  text: URGENCY_LABELS[value],
}));
