import { permits } from '@camhs/contracts';
import { Role } from '@camhs/domain';
import { anyOf, sectionByPath } from './sections';

const opens = (path: string, roles: Role[]) => permits(sectionByPath(path).policy, roles).allowed;

describe('the Panels section', () => {
  it('opens for coordinators (the work), administrators (the catalogue) and managers (the report)', () => {
    expect(opens('panels', ['panel-coordinator'])).toBe(true);
    expect(opens('panels', ['admin'])).toBe(true);
    expect(opens('panels', ['manager'])).toBe(true);
  });

  it('stays closed to the clinical roles without a panel page', () => {
    expect(opens('panels', ['duty-clinician'])).toBe(false);
    expect(opens('panels', ['lead-professional'])).toBe(false);
  });
});

describe('a policy open to whoever any of several admits', () => {
  it('joins their roles once each', () => {
    expect(anyOf({ access: 'roles', roles: ['manager', 'admin'] }, { access: 'roles', roles: ['admin', 'panel-coordinator'] })).toEqual({
      access: 'roles',
      roles: ['manager', 'admin', 'panel-coordinator'],
    });
  });

  it('is as wide as the widest when one admits every signed-in user', () => {
    expect(anyOf({ access: 'roles', roles: ['manager'] }, { access: 'signed-in' })).toEqual({ access: 'signed-in' });
  });
});
