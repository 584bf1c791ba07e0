import { aReferral } from '../referrals/detail/referral-view.testing';
import { agendaWaitText, allocatedMessage, allocationProblem, leadProfessionalOptions } from './meeting-agenda-rules';

describe('the team meeting agenda', () => {
  it('says since when the child has been RED without a lead professional', () => {
    expect(agendaWaitText({ referralId: 'r-1', childId: 'c-1', childName: 'Testonia Fixtureby', team: 'generic-outpatient', redSince: '2026-11-08', daysWithoutLeadProfessional: 14 })).toBe(
      '8 Nov 2026: 14 days without a lead professional',
    );
  });

  it('allocates only to a child still RED with no lead professional', () => {
    expect(allocationProblem(aReferral({ rag: 'RED', leadProfessional: null }), 'Testonia Fixtureby')).toBeNull();
    expect(allocationProblem(aReferral({ rag: 'RED', leadProfessional: '  ' }), 'Testonia Fixtureby')).toBeNull();
    expect(allocationProblem(aReferral({ rag: 'RED', leadProfessional: 'Lee Lead (demo)' }), 'Testonia Fixtureby')).toBe(
      'Testonia Fixtureby already has a lead professional: Lee Lead (demo).',
    );
    expect(allocationProblem(aReferral({ rag: 'AMBER', leadProfessional: null }), 'Testonia Fixtureby')).toBe(
      'Testonia Fixtureby is no longer rated RED, so is not waiting for a lead professional.',
    );
  });

  it('offers the team’s lead professionals by name, and says who was allocated', () => {
    expect(leadProfessionalOptions([{ userId: 'u-lee', displayName: 'Lee Lead (demo)' }])).toEqual([{ value: 'u-lee', text: 'Lee Lead (demo)' }]);
    expect(allocatedMessage('Testonia Fixtureby', 'Lee Lead (demo)')).toBe('Lee Lead (demo) is now the lead professional for Testonia Fixtureby, who has left the agenda.');
  });
});
