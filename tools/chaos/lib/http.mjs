// A browser stand-in for the chaos scenarios (as libs/server/testing's ApiClient): keeps the cookies
// the API sets and echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on writes.
const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

export class Client {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  static async signedIn(base, { username, password }) {
    const c = new Client(base);
    await c.signIn(username, password);
    return c;
  }

  async signIn(username, password) {
    this.cookies.clear();
    const res = await this.request('POST', '/auth/sign-in', { username, password });
    if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}: ${JSON.stringify(res.body)}`);
    this.credentials = { username, password };
  }

  get(path) {
    return this.request('GET', path);
  }

  post(path, body) {
    return this.request('POST', path, body);
  }

  /**
   * One request; answers { status, body (parsed JSON, or text), ms, error } and never throws on an
   * HTTP status. A refused connection or timeout answers status 0 with `error`.
   */
  async request(method, path, body, { headers = {}, rawBody, timeoutMs = 30_000 } = {}) {
    const h = { ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (csrf && method !== 'GET' && !(CSRF_HEADER in h)) h[CSRF_HEADER] = csrf;
    let payload = rawBody;
    if (payload === undefined && body !== undefined) {
      h['content-type'] ??= 'application/json';
      payload = JSON.stringify(body);
    }
    const started = Date.now();
    let res;
    try {
      res = await fetch(`${this.base}${path}`, { method, headers: h, body: payload, signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      return { status: 0, body: null, ms: Date.now() - started, error: e.cause?.code ?? e.name ?? String(e) };
    }
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let parsed = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed, ms: Date.now() - started, headers: res.headers };
  }
}

/** Poll until the API's health endpoint answers 200 (or the time is up); resolves with the ms it took. */
export async function waitForHealthy(base, timeoutMs = 60_000) {
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return Date.now() - started;
    } catch {
      /* not up */
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${base}/health did not answer 200 within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
