import { CSRF_COOKIE, CSRF_HEADER } from '@camhs/contracts';

/**
 * A minimal browser stand-in for integration tests: keeps the cookies the API sets and, like the
 * web app, echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header on writes.
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  static async signedIn(base: string, username: string, password: string): Promise<ApiClient> {
    const client = new ApiClient(base);
    const res = await client.signIn(username, password);
    if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}: ${await res.text()}`);
    return client;
  }

  signIn(username: string, password: string): Promise<Response> {
    return this.request('POST', '/auth/sign-in', { username, password });
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown): Promise<Response> {
    return this.request('POST', path, body);
  }

  /** A multipart upload (the browser sets the boundary); the CSRF header is sent as on any write. */
  async upload(path: string, form: FormData): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
    return fetch(`${this.base}${path}`, { method: 'POST', headers, body: form });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Copy of this client's cookies (e.g. to replay a session after sign-out). */
  clone(): ApiClient {
    const copy = new ApiClient(this.base);
    for (const [k, v] of this.cookies) copy.cookies.set(k, v);
    return copy;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    if (this.cookies.size) h['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (csrf && method !== 'GET' && !(CSRF_HEADER in headers)) h[CSRF_HEADER] = csrf;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}
