import { AuditAction, AuditOutcome } from '@camhs/contracts';

/** What each audited action is called on screen. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  read: 'Viewed',
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  export: 'Exported',
  'sign-in': 'Signed in',
  'sign-out': 'Signed out',
  denied: 'Refused',
};

export const AUDIT_OUTCOME_LABELS: Readonly<Record<AuditOutcome, string>> = {
  success: 'Success',
  failure: 'Failed',
  denied: 'Denied',
  'not-found': 'Not found',
};

/** nhsuk tag colour per outcome, so refusals stand out in a long list. */
export const AUDIT_OUTCOME_TAGS: Readonly<Record<AuditOutcome, string>> = {
  success: 'nhsuk-tag--green',
  failure: 'nhsuk-tag--red',
  denied: 'nhsuk-tag--orange',
  'not-found': 'nhsuk-tag--grey',
};
