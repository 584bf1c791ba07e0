import { ConfigError, loadConfig, redactUrl } from './app-config';

describe('loadConfig', () => {
  it('gives the local defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/camhs_ptl');
    expect(c.queue).toEqual({ backend: 'redis', redisUrl: 'redis://127.0.0.1:6379', prefix: 'camhs' });
    expect(c.api).toEqual({ host: '127.0.0.1', port: 3000, trustProxyHops: 0, docs: true });
    expect(loadConfig({ NODE_ENV: 'production' }).api.docs).toBe(false);
    expect(c.env).toBe('development');
  });

  it('names every bad variable at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x/y', QUEUE_BACKEND: 'kafka', API_PORT: '70000', QUEUE_PREFIX: 'Bad-Prefix' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems.map((p) => p.split(':')[0]).sort()).toEqual(['API_PORT', 'DATABASE_URL', 'QUEUE_BACKEND', 'QUEUE_PREFIX']);
  });

  it('defaults sessions to 30 minutes idle and 12 hours absolute, secure cookies only in production', () => {
    const dev = loadConfig({});
    expect(dev.auth).toMatchObject({ sessionIdleMinutes: 30, sessionAbsoluteMinutes: 720, cookieSecure: false, maxFailedSignIns: 5, lockMinutes: 15 });
    expect(loadConfig({ NODE_ENV: 'production' }).auth.cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).auth.cookieSecure).toBe(false);
  });

  it('refuses a demonstration password shorter than 12 characters', () => {
    expect(() => loadConfig({ DEMO_PASSWORD: 'short' })).toThrow(/DEMO_PASSWORD: must be at least 12 characters/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ QUEUE_BACKEND: '' }).queue.backend).toBe('redis');
  });

  it('is frozen', () => {
    const c = loadConfig({});
    expect(Object.isFrozen(c) && Object.isFrozen(c.queue)).toBe(true);
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/camhs')).toBe('postgres://app:***@db:5432/camhs');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
