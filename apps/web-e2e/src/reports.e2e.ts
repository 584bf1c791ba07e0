import { APIRequestContext, expect, request, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSRF_COOKIE, CSRF_HEADER } from '@camhs/contracts';
import { DEMO_PASSWORD, signIn } from './support/sign-in';

const FIXTURE = join(__dirname, '..', '..', '..', 'tools', 'fixtures', 'ptl-small');

/** Import the hand-built extract tools/fixtures/ptl-small as the demonstration administrator, over HTTP (multipart). */
async function importFixture(baseURL: string): Promise<void> {
  const admin: APIRequestContext = await request.newContext({ baseURL });
  try {
    const signedIn = await admin.post('/api/auth/sign-in', { data: { username: 'demo.admin', password: DEMO_PASSWORD } });
    expect(signedIn.status(), 'signing in as demo.admin').toBe(200);
    const csrf = (await admin.storageState()).cookies.find((c) => c.name === CSRF_COOKIE)?.value;
    expect(csrf, 'the CSRF cookie').toBeTruthy();
    const file = (name: string) => ({ name: `${name}.csv`, mimeType: 'text/csv', buffer: readFileSync(join(FIXTURE, `${name}.csv`)) });
    const imported = await admin.post('/api/imports/ptl', {
      headers: { [CSRF_HEADER]: csrf as string },
      multipart: { referrals: file('referrals'), waits: file('waits'), appointments: file('appointments') },
    });
    expect(imported.status(), await imported.text()).toBe(200);
  } finally {
    await admin.dispose();
  }
}

test.describe('Reports', () => {
  test('a manager reads the report for a date, sees a figure change with the date, opens the children behind it and downloads it', async ({ page, baseURL }) => {
    await importFixture(baseURL as string);

    await signIn(page, 'demo.manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reports', exact: true }).click();
    await expect(page).toHaveURL(/\/reports$/);
    await expect(page).toHaveTitle('Reports – CAMHS Waiting List Tracker');
    await expect(page.getByRole('heading', { level: 2, name: /^As at .*: all areas, all teams$/ })).toBeVisible();

    // Rutland as at 31 January 2019 (the figures of ptl-report.int-spec.ts): W1 is the one open wait; W2 started on 10 January.
    await page.getByLabel('Report date').fill('2019-01-31');
    await page.getByLabel('Area', { exact: true }).selectOption('rutland');
    await page.getByRole('button', { name: 'Show report' }).click();
    await expect(page).toHaveURL(/\/reports\?asOf=2019-01-31&area=rutland$/);
    await expect(page.locator('#report-status')).toHaveText('Report as at 31 Jan 2019 shown.');
    const waits = page.locator('#tile-waitingForTreatment-waits');
    await expect(waits.getByRole('link', { name: /^1 wait: waits for treatment, show the list$/ })).toBeVisible();
    // R1 (since 20 Mar 2018) and R4 (since 1 Dec 2018) wait for access; on 17 January it was the same two.
    await expect(page.locator('#tile-waitingForAccess-children')).toContainText('no change from 2 children on 17 Jan 2019');
    // Every figure says how it is counted, and the definition opens from the keyboard.
    const definition = waits.locator('details');
    await definition.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(definition).toHaveAttribute('open', '');
    await expect(definition).toContainText('Every open wait is counted, so a child waiting on two lists counts twice.');

    // 5 January 2019: W2 had not started, so both waits of Ysolde Marrowgate (added 15 Nov) are open: 2 waits, 51 days each.
    await page.getByLabel('Report date').fill('2019-01-05');
    await page.getByRole('button', { name: 'Show report' }).click();
    await expect(page).toHaveURL(/\/reports\?asOf=2019-01-05&area=rutland$/);
    const twoWaits = waits.getByRole('link', { name: /^2 waits: waits for treatment, show the list$/ });
    await expect(twoWaits).toBeVisible();
    // 51 days = 7 whole weeks: both in the 4–13 band of the weeks-waited table (the chart's alternative).
    await expect(page.locator('#weeks-waited-table').getByRole('row', { name: /4–13 weeks/ })).toContainText('2');

    // The address holds the report: a reload shows the same one, and Back returns to 31 January.
    await page.reload();
    await expect(twoWaits).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/asOf=2019-01-31/);
    await expect(waits.getByRole('link', { name: /^1 wait: waits for treatment/ })).toBeVisible();
    await page.goForward();
    await expect(twoWaits).toBeVisible();

    // The figure opens its rows: as many as it counts, each child linking to the referral.
    await twoWaits.click();
    await expect(page).toHaveURL(/\/reports\/drill\?figure=waitingForTreatment\.waits&asOf=2019-01-05&area=rutland$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waits for treatment');
    await expect(page.locator('#drill-count')).toHaveText('2 waits');
    const rows = page.locator('#drill-table tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Ysolde Marrowgate');
    await expect(rows.nth(0)).toContainText('51 days (7 weeks)');
    await expect(page.locator('#drill-table tbody')).toContainText('Neurodevelopmental');
    await expect(page.locator('#drill-table tbody')).toContainText('Treatment');
    await expect(rows.nth(0).getByRole('link', { name: 'Ysolde Marrowgate', exact: true })).toHaveAttribute('href', /^\/referrals\/[0-9a-f-]{36}$/);

    // Back to the same report, then download it.
    await page.getByRole('link', { name: 'Back to the report' }).click();
    await expect(page).toHaveURL(/\/reports\?asOf=2019-01-05&area=rutland$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as Excel spreadsheet (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toBe('ptl-report-2019-01-05-rutland.xlsx');
    const xlsx = readFileSync(await download.path());
    expect(xlsx.subarray(0, 2).toString()).toBe('PK'); // a zip, as every XLSX is
    const pdf = await page.request.get('/api/reports/ptl/export?asOf=2019-01-05&area=rutland&format=pdf');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('roles without report access see the no-access page', async ({ page }) => {
    await signIn(page, 'demo.duty');
    await page.goto('/reports');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
    await page.goto('/reports/drill?figure=waitingForTreatment.waits&asOf=2019-01-05');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
  });
});
