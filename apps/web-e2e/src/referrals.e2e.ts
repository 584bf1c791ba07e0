import { expect, test } from '@playwright/test';
import { signIn } from './support/sign-in';

test.describe('Referrals', () => {
  test('a referral registered in the browser is shown and then acknowledged by the worker', async ({ page }) => {
    // Fictional and distinctive, so a scan of the logs can prove no child's name was written there.
    const given = 'Quintessa';
    const family = `Marchbanks-Test-${Date.now().toString(36)}`;
    await signIn(page, 'demo.duty');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Referrals', exact: true }).click();
    await expect(page).toHaveURL(/\/referrals$/);
    await expect(page).toHaveTitle('Referrals – CAMHS Waiting List Tracker');

    // Submitting an empty form names each missing field in the error summary.
    await page.getByRole('button', { name: 'Register referral' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('link')).not.toHaveCount(0);
    await expect(page.locator('#givenName-error')).toBeVisible();

    await page.getByLabel('Given name').fill(given);
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
    const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/referrals');
    await page.getByRole('button', { name: 'Register referral' }).click();
    // Sent with a key, so a resend of the same details (an answer lost on the way) makes no second referral.
    expect((await sent).headers()['idempotency-key']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await expect(page.locator('#referral-registered')).toContainText(`Referral registered for ${given} ${family}`);

    const row = page.getByRole('row', { name: new RegExp(`${given} ${family}`) });
    await expect(row).toBeVisible();
    // The worker acknowledges it (three letters queued); the table refreshes without a reload.
    await expect(row.getByText('Acknowledged', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(row).toContainText('Urgent');

    // Reads are audited, so once nothing on screen awaits acknowledgement the list stops polling.
    await expect(page.locator('#referrals-table').getByText('Awaiting acknowledgement')).toHaveCount(0, { timeout: 30_000 });
    let reads = 0;
    page.on('request', (request) => {
      if (request.method() === 'GET' && new URL(request.url()).pathname === '/api/referrals') reads += 1;
    });
    await page.waitForTimeout(7_000); // more than two polling intervals
    expect(reads).toBe(0);
  });
});
