import { TeamMembershipView } from '@camhs/contracts';
import { SelectOption } from '../shared/select-field.component';

/**
 * Which team's duty list (or meeting agenda) to show: the team in the address (`?team=`), so it
 * survives a reload and can be shared, else the user's first clinical team. Null when there is
 * neither (a user with no clinical team has no duty list).
 */
export function dutyTeamFrom(param: string | null, teams: readonly TeamMembershipView[]): string | null {
  const asked = param?.trim();
  if (asked) return asked;
  return clinicalTeams(teams)[0]?.code ?? null;
}

/** The user's CAMHS teams (the council's panel team has no duty list). */
export function clinicalTeams(teams: readonly TeamMembershipView[]): TeamMembershipView[] {
  return teams.filter((t) => t.service === 'camhs');
}

/** The team picker's options: the user's clinical teams, plus the team asked for when it is not one of them (a manager may look at any team in their areas). */
export function teamOptions(teams: readonly TeamMembershipView[], current: string | null): SelectOption[] {
  const options = clinicalTeams(teams).map((t) => ({ value: t.code, text: t.name }));
  return current && !options.some((o) => o.value === current) ? [...options, { value: current, text: current }] : options;
}
