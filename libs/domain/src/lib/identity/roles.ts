/**
 * Staff roles. A user may hold several; every API operation names the roles that may call it
 * (see the route policy in @camhs/contracts), and record scope narrows what each role sees.
 */
export const ROLES = ['duty-clinician', 'lead-professional', 'panel-coordinator', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'duty-clinician': 'Duty clinician',
  'lead-professional': 'Lead professional',
  'panel-coordinator': 'Panel coordinator',
  manager: 'Manager',
  admin: 'Administrator',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles that work with CAMHS clinical records (referrals, waiting lists, duty reviews). */
export const CLINICAL_ROLES: readonly Role[] = ['duty-clinician', 'lead-professional', 'manager'];
/** Roles that work the multi-agency panel (cases and interventions). */
export const PANEL_ROLES: readonly Role[] = ['panel-coordinator', 'manager'];
/** Roles that read reports. */
export const REPORT_ROLES: readonly Role[] = ['manager'];
/** Roles that read the audit trail (subject-access reports). */
export const AUDIT_ROLES: readonly Role[] = ['admin', 'manager'];

/**
 * The role a request acts under: the first of the caller's roles, in the order the policy lists
 * them, that the policy allows. Recorded in the audit trail. `undefined` means not allowed.
 */
export function roleUsed(allowed: readonly Role[], held: readonly Role[]): Role | undefined {
  return allowed.find((r) => held.includes(r));
}
