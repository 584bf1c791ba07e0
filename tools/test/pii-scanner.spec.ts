import { commonNamesOf, findSentinels, mask, redact, sentinelsFor, TestChild } from './pii-scanner';

const children: TestChild[] = [
  { givenName: 'Zephyrine', familyName: 'Quill-Featherstone', nhsNumber: '4010232137', source: 'test database' },
  { givenName: 'Amy', familyName: 'Lee', nhsNumber: null, source: 'test database' },
  { givenName: 'Test', familyName: 'Child', nhsNumber: null, source: 'test database' },
];
const sentinels = sentinelsFor(children);
const kinds = (text: string) => findSentinels(text, sentinels).map((f) => f.sentinel.label.replace(/ \(.*$/, ''));

describe('the leak scanner', () => {
  it('finds a planted name, case-insensitively, with its line and column', () => {
    const text = '[api] GET /api/referrals 200\n[worker] acknowledging referral for zephyrine\n';
    expect(findSentinels(text, sentinels)).toEqual([expect.objectContaining({ line: 2, column: 37, sentinel: expect.objectContaining({ kind: 'name' }) })]);
  });

  it('finds a name in coloured log output and after a JSON escape', () => {
    expect(kinds('\x1b[32m    LOG\x1b[39m \x1b[38;5;3mZephyrine\x1b[39m')).toEqual(['name Z*******e']);
    expect(kinds('{"note":"line one\\nZephyrine"}')).toEqual(['name Z*******e']);
  });

  it('finds each part of a hyphenated name and the whole of it', () => {
    expect(kinds('{"familyName":"Quill-Featherstone"}')).toEqual(expect.arrayContaining(['name Q****************e', 'name Q***l', `name ${mask('Featherstone')}`]));
  });

  it('finds a full name however it is joined, even when its parts are too short or too common on their own', () => {
    for (const written of ['for Amy Lee', 'AmyLee', 'amy_lee', 'registered Test Child.']) expect(kinds(written)).toHaveLength(1);
    expect(kinds('for Zephyrine Quill-Featherstone')).toEqual(expect.arrayContaining([`full name ${mask('Zephyrine Quill-Featherstone')}`]));
  });

  it('finds an NHS number written as 3 3 4 spaced digits, as 10 digits and hyphenated', () => {
    for (const written of ['nhsNumber=401 023 2137', 'job {"nhs":"4010232137"}', 'ref 401-023-2137.']) expect(kinds(written)).toEqual(['NHS number 4********7']);
  });

  it('ignores clean text: ids, other numbers, names inside longer words, short and common names on their own', () => {
    const clean = [
      '[worker] job ack-3f1c2a9e-0b7d-4c55-9d7e-1a2b3c4d5e6f completed for referral 3f1c2a9e-0b7d-4c55-9d7e-1a2b3c4d5e6f',
      '[api] 400 nhsNumber: NHS number must be 10 digits (got 943 476 5918)',
      'timestamp 14010232137999 and 40102321370',
      'Zephyrines and quillfeathers are not our child; Amy and Lee are too short to mean anything alone',
      'Test Suites: 3 passed, 3 total; SELECT * FROM child; a child test',
    ].join('\n');
    expect(findSentinels(clean, sentinels)).toEqual([]);
  });

  it('has no single-name sentinel for names under four characters or ordinary words, and none for a missing NHS number', () => {
    expect(sentinels.map((s) => s.label.replace(/ \(.*$/, ''))).toEqual([
      'name Z*******e',
      'name Q****************e',
      'name Q***l',
      `name ${mask('Featherstone')}`,
      `full name ${mask('Zephyrine Quill-Featherstone')}`,
      'full name A*****e',
      'full name T********d',
      'NHS number 4********7',
    ]);
    expect(commonNamesOf(children)).toEqual(['t**t', 'c***d']);
  });

  it('masks what it reports so the report does not leak the name itself', () => {
    expect(mask('Zephyrine')).toBe('Z*******e');
    expect(redact('for Zephyrine QUILL-FEATHERSTONE, 401 023 2137, Amy Lee', sentinels)).not.toMatch(/zephyrine|quill|feather|4010|401 023|amy lee/i);
  });
});
