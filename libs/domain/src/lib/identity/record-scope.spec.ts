import { clinicalScope, inClinicalScope } from './record-scope';
import { roleUsed } from './roles';

const membership = { teamIds: ['team-go'], areaIds: ['area-leicester', 'area-rutland'] };

describe('clinical record scope', () => {
  it('gives clinicians their teams and no areas', () => {
    expect(clinicalScope({ ...membership, roles: ['duty-clinician'] })).toEqual({ teamIds: ['team-go'], areaIds: [] });
    expect(clinicalScope({ ...membership, roles: ['lead-professional'] })).toEqual({ teamIds: ['team-go'], areaIds: [] });
  });

  it('gives managers their teams and every area those teams cover', () => {
    expect(clinicalScope({ ...membership, roles: ['manager'] })).toEqual({ teamIds: ['team-go'], areaIds: ['area-leicester', 'area-rutland'] });
  });

  it('gives an administrator no clinical scope of its own', () => {
    expect(clinicalScope({ ...membership, roles: ['admin'] })).toEqual({ teamIds: [], areaIds: [] });
  });

  it('decides a record by its team or its area', () => {
    const manager = clinicalScope({ ...membership, roles: ['manager'] });
    const clinician = clinicalScope({ ...membership, roles: ['duty-clinician'] });
    const elsewhere = { teamId: 'team-crisis', areaId: 'area-rutland' };
    expect(inClinicalScope(manager, elsewhere)).toBe(true);
    expect(inClinicalScope(clinician, elsewhere)).toBe(false);
    expect(inClinicalScope(clinician, { teamId: 'team-go', areaId: 'area-elsewhere' })).toBe(true);
  });
});

describe('roleUsed', () => {
  it('is the first role the policy lists that the caller holds', () => {
    expect(roleUsed(['duty-clinician', 'lead-professional', 'manager'], ['manager', 'lead-professional'])).toBe('lead-professional');
    expect(roleUsed(['admin', 'manager'], ['duty-clinician'])).toBeUndefined();
  });
});
