import { groupFieldErrors } from './api-errors';

const isName = (field: string): field is 'givenName' | 'familyName' => field === 'givenName' || field === 'familyName';

describe('groupFieldErrors', () => {
  it("puts each message under its field, and messages about anything else aside, in the server's order", () => {
    const grouped = groupFieldErrors(
      [
        { field: 'givenName', messages: ['Enter the given name'] },
        { field: '', messages: ['The details were not accepted'] },
        { field: 'givenName', messages: ['Too long'] },
        { field: 'area', messages: ['Unknown area'] },
      ],
      isName,
    );
    expect(grouped.byField).toEqual({ givenName: ['Enter the given name', 'Too long'] });
    expect(grouped.other).toEqual(['The details were not accepted', 'Unknown area']);
  });
});
