import { RegistrationKey } from './registration-key';

describe('RegistrationKey', () => {
  const counting = () => {
    let n = 0;
    return new RegistrationKey(() => `key-${++n}`);
  };
  const ada = { givenName: 'Ada', familyName: 'Lovelace', urgency: 'routine' };

  it('sends the same key when the same details are sent again', () => {
    const keys = counting();
    expect([keys.for(ada), keys.for({ ...ada })]).toEqual(['key-1', 'key-1']);
  });

  it('takes a new key when the details change, and after a success', () => {
    const keys = counting();
    expect(keys.for(ada)).toBe('key-1');
    expect(keys.for({ ...ada, urgency: 'urgent' })).toBe('key-2');
    keys.done();
    expect(keys.for({ ...ada, urgency: 'urgent' })).toBe('key-3');
  });

  it('makes UUIDs by default', () => {
    expect(new RegistrationKey().for(ada)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
