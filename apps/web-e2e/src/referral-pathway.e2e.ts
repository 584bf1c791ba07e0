import { APIRequestContext, Page, expect, test } from '@playwright/test';
import type { PtlReport, ReferralView } from '@camhs/contracts';
import { signIn } from './support/sign-in';

/** Today in the service's time zone, the report's as-of date. */
const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** Fictional and distinctive (the leak scan looks for children's names in every log). */
const uniqueFamilyName = () => `Waitlisthorpe-Test-${Date.now().toString(36)}`;

/** Register a referral through the API with the page's session (a write echoes the XSRF cookie); waits for the worker's acknowledgement. */
async function registerReferral(page: Page, givenName: string, familyName: string): Promise<ReferralView> {
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const res = await page.request.post('/api/referrals', {
    headers: { 'X-XSRF-TOKEN': xsrf },
    data: { givenName, familyName, dateOfBirth: '2012-07-09', area: 'rutland', team: 'generic-outpatient', referrerType: 'gp', urgency: 'urgent', receivedOn: londonToday() },
  });
  expect(res.status()).toBe(201);
  const referral = (await res.json()) as ReferralView;
  // The acknowledgement moves the referral to its next version: wait for it, so the page opens on the settled one.
  await expect
    .poll(async () => ((await (await page.request.get(`/api/referrals/${referral.id}`)).json()) as ReferralView).acknowledgedAt, { timeout: 30_000 })
    .not.toBeNull();
  return referral;
}

async function ptlReport(api: APIRequestContext): Promise<PtlReport> {
  const res = await api.get(`/api/reports/ptl?asOf=${londonToday()}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as PtlReport;
}

test.describe('The referral pathway', () => {
  test('a clinician moves a referral from access to assessment onto a waiting list, and the report changes', async ({ page, browser }) => {
    // The manager reads the report in a browser context of their own.
    const managerContext = await browser.newContext();
    const manager = await managerContext.newPage();
    await signIn(manager, 'demo.manager');

    const given = 'Pathfinia';
    const family = uniqueFamilyName();
    await signIn(page, 'demo.lead');
    await page.goto('/referrals');
    await page.getByLabel('Given name').fill(given);
    await page.getByLabel('Family name').fill(family);
    await page.getByLabel('Date of birth').fill('2013-04-02');
    await page.locator('#area').selectOption('rutland');
    await page.locator('#team').selectOption('generic-outpatient');
    await page.getByLabel('Referrer type').selectOption('school');
    await page.getByLabel('Routine', { exact: true }).check();
    await page.getByRole('button', { name: 'Register referral' }).click();
    await expect(page.locator('#referral-registered')).toContainText(`Referral registered for ${given} ${family}`);
    const row = page.getByRole('row', { name: new RegExp(`${given} ${family}`) });
    await expect(row.getByText('Acknowledged', { exact: true })).toBeVisible({ timeout: 30_000 });

    // Figures before the moves (other tests share the database: compare, never assume absolute counts).
    const before = await ptlReport(manager.request);

    await row.getByRole('link', { name: `${given} ${family}` }).click();
    await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}$/);
    await expect(page).toHaveTitle('Referral – CAMHS Waiting List Tracker');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${given} ${family}`);
    await expect(page.locator('#referral-stage')).toHaveText('Waiting for access');
    await expect(page.locator('#referral-rag')).toContainText('Not rated');
    await expect(page.locator('#referral-timeline')).toContainText('Routine referral received from a school');
    await expect(page.locator('#referral-timeline')).toContainText('Acknowledged in writing to the referrer, GP and family');
    // Only what the stage allows is offered.
    await expect(page.getByRole('button', { name: 'Complete assessment' })).toHaveCount(0);

    // Access: the browser names the missing outcome before anything is sent.
    await page.getByRole('button', { name: 'Complete access' }).click();
    await expect(page.getByRole('heading', { name: 'Complete access' })).toBeFocused();
    await page.getByRole('button', { name: 'Save access outcome' }).click();
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(page.locator('#error-summary').getByRole('link')).toHaveText(['Select the outcome of access']);
    await expect(page.locator('#accessOutcome-error')).toContainText('Select the outcome of access');
    await page.getByLabel('Accepted for assessment').check();
    await page.getByRole('button', { name: 'Save access outcome' }).click();
    await expect(page.locator('#referral-status')).toContainText('Access completed: accepted for assessment');
    await expect(page.locator('#referral-stage')).toHaveText('In assessment');
    await expect(page.locator('#referral-timeline')).toContainText('Access completed on day 0, within the 91-day target: accepted for assessment');

    // Assessment: accepted onto a waiting list (at least one is required).
    await page.getByRole('button', { name: 'Complete assessment' }).click();
    await page.getByLabel('Accepted onto waiting lists').check();
    await page.getByRole('button', { name: 'Save assessment outcome' }).click();
    await expect(page.locator('#assessmentLists-error')).toContainText('Select at least one waiting list');
    await page.getByLabel('Neurodevelopmental').check();
    await page.getByRole('button', { name: 'Save assessment outcome' }).click();
    await expect(page.locator('#referral-status')).toContainText('Assessment completed: accepted onto Neurodevelopmental');
    await expect(page.locator('#referral-stage')).toHaveText('Accepted into the service');
    await expect(page.locator('#referral-waits').getByRole('row', { name: /Neurodevelopmental/ })).toContainText('Waiting 0 weeks');
    await expect(page.locator('#referral-waiting-for')).toContainText('Neurodevelopmental: 0 weeks');
    await expect(page.locator('#referral-timeline')).toContainText('Added to the Neurodevelopmental waiting list');

    // The child left the access queue and one wait joined the treatment lists.
    const after = await ptlReport(manager.request);
    expect(after.waitingForAccess.children).toBe(before.waitingForAccess.children - 1);
    expect(after.waitingForTreatment.waits).toBe(before.waitingForTreatment.waits + 1);
    await managerContext.close();
  });

  test('a change saved in one page is refused in another opened earlier, which offers only a reload', async ({ page, browser }) => {
    await signIn(page, 'demo.duty');
    const referral = await registerReferral(page, 'Conflictia', uniqueFamilyName());

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signIn(other, 'demo.lead');
    await page.goto(`/referrals/${referral.id}`);
    await other.goto(`/referrals/${referral.id}`);
    await expect(other.locator('#referral-stage')).toHaveText('Waiting for access');

    // The first page saves.
    await page.getByRole('button', { name: 'Complete access' }).click();
    await page.getByLabel('Accepted for assessment').check();
    await page.getByRole('button', { name: 'Save access outcome' }).click();
    await expect(page.locator('#referral-status')).toContainText('Access completed: accepted for assessment');

    // The second, still showing the version it loaded, tries to redirect it.
    await other.getByRole('button', { name: 'Complete access' }).click();
    await other.getByLabel('Redirected to another agency').check();
    await other.getByLabel('Agency the referral was redirected to').fill('Early Help');
    await other.getByRole('button', { name: 'Save access outcome' }).click();
    const conflict = other.locator('#referral-conflict');
    await expect(conflict).toBeFocused();
    await expect(conflict).toContainText('This referral was changed by someone else — reload to see the latest');
    // Nothing stale stays on offer: the form is gone and no action can be started.
    await expect(other.getByRole('button', { name: 'Save access outcome' })).toHaveCount(0);
    await expect(other.getByRole('button', { name: 'Complete access' })).toHaveCount(0);

    await other.getByRole('button', { name: 'Reload the referral' }).click();
    await expect(conflict).toHaveCount(0);
    await expect(other.locator('#referral-stage')).toHaveText('In assessment');
    await expect(other.getByRole('button', { name: 'Complete assessment' })).toBeVisible();
    await expect(other.locator('#referral-timeline')).toContainText('accepted for assessment');
    await expect(other.locator('#referral-timeline')).not.toContainText('Early Help');
    await otherContext.close();
  });
});
