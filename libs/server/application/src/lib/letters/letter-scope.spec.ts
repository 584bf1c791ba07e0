import { letterScope } from './letter-scope';

describe('letterScope', () => {
  const none = { teamIds: [], areaIds: [] };

  it('gives an administrator the referrals of its own teams, which its clinical scope (none) does not', () => {
    expect(letterScope(['admin'], none, ['team-a', 'team-b'])).toEqual({ teamIds: ['team-a', 'team-b'], areaIds: [] });
    expect(letterScope(['admin'], none, [])).toEqual(none);
  });

  it('leaves every other role with its clinical scope, whatever teams it is in', () => {
    const manager = { teamIds: ['team-a'], areaIds: ['area-1'] };
    expect(letterScope(['manager'], manager, ['team-a', 'team-z'])).toEqual(manager);
    expect(letterScope(['duty-clinician'], { teamIds: ['team-a'], areaIds: [] }, ['team-a'])).toEqual({ teamIds: ['team-a'], areaIds: [] });
  });

  it('unites both for an administrator who also holds a clinical role (each team once)', () => {
    expect(letterScope(['admin', 'manager'], { teamIds: ['team-a'], areaIds: ['area-1'] }, ['team-a', 'team-b'])).toEqual({
      teamIds: ['team-a', 'team-b'],
      areaIds: ['area-1'],
    });
  });
});
