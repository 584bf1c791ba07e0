// Pure helpers for the leak scan (tools/test/pii-leak.scan-spec.ts): turn the test children a run
// created into sentinels, and find them in text. No I/O here, so the matching itself is unit-tested.

export interface TestChild {
  givenName: string;
  familyName: string;
  nhsNumber: string | null;
  /** Where the child came from (e.g. 'integration database'); used in reports only. */
  source: string;
}

export interface Sentinel {
  kind: 'name' | 'NHS number';
  /** Safe to print: the value masked (first and last character), and which children it belongs to. */
  label: string;
  pattern: RegExp;
}

export interface Finding {
  sentinel: Sentinel;
  /** 1-based line and column of the match in the scanned text. */
  line: number;
  column: number;
}

/** Names shorter than this are too common as substrings of ordinary words to be evidence of a leak. */
export const MIN_NAME_LENGTH = 4;

/**
 * Ordinary words of this product and its tests, which every log contains anyway ("Test Suites:",
 * "FROM child"): a test child called `Test Child` is looked for by the full name only, not word by word.
 */
export const COMMON_WORDS = new Set([
  'test', 'tests', 'testing', 'child', 'children', 'name', 'given', 'family', 'patient', 'person', 'referral',
  'referrer', 'parent', 'school', 'team', 'area', 'user', 'admin', 'demo', 'example', 'sample', 'unknown',
  'none', 'null', 'undefined', 'other', 'self', 'urgent', 'routine', 'valid', 'invalid', 'error',
]);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A name starts where the character before is not a letter — or is the end of a colour code
 * (`\x1b[32mAmara`, as Nest colours its logs) or a backslash escape (`\nAmara` in a JSON string).
 */
const BEFORE = String.raw`(?:(?<![\p{L}\p{M}])|(?<=\x1b\[[0-9;]*m)|(?<=\\[nrtbfv]))`;
const AFTER = String.raw`(?![\p{L}\p{M}])`;
const letters = (s: string) => Array.from(s.replace(/[^\p{L}\p{M}]/gu, '')).length;

/** `Okafor` → `O****r`: enough to tell sentinels apart in a report without writing the name out. */
export function mask(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 2) return '*'.repeat(chars.length);
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

const nameParts = (name: string) => (name ?? '').trim().split(/[\s'’-]+/).filter(Boolean);

/**
 * One sentinel per distinct value, all case-insensitive and matched as whole words (between non-letters,
 * so `Pond` does not match `respond`):
 * - each given and family name, and each part of `Smith-Jones` or `Mary Ann`, of at least MIN_NAME_LENGTH
 *   characters and not one of COMMON_WORDS;
 * - the full name, given then family, with or without spaces, dots, dashes or underscores between;
 * - each NHS number as 10 digits, or `3 3 4` spaced or hyphenated.
 * Dates of birth are not unique enough to be sentinels.
 */
export function sentinelsFor(children: readonly TestChild[]): Sentinel[] {
  const names = new Map<string, { value: string; source: string; full: boolean; owners: Set<string> }>();
  const numbers = new Map<string, Set<string>>();
  const perSource = new Map<string, number>();
  const add = (value: string, source: string, full: boolean, owner: string) => {
    const key = `${full ? 'full' : 'part'}:${value.toLocaleLowerCase('en-GB')}`;
    const entry = names.get(key) ?? { value, source, full, owners: new Set<string>() };
    entry.owners.add(owner);
    names.set(key, entry);
  };
  for (const child of children) {
    const n = (perSource.get(child.source) ?? 0) + 1;
    perSource.set(child.source, n);
    const owner = `${child.source} child #${n}`;
    const given = (child.givenName ?? '').trim();
    const family = (child.familyName ?? '').trim();
    for (const value of new Set([given, family, ...nameParts(given), ...nameParts(family)])) {
      if (Array.from(value).length >= MIN_NAME_LENGTH && !COMMON_WORDS.has(value.toLocaleLowerCase('en-GB'))) {
        add(value, escapeRegExp(value), false, owner);
      }
    }
    if (given && family && letters(given + family) >= MIN_NAME_LENGTH) {
      const flexible = (s: string) => escapeRegExp(s).replace(/\s+/g, '\\s+');
      add(`${given} ${family}`, `${flexible(given)}[\\s_.,-]*${flexible(family)}`, true, owner);
    }
    const digits = (child.nhsNumber ?? '').replace(/\D/g, '');
    if (digits.length === 10) numbers.set(digits, (numbers.get(digits) ?? new Set<string>()).add(owner));
  }

  const sentinels: Sentinel[] = [];
  for (const { value, source, full, owners } of names.values()) {
    sentinels.push({
      kind: 'name',
      label: `${full ? 'full name' : 'name'} ${mask(value)} (${describeOwners(owners)})`,
      pattern: new RegExp(`${BEFORE}${source}${AFTER}`, 'giu'),
    });
  }
  for (const [digits, owners] of numbers) {
    const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
    sentinels.push({
      kind: 'NHS number',
      label: `NHS number ${mask(digits)} (${describeOwners(owners)})`,
      pattern: new RegExp(`(?<!\\d)${a}[ -]?${b}[ -]?${c}(?!\\d)`, 'g'),
    });
  }
  return sentinels;
}

/** The names (masked) looked for only as part of a full name because they are COMMON_WORDS. */
export function commonNamesOf(children: readonly TestChild[]): string[] {
  const found = new Set<string>();
  for (const c of children) {
    for (const part of [...nameParts(c.givenName), ...nameParts(c.familyName)]) {
      if (COMMON_WORDS.has(part.toLocaleLowerCase('en-GB'))) found.add(mask(part.toLocaleLowerCase('en-GB')));
    }
  }
  return [...found];
}

function describeOwners(owners: Set<string>): string {
  const list = [...owners];
  return list.length <= 2 ? list.join(', ') : `${list.slice(0, 2).join(', ')} and ${list.length - 2} more`;
}

/** Every occurrence of every sentinel in `text`, in order of position. */
export function findSentinels(text: string, sentinels: readonly Sentinel[]): Finding[] {
  const findings: { sentinel: Sentinel; index: number }[] = [];
  for (const sentinel of sentinels) {
    const re = new RegExp(sentinel.pattern.source, sentinel.pattern.flags.includes('g') ? sentinel.pattern.flags : `${sentinel.pattern.flags}g`);
    for (const m of text.matchAll(re)) findings.push({ sentinel, index: m.index ?? 0 });
  }
  if (!findings.length) return [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return findings
    .sort((x, y) => x.index - y.index)
    .map(({ sentinel, index }) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      return { sentinel, line: lo + 1, column: index - lineStarts[lo] + 1 };
    });
}

/** `text` with every sentinel occurrence replaced by its mask, so an excerpt can be printed safely. */
export function redact(text: string, sentinels: readonly Sentinel[]): string {
  let out = text;
  for (const s of sentinels) {
    const re = new RegExp(s.pattern.source, s.pattern.flags.includes('g') ? s.pattern.flags : `${s.pattern.flags}g`);
    out = out.replace(re, (m) => mask(m));
  }
  return out;
}
