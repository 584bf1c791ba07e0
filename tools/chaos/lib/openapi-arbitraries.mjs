// fast-check arbitraries for the API's operations, read from its own OpenAPI document: requests that
// mostly follow each operation's schema (so they reach the use cases), with a share broken on purpose
// (a required field dropped, a wrong type, an unknown field, text where JSON belongs, odd characters).
import fc from 'fast-check';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document: method, path template, parameters and JSON body schema. */
export function operationsOf(doc) {
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      ops.push({
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? []).map((p) => resolve(doc, p)),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return ops;
}

function resolve(doc, schema) {
  let s = schema;
  for (let i = 0; s?.$ref && i < 20; i++) s = s.$ref.split('/').slice(1).reduce((o, k) => o[k], doc);
  return s;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Strings that have broken parsers and databases before: NUL, lone surrogates, huge, SQL, markup. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\uffff',
  "'; DROP TABLE referral; --",
  '<script>alert(1)</script>',
  '%00',
  '../../etc/passwd',
  '0',
  '-1',
  '1e309',
  'null',
  'true',
  '[]',
  '{}',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2026-11-22T25:61:00Z',
  'x'.repeat(10_000),
  '😀'.repeat(300),
  'ÅØÆ ąę ß İı',
];

const dayOffset = (today, days) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Values for one schema. `ctx`: { doc, today, ids (known record ids), words (codes and names known to
 * the API: areas, teams, lists…) } — used often, so that requests get past "unknown" to the rules.
 */
export function valueFor(schema, ctx, depth = 0) {
  const s = resolve(ctx.doc, schema) ?? {};
  if (depth > 6) return fc.constant(null);
  if (s.allOf) return valueFor(Object.assign({}, ...s.allOf.map((x) => resolve(ctx.doc, x))), ctx, depth + 1);
  if (s.oneOf || s.anyOf) return fc.oneof(...(s.oneOf ?? s.anyOf).map((x) => valueFor(x, ctx, depth + 1)));
  let arb;
  if (s.enum) arb = fc.constantFrom(...s.enum);
  else if (s.type === 'array') arb = fc.array(valueFor(s.items ?? {}, ctx, depth + 1), { maxLength: Math.min(s.maxItems ?? 6, 6) });
  else if (s.type === 'object' && s.properties) arb = objectFor(s, ctx, depth);
  else if (s.type === 'integer' || s.type === 'number') arb = numberFor(s);
  else if (s.type === 'boolean') arb = fc.boolean();
  else arb = stringLike(s, ctx);
  return s.nullable ? fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }) : arb;
}

function objectFor(s, ctx, depth) {
  const props = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, valueFor(v, ctx, depth + 1)]));
  return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
}

function numberFor(s) {
  const min = s.minimum ?? 0;
  const max = s.maximum ?? Math.max(min + 10, 1000);
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min, max: Math.min(max, min + 12) }) },
    { weight: 2, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, 0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1.5) },
  );
}

/**
 * A string, or what the document says is an "object" but gives a string example for (Swagger's way of
 * writing `string | null`): dates near today, ids of records that exist, known codes, free text.
 */
function stringLike(s, ctx) {
  const ex = s.example;
  if (typeof ex === 'number') return numberFor(s);
  if (typeof ex === 'boolean') return fc.boolean();
  const text = String(ex ?? '');
  const free = fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
  if (s.format === 'uuid' || UUID.test(text)) return idValue(ctx);
  if (s.format === 'date' || DATE.test(text)) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -900, max: 30 }).map((d) => dayOffset(ctx.today, d)) },
      { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS.filter((x) => x.length < 40)) },
    );
  }
  if (s.format === 'date-time' || DATE_TIME.test(text)) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -900 * 24, max: 48 }).map((h) => new Date(Date.now() + h * 3_600_000).toISOString()) },
      { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS.filter((x) => x.length < 40)) },
    );
  }
  return fc.oneof(
    { weight: 4, arbitrary: ex === undefined ? free : fc.constant(text) },
    { weight: 4, arbitrary: fc.constantFrom(...ctx.words) },
    { weight: 3, arbitrary: free },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  );
}

function idValue(ctx) {
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ctx.ids) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) });
}

/** Any JSON at all, for a body or a field that should have been something else. */
const anyJson = () => fc.jsonValue({ maxDepth: 3 });

/** Break a body that follows the schema in one of the ways clients do. */
function broken(body, op, ctx) {
  const schema = resolve(ctx.doc, op.body) ?? {};
  const keys = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  return fc.oneof(
    fc.constant({ json: body }),
    ...(required.length ? [fc.constantFrom(...required).map((k) => ({ json: withoutKey(body, k) }))] : []),
    ...(keys.length ? [fc.tuple(fc.constantFrom(...keys), anyJson()).map(([k, v]) => ({ json: { ...asObject(body), [k]: v } }))] : []),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), anyJson()).map(([k, v]) => ({ json: { ...asObject(body), [`x${k}`]: v } })),
    anyJson().map((v) => ({ json: v })),
    fc.constantFrom('{"unterminated": ', 'not json at all', '\u0000', '[1,2', '{"a":1}{"b":2}').map((raw) => ({ raw, type: 'application/json' })),
    fc.constant({ raw: JSON.stringify(body ?? {}), type: 'text/plain' }),
  );
}

const asObject = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const withoutKey = (v, k) => {
  const o = { ...asObject(v) };
  delete o[k];
  return o;
};

/** A request for one operation: its path filled in, a query, and a body (often valid, sometimes broken). */
export function requestFor(op, ctx) {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const path = fc.tuple(...pathParams.map((p) => pathValue(p, ctx))).map((values) => {
    let filled = op.path;
    pathParams.forEach((p, i) => (filled = filled.replace(`{${p.name}}`, encodePathPart(String(values[i])))));
    return filled;
  });
  const query = fc
    .tuple(...queryParams.map((p) => fc.option(fc.oneof({ weight: 5, arbitrary: valueFor(p.schema ?? {}, ctx) }, { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) }), { freq: 3 })))
    .map((values) => {
      const q = new URLSearchParams();
      queryParams.forEach((p, i) => values[i] !== null && q.append(p.name, typeof values[i] === 'string' ? values[i] : JSON.stringify(values[i])));
      return q.toString();
    });
  // A GET carries no body (fetch refuses one); an operation without a body schema sometimes gets one anyway.
  const body = op.body
    ? valueFor(op.body, ctx).chain((b) => fc.oneof({ weight: 3, arbitrary: fc.constant({ json: b }) }, { weight: 2, arbitrary: broken(b, op, ctx) }))
    : op.method === 'GET'
      ? fc.constant(null)
      : fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: anyJson().map((v) => ({ json: v })) });
  // One request in ten without a session: the guard's answers are checked too.
  return fc.record({ op: fc.constant(op), path, query, body, anonymous: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) });
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes as the bytes of U+FFFD. */
function encodePathPart(v) {
  try {
    return encodeURIComponent(v);
  } catch {
    return encodeURIComponent(v.toWellFormed ? v.toWellFormed() : v.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

function pathValue(p, ctx) {
  const ex = String(p.schema?.example ?? p.example ?? '');
  if (p.name === 'financialYear') return fc.oneof(fc.constantFrom('2026-27', '2025-26', '2026', '26-27'), fc.constantFrom(...NASTY_STRINGS.filter((x) => x.length < 40)));
  if (p.name === 'team') return fc.oneof(fc.constantFrom(...ctx.words), fc.constantFrom(...NASTY_STRINGS.filter((x) => x.length < 40)));
  if (!ex || UUID.test(ex) || /id$/i.test(p.name)) return idValue(ctx).map((v) => (v.length > 200 ? v.slice(0, 200) : v));
  return fc.string({ maxLength: 20 });
}
