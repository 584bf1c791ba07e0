import { expect, test } from '@playwright/test';

test.describe('Referrals', () => {
  test('a referral registered in the browser is shown and then acknowledged by the worker', async ({ page }) => {
    const family = `Pond${Date.now().toString(36)}`;
    await page.goto('/');
    await expect(page).toHaveURL(/\/referrals$/);
    await expect(page).toHaveTitle('Referrals – CAMHS Waiting List Tracker');
    for (const item of ['Duty', 'Referrals', 'Panels', 'Reports']) {
      await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: item, exact: true })).toBeVisible();
    }

    // Submitting an empty form names each missing field in the error summary.
    await page.getByRole('button', { name: 'Register referral' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('link')).not.toHaveCount(0);
    await expect(page.locator('#givenName-error')).toBeVisible();

    await page.getByLabel('Given name').fill('Amy');
    await page.getByLabel('Family name').fill(family);
    await page.getByLabel('Date of birth').fill('2013-04-02');
    await page.getByLabel('NHS number (optional)').fill('943 476 5918');
    await page.locator('#area').selectOption('rutland');
    await page.locator('#team').selectOption('generic-outpatient');
    await page.getByLabel('Referrer type').selectOption('school');
    await page.getByLabel('Urgent', { exact: true }).check();
    await page.getByRole('button', { name: 'Register referral' }).click();
    // 943 476 5918 fails the Modulus 11 check (the check digit is 9): refused, nothing registered.
    await expect(page.locator('#nhsNumber-error')).toContainText(/NHS number/);

    await page.getByLabel('NHS number (optional)').fill('');
    await page.getByRole('button', { name: 'Register referral' }).click();
    await expect(page.locator('#referral-registered')).toContainText(`Referral registered for Amy ${family}`);

    const row = page.getByRole('row', { name: new RegExp(`Amy ${family}`) });
    await expect(row).toBeVisible();
    // The worker acknowledges it (three letters queued); the table refreshes without a reload.
    await expect(row.getByText('Acknowledged', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(row).toContainText('Urgent');
  });
});
