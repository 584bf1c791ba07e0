import { TeamMembershipView } from '@camhs/contracts';
import { clinicalTeams, dutyTeamFrom, teamOptions } from './duty-team';

const generic: TeamMembershipView = { code: 'generic-outpatient', name: 'Generic outpatient', service: 'camhs' };
const ypt: TeamMembershipView = { code: 'young-peoples-team', name: "Young People's Team", service: 'camhs' };
const panel: TeamMembershipView = { code: 'inclusion-panel', name: 'Inclusion panel', service: 'council' };

describe('which team’s list to show', () => {
  it('takes the team in the address, else the first clinical team, else none', () => {
    expect(dutyTeamFrom('young-peoples-team', [generic, ypt])).toBe('young-peoples-team');
    expect(dutyTeamFrom(null, [panel, generic, ypt])).toBe('generic-outpatient');
    expect(dutyTeamFrom('  ', [generic])).toBe('generic-outpatient');
    expect(dutyTeamFrom(null, [panel])).toBeNull();
  });

  it('offers the clinical teams, and a team from the address that is not one of them by its code', () => {
    expect(clinicalTeams([panel, generic])).toEqual([generic]);
    expect(teamOptions([generic, panel], 'generic-outpatient')).toEqual([{ value: 'generic-outpatient', text: 'Generic outpatient' }]);
    expect(teamOptions([generic], 'eating-disorders')).toEqual([
      { value: 'generic-outpatient', text: 'Generic outpatient' },
      { value: 'eating-disorders', text: 'eating-disorders' },
    ]);
  });
});
