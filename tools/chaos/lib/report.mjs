// What a scenario injected and what it checked, printed as it happens; any failed check fails the run.

export class Scenario {
  constructor(number, title) {
    this.number = number;
    this.title = title;
    this.failures = [];
    this.checks = 0;
    this.gaps = [];
    this.figures = {};
    this.started = Date.now();
  }

  say(text) {
    console.log(`  [${this.number}] ${text}`);
  }

  /** A fault the scenario put in. */
  injected(text) {
    this.say(`injected: ${text}`);
  }

  /** A check: `ok` false fails the scenario (and the run). */
  check(ok, text, detail) {
    this.checks++;
    if (ok) this.say(`✔ checked: ${text}`);
    else {
      this.failures.push(detail ? `${text} — ${detail}` : text);
      this.say(`✘ FAILED: ${text}${detail ? `\n        ${String(detail).split('\n').join('\n        ')}` : ''}`);
    }
    return ok;
  }

  /** Expect `actual` to equal `expected` (compared as JSON), naming both when they differ. */
  equal(actual, expected, text) {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    return this.check(a === e, text, a === e ? undefined : `expected ${e}, got ${a}`);
  }

  /** Something the product does not promise today: reported, does not fail the run. */
  gap(text) {
    this.gaps.push(text);
    this.say(`⚠ gap (not checked): ${text}`);
  }

  /** A figure for the summary (kills, iterations, seconds…). */
  figure(name, value) {
    this.figures[name] = value;
  }

  /** Stop the clock (the runner calls it when the scenario returns). */
  finish() {
    this.ended ??= Date.now();
    return this;
  }

  get ok() {
    return this.failures.length === 0;
  }

  get seconds() {
    return Math.round(((this.ended ?? Date.now()) - this.started) / 1000);
  }
}

/** Poll `probe` until it returns a truthy value; resolves with { value, ms } or { value: null, ms } at the deadline. */
export async function pollUntil(probe, timeoutMs, everyMs = 250) {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return { value, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) return { value: null, ms: Date.now() - started };
    await sleep(everyMs);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A seeded random source (mulberry32), so a run can be repeated with CHAOS_SEED. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Run `fn` over `items` with at most `limit` at once. */
export async function inParallel(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}
