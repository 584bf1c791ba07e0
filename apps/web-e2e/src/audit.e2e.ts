import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { ReferralView } from '@camhs/contracts';
import { signIn, signOut } from './support/sign-in';

test.describe('Audit', () => {
  test("a manager reads a child's access history and downloads it as CSV", async ({ page }) => {
    // A duty clinician registers a referral (fictional, distinctive names: logs are scanned for them).
    await signIn(page, 'demo.duty');
    await page.goto('/referrals');
    await page.getByLabel('Given name').fill('Quintessa');
    await page.getByLabel('Family name').fill(`Marchbanks-Test-${Date.now().toString(36)}`);
    await page.getByLabel('Date of birth').fill('2014-09-17');
    await page.locator('#area').selectOption('rutland');
    await page.locator('#team').selectOption('generic-outpatient');
    await page.getByLabel('Referrer type').selectOption('gp');
    await page.getByLabel('Routine', { exact: true }).check();
    const registered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/referrals');
    await page.getByRole('button', { name: 'Register referral' }).click();
    const response = await registered;
    expect(response.status()).toBe(201);
    const { childId } = (await response.json()) as ReferralView;
    await expect(page.locator('#referral-registered')).toBeVisible();
    await signOut(page);

    await signIn(page, 'demo.manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Audit', exact: true }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page).toHaveTitle('Audit – CAMHS Waiting List Tracker');

    // Nothing entered: the browser says so before asking the API.
    await page.getByRole('button', { name: 'Show access history' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter the child ID']);
    await expect(page.locator('#childId-error')).toContainText('Enter the child ID');

    // A well-formed ID the manager has no record for: the API's 404, in words.
    await page.getByLabel('Child ID').fill(randomUUID());
    await page.getByRole('button', { name: 'Show access history' }).click();
    await expect(summary.getByRole('link')).toHaveText(['No record for that child in your scope']);
    await expect(page.locator('#audit-table')).toHaveCount(0);

    await page.getByLabel('Child ID').fill(childId);
    await page.getByRole('button', { name: 'Show access history' }).click();
    await expect(page).toHaveURL(new RegExp(`/audit\\?childId=${childId}$`));
    await expect(summary).toHaveCount(0);
    const table = page.locator('#audit-table');
    await expect(table.locator('thead th')).toHaveText(['When', 'User', 'Role', 'Action', 'Record', 'Outcome']);
    // The clinician's registration is in the trail, under their username and role.
    await expect(table.getByRole('row').filter({ hasText: 'demo.duty' }).filter({ hasText: 'Created' }).first()).toContainText(
      'Duty clinician',
    );

    const download = page.getByRole('link', { name: /^Download CSV/ });
    await expect(download).toHaveAttribute('href', `/api/audit/export?childId=${childId}`);
    const csv = await page.request.get(`/api/audit/export?childId=${childId}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers()['content-disposition']).toMatch(/^attachment/);
    expect(await csv.text()).toContain('demo.duty');
  });

  test('roles without audit access see the no-access page', async ({ page }) => {
    await signIn(page, 'demo.duty');
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
    await expect(page.getByRole('button', { name: 'Show access history' })).toHaveCount(0);
  });
});
