import { APIRequestContext, Page, expect, request, test } from '@playwright/test';
import { CSRF_COOKIE, CSRF_HEADER, type CatalogueEntryView, type PanelActionView, type PanelCaseView, type PanelView, type SittingSummary, type SittingView } from '@camhs/contracts';
import { DEMO_PASSWORD, signIn } from './support/sign-in';

/**
 * The coordinator's follow-up list and the panel report, on a panel built through the API: one
 * child, at high risk (32.5 hours a week predicted), allocated 2 hours of counselling a week for 6
 * weeks at a sitting 10 days ago from a contract of 10 block hours (£45.00) with spot at £60.00:
 * 10 block hours (£450.00) + 2 spot hours (£120.00) = £570.00 against a budget of £5,000.00; two
 * actions, one due 3 days ago and one in 5 days. Outcome reviews are opened only by the worker's
 * daily run, so none is due in a fresh database: the review list is shown empty here (its rules are
 * unit tested, its API in panel-report.int-spec.ts).
 */

/** Today in the service's time zone (the API's "today"). */
const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The financial year (1 April to 31 March) a date falls in, written 2026-27. */
function financialYearOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2027-02-21` → `21 Feb 2027`, as the pages write dates. */
function shown(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Letters only, different on every run (catalogue codes and panel names are unique). */
const RUN = Array.from(Date.now().toString(26), (c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
const CHILD = { givenName: 'Octavian', familyName: 'Rookwood-Stiles' };
const CHILD_NAME = `${CHILD.givenName} ${CHILD.familyName}`;

/** A demonstration user's API session (writes echo the XSRF cookie). */
async function apiAs(baseURL: string, username: string) {
  const context: APIRequestContext = await request.newContext({ baseURL });
  const signedIn = await context.post('/api/auth/sign-in', { data: { username, password: DEMO_PASSWORD } });
  expect(signedIn.status(), `signing in as ${username}`).toBe(200);
  const xsrf = (await context.storageState()).cookies.find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  const send = async <T>(method: 'POST' | 'PUT', path: string, data: unknown, status: number): Promise<T> => {
    const res = await context.fetch(`/api${path}`, { method, headers: { [CSRF_HEADER]: xsrf }, data });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(status);
    return (await res.json()) as T;
  };
  const get = async <T>(path: string): Promise<T> => {
    const res = await context.get(`/api${path}`);
    expect(res.status(), `GET ${path}`).toBe(200);
    return (await res.json()) as T;
  };
  return { context, send, get };
}

interface Built {
  panelId: string;
  year: string;
  intervention: string;
}

async function buildPanel(baseURL: string): Promise<Built> {
  const today = londonToday();
  const sitsOn = addDays(today, -10);
  const year = financialYearOf(sitsOn);
  const admin = await apiAs(baseURL, 'demo.admin');
  const coordinator = await apiAs(baseURL, 'demo.panel');
  try {
    const intervention = `Specialist counselling (${RUN})`;
    const type = await admin.send<{ id: string }>('POST', '/panel-catalogue/types', { code: `counselling-${RUN}`, name: intervention }, 201);
    const provider = await admin.send<{ id: string }>('POST', '/panel-catalogue/providers', { name: `Talking Space (${RUN})` }, 201);
    const entry = await admin.send<CatalogueEntryView>(
      'POST',
      '/panel-catalogue/entries',
      { typeId: type.id, providerId: provider.id, unit: 'hours', unitCostPence: 4500, spotPricePence: 6000, blockUnitsPerYear: 10 },
      201,
    );

    const panel = await coordinator.send<PanelView>('POST', '/panels', { team: 'inclusion-panel', name: `Follow-up Panel ${RUN}`, cadence: 'monthly' }, 201);
    await coordinator.send('PUT', `/panels/${panel.id}/budgets/${year}`, { version: null, amountPence: 500_000 }, 200);
    const [sitting] = await coordinator.send<SittingSummary[]>('POST', `/panels/${panel.id}/sittings`, { firstOn: sitsOn, count: 1 }, 201);

    let c = await coordinator.send<PanelCaseView>(
      'POST',
      '/panel-cases',
      { panelId: panel.id, child: { ...CHILD, dateOfBirth: '2016-04-01' }, school: 'Oakham Church of England Primary School', broughtBy: { name: 'Helen Hartley', role: 'SENCo' }, need: 'Frequent dysregulation in class.' },
      201,
    );
    c = await coordinator.send<PanelCaseView>(
      'POST',
      `/panel-cases/${c.id}/consent`,
      { version: c.version, givenBy: 'the child’s mother', relationship: 'mother', givenOn: addDays(sitsOn, -5), scope: 'sharing with panel members; referral to providers' },
      200,
    );
    c = await coordinator.send<PanelCaseView>('POST', `/panel-cases/${c.id}/risk`, { version: c.version, level: 'high', note: 'Reviewed before panel.', predictedHoursPerWeek: 32.5 }, 200);

    const before = await coordinator.get<SittingView>(`/panel-sittings/${sitting.id}`);
    await coordinator.send('POST', `/panel-sittings/${sitting.id}/agenda`, { version: before.version, caseIds: [c.id] }, 200);
    const agenda = await coordinator.get<SittingView>(`/panel-sittings/${sitting.id}`);
    const item = agenda.items.find((i) => i.caseId === c.id);
    expect(item, 'the case on the agenda').toBeTruthy();
    await coordinator.send(
      'POST',
      `/panel-sittings/${sitting.id}/items/${item?.id}/decision`,
      {
        version: item?.caseVersion,
        outcome: 'allocated',
        reason: 'Counselling to help with regulation in class',
        allocations: [{ entryId: entry.id, unitsPerWeek: 2, weeks: 6, startOn: sitsOn, confirmSpot: true }],
        actions: [
          { description: 'Send the family the provider’s details', owner: 'Helen Hartley, SENCo', dueOn: addDays(today, -3) },
          { description: 'Book the first session', owner: 'Pat Panel, coordinator', dueOn: addDays(today, 5) },
        ],
      },
      201,
    );
    return { panelId: panel.id, year, intervention };
  } finally {
    await admin.context.dispose();
    await coordinator.context.dispose();
  }
}

async function markDoneThroughApi(baseURL: string, panelId: string, description: string): Promise<void> {
  const coordinator = await apiAs(baseURL, 'demo.panel');
  try {
    const actions = await coordinator.get<PanelActionView[]>(`/panel-actions?panelId=${panelId}`);
    const action = actions.find((a) => a.description === description);
    expect(action, description).toBeTruthy();
    await coordinator.send('POST', `/panel-actions/${action?.id}/done`, { version: action?.version, note: 'Done from another screen' }, 200);
  } finally {
    await coordinator.context.dispose();
  }
}

const actionRow = (page: Page, description: string) => page.locator('#actions-table tbody tr').filter({ hasText: description });

test.describe('Panel follow-up and report', () => {
  let built: Built;

  test.beforeAll(async ({ baseURL }) => {
    built = await buildPanel(baseURL as string);
  });

  test('a coordinator sees the actions due with owner and due date, marks one done, and a stale form is refused and the list read again', async ({ page, baseURL }) => {
    const today = londonToday();
    await signIn(page, 'demo.panel');
    await page.goto(`/panels/reviews?panel=${built.panelId}`);
    await expect(page).toHaveTitle(/^Outcome reviews/);
    await expect(page.locator('#reviews-panel')).toHaveText(`Follow-up Panel ${RUN}: reviews appear two weeks before they fall due, at the end of each school term.`);

    await expect(page.getByRole('heading', { level: 2, name: 'Outcome reviews due (0)' })).toBeVisible();
    await expect(page.locator('#reviews-table')).toContainText('No outcome review is due.');

    await expect(page.getByRole('heading', { level: 2, name: 'Actions to do (2)' })).toBeVisible();
    const overdue = actionRow(page, 'Send the family the provider’s details');
    await expect(overdue).toContainText(CHILD_NAME);
    await expect(overdue).toContainText('Helen Hartley, SENCo');
    await expect(overdue).toContainText(`Overdue by 3 days (due ${shown(addDays(today, -3))})`);
    await expect(actionRow(page, 'Book the first session')).toContainText(`Due in 5 days (${shown(addDays(today, 5))})`);
    // Soonest due first.
    await expect(page.locator('#actions-table tbody tr').first()).toContainText('Send the family the provider’s details');

    await overdue.getByRole('button', { name: /^Mark done/ }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Mark done: Send the family the provider’s details' })).toBeFocused();
    await page.getByLabel('What was done (optional)').fill('Sent by email');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect(page.locator('#reviews-status-message')).toHaveText(`Action for ${CHILD_NAME} marked done: Send the family the provider’s details`);
    await expect(page.locator('#reviews-status-message')).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Actions to do (1)' })).toBeVisible();

    // Someone else marks the other action done while its form is open here: the form's version is stale.
    await actionRow(page, 'Book the first session').getByRole('button', { name: /^Mark done/ }).click();
    await markDoneThroughApi(baseURL as string, built.panelId, 'Book the first session');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('The lists have been read again.');
    await expect(page.getByRole('heading', { level: 2, name: 'Actions to do (0)' })).toBeVisible();
    await expect(page.locator('#actions-table')).toContainText('No action is waiting to be done.');
  });

  test('the panel report shows what was allocated against capacity and budget, the cost avoided with its method, charts with tables, and exports', async ({ page }) => {
    await signIn(page, 'demo.panel');
    await page.goto(`/panels/report?panel=${built.panelId}&year=${built.year}`);
    await expect(page).toHaveTitle(/^Panel report/);
    await expect(page.getByRole('heading', { level: 2, name: `Follow-up Panel ${RUN}, financial year ${built.year}` })).toBeVisible();

    await expect(page.locator('#figure-children-considered')).toContainText('1 child');
    await expect(page.locator('#figure-high-risk-share')).toContainText('1 of 1 child (100.0%)');
    await expect(page.locator('#figure-allocations')).toContainText('1 allocation for 1 child');
    // 10 block hours × £45.00 + 2 spot hours × £60.00.
    await expect(page.locator('#figure-spend')).toContainText('£570.00');
    await expect(page.locator('#figure-spend')).toContainText('Block £450.00; spot £120.00');
    await expect(page.locator('#figure-budget')).toContainText('£5,000.00: £570.00 committed, £4,430.00 remaining');

    const byIntervention = page.locator('#spend-by-intervention-table');
    await expect(byIntervention.locator('caption')).toHaveText('Allocations and spend by intervention, highest spend first');
    await expect(byIntervention.getByRole('row', { name: new RegExp(built.intervention.replace(/[()]/g, '\\$&')) })).toContainText('£570.00');
    const capacity = page.locator('#capacity-table').getByRole('row', { name: new RegExp(built.intervention.replace(/[()]/g, '\\$&')) });
    await expect(capacity).toContainText('10 of 10 hours (100.0%)');
    await expect(capacity).toContainText('2 hours');
    await expect(capacity).toContainText('£120.00');
    await expect(page.locator('#outcomes-table').getByRole('row', { name: /^Awaiting review/ })).toContainText('1 of 1 child (100.0%)');

    // Every chart is an image named by its summary, with its table a link away.
    for (const id of ['risk-at-start', 'spend-by-intervention', 'spend-by-provider', 'capacity', 'outcomes']) {
      await expect(page.locator(`#${id}-chart canvas[role="img"]`)).toHaveAttribute('aria-label', /The same figures/);
    }
    await page.locator('#outcomes-chart').getByRole('link', { name: 'Show these figures as a table' }).click();
    await expect(page.locator('#outcomes-table')).toBeFocused();

    await expect(page.locator('#cost-avoided-method')).toContainText('school weeks, less the first');
    await expect(page.locator('#cost-avoided-check')).toContainText('the source prints £350,978 without showing its working');
    await expect(page.locator('#report-notes li').first()).toContainText(`Financial year ${built.year}`);

    const exports = page.locator('#report-exports a');
    await expect(exports).toHaveText(['Download as CSV', 'Download as Excel spreadsheet (XLSX)', 'Download as PDF']);
    const csvHref = await exports.first().getAttribute('href');
    expect(csvHref).toBe(`/api/panels/${built.panelId}/report/export?financialYear=${built.year}&format=csv`);
    const csv = await page.request.get(csvHref as string);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('\nallocations.costPence,57000\n');

    // Another year: nothing allocated, said in words; the address keeps the choice.
    const [start] = built.year.split('-').map(Number);
    const earlier = `${start - 1}-${String(start % 100).padStart(2, '0')}`;
    await page.getByLabel('Financial year', { exact: true }).selectOption(earlier);
    await page.getByRole('button', { name: 'Show report' }).click();
    await expect(page).toHaveURL(new RegExp(`year=${earlier}`));
    await expect(page.locator('#figure-spend')).toContainText('£0.00');
    await expect(page.locator('#spend-by-intervention-table')).toContainText('Nothing was allocated in this year.');
  });
});
