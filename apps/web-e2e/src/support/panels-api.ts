import { APIRequestContext, expect, request } from '@playwright/test';
import { CSRF_COOKIE, CSRF_HEADER, type CatalogueEntryView, type PanelCaseView, type PanelView, type SittingSummary } from '@camhs/contracts';
import { DEMO_PASSWORD } from './sign-in';

/**
 * Panels test data made through the API, as a coordinator (and an administrator, for the
 * catalogue) would make it: the e2e database starts with the seeded catalogue and no panel. Each
 * test makes its own catalogue entries (block capacity is shared by every panel, so shared entries
 * would mix tests' figures) and its own panel, named with `run`, different on every run.
 */

/** Today in the service's time zone (the API's "today"). */
export const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** A calendar date `days` later (or earlier, when negative): plain day arithmetic on the date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The financial year (1 April to 31 March) a date falls in, written 2026-27. */
export function financialYearOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2027-02-21` → `21 Feb 2027`, as the pages write dates. */
export function shown(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Letters only, different on every run (catalogue codes and panel names are unique). */
export function runTag(): string {
  return Array.from(`${Date.now().toString(26)}${Math.floor(Math.random() * 26).toString(26)}`, (c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
}

export interface PanelsApiSession {
  context: APIRequestContext;
  send<T>(method: 'POST' | 'PUT', path: string, data: unknown, status: number): Promise<T>;
  get<T>(path: string): Promise<T>;
}

/** A demonstration user's own API session (writes echo the XSRF cookie); `path` is below `/api`. */
export async function apiAs(baseURL: string, username: string): Promise<PanelsApiSession> {
  const context = await request.newContext({ baseURL });
  const signedIn = await context.post('/api/auth/sign-in', { data: { username, password: DEMO_PASSWORD } });
  expect(signedIn.status(), `signing in as ${username}`).toBe(200);
  const xsrf = (await context.storageState()).cookies.find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  return {
    context,
    async send<T>(method: 'POST' | 'PUT', path: string, data: unknown, status: number): Promise<T> {
      const res = await context.fetch(`/api${path}`, { method, headers: { [CSRF_HEADER]: xsrf }, data });
      expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(status);
      return (await res.json()) as T;
    },
    async get<T>(path: string): Promise<T> {
      const res = await context.get(`/api${path}`);
      expect(res.status(), `GET ${path}`).toBe(200);
      return (await res.json()) as T;
    },
  };
}

export interface TestEntry {
  entry: CatalogueEntryView;
  /** The text the decision form's select shows for it. */
  option: string;
}

/** A type from a provider of its own, in hours: `unitCostPence` a block hour, `blockUnitsPerYear` of them, spot at `spotPricePence`. */
export async function testEntry(admin: PanelsApiSession, run: string, code: string, name: string, providerName: string, unitCostPence: number, spotPricePence: number, blockUnitsPerYear: number): Promise<TestEntry> {
  const typeName = `${name} (${run})`;
  const provider = `${providerName} (${run})`;
  const type = await admin.send<{ id: string }>('POST', '/panel-catalogue/types', { code: `${code}-${run}`, name: typeName }, 201);
  const made = await admin.send<{ id: string }>('POST', '/panel-catalogue/providers', { name: provider }, 201);
  const entry = await admin.send<CatalogueEntryView>('POST', '/panel-catalogue/entries', { typeId: type.id, providerId: made.id, unit: 'hours', unitCostPence, spotPricePence, blockUnitsPerYear }, 201);
  const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`;
  return { entry, option: `${typeName}: ${provider} (${pounds(unitCostPence)} an hour, spot ${pounds(spotPricePence)})` };
}

/** A fortnightly panel of the inclusion-panel team with two members, a budget for the financial year of `firstOn` and `sittings` sittings from it. */
export async function testPanel(coordinator: PanelsApiSession, name: string, budgetPence: number, firstOn: string, sittings: number): Promise<{ panel: PanelView; sittings: SittingSummary[] }> {
  const panel = await coordinator.send<PanelView>('POST', '/panels', { team: 'inclusion-panel', name, cadence: 'fortnightly' }, 201);
  await coordinator.send('POST', `/panels/${panel.id}/members`, { name: 'Priya Okonkwo-Baines', agency: 'Educational Psychology' }, 201);
  await coordinator.send('POST', `/panels/${panel.id}/members`, { name: 'Tomasz Wrenfield', agency: 'SENCo network' }, 201);
  await coordinator.send('PUT', `/panels/${panel.id}/budgets/${financialYearOf(firstOn)}`, { version: null, amountPence: budgetPence }, 200);
  const scheduled = await coordinator.send<SittingSummary[]>('POST', `/panels/${panel.id}/sittings`, { firstOn, count: sittings }, 201);
  return { panel: await coordinator.get<PanelView>(`/panels/${panel.id}`), sittings: scheduled };
}

/** A case with consent and the pre-panel risk recorded (ready for panel), listed for `sittingId` when given. */
export async function readyCase(coordinator: PanelsApiSession, panelId: string, child: { givenName: string; familyName: string; dateOfBirth: string }, sittingId?: string): Promise<PanelCaseView> {
  let c = await coordinator.send<PanelCaseView>(
    'POST',
    '/panel-cases',
    { panelId, child, school: 'Uppingham Church of England Primary School', broughtBy: { name: 'Helen Hartley', role: 'SENCo' }, need: 'Anxiety about school; attendance falling.' },
    201,
  );
  c = await coordinator.send<PanelCaseView>('POST', `/panel-cases/${c.id}/consent`, { version: c.version, givenBy: 'the child’s father', relationship: 'father', givenOn: londonToday(), scope: 'Sharing with panel members; referral to providers' }, 200);
  c = await coordinator.send<PanelCaseView>('POST', `/panel-cases/${c.id}/risk`, { version: c.version, level: 'medium', note: 'Attendance below 80% this term.' }, 200);
  if (sittingId) {
    const sitting = await coordinator.get<{ version: number }>(`/panel-sittings/${sittingId}`);
    await coordinator.send('POST', `/panel-sittings/${sittingId}/agenda`, { version: sitting.version, caseIds: [c.id] }, 200);
  }
  return c;
}
