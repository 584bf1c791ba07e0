import { coordinatesPanel, mayReadPanelReport } from './panel-scope';

describe('who works with a panel', () => {
  const panel = { teamId: 'inclusion-panel', areaIds: ['leicestershire'] };

  it('its coordinators are in its team', () => {
    expect(coordinatesPanel(['inclusion-panel'], panel)).toBe(true);
    expect(coordinatesPanel(['generic-outpatient'], panel)).toBe(false);
  });

  it('a manager reads the report of a panel covering one of their areas', () => {
    expect(mayReadPanelReport({ teamIds: ['generic-outpatient'], areaIds: ['rutland', 'leicestershire'] }, panel)).toBe(true);
    expect(mayReadPanelReport({ teamIds: ['generic-outpatient'], areaIds: ['rutland'] }, panel)).toBe(false);
    expect(mayReadPanelReport({ teamIds: ['inclusion-panel'], areaIds: [] }, panel)).toBe(true);
  });
});
