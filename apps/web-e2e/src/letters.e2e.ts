import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { CSRF_COOKIE, CSRF_HEADER, type LetterQueueItem, type Page as ListPage, type ReferralView } from '@camhs/contracts';
import { signIn, signOut } from './support/sign-in';

test.describe('Letters', () => {
  test('an administrator downloads a generated acknowledgement and marks letters sent', async ({ page, context }) => {
    test.setTimeout(120_000);
    // A duty clinician registers a referral (fictional, distinctive names: logs are scanned for them).
    const given = 'Ysoldine';
    const family = `Pennywhistle-Test-${Date.now().toString(36)}`;
    await signIn(page, 'demo.duty');
    await page.goto('/referrals');
    await page.getByLabel('Given name').fill(given);
    await page.getByLabel('Family name').fill(family);
    await page.getByLabel('Date of birth').fill('2012-10-30');
    await page.locator('#area').selectOption('rutland');
    await page.locator('#team').selectOption('generic-outpatient');
    await page.getByLabel('Referrer type').selectOption('school');
    await page.getByLabel('Routine', { exact: true }).check();
    const registered = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/referrals');
    await page.getByRole('button', { name: 'Register referral' }).click();
    const response = await registered;
    expect(response.status()).toBe(201);
    const { id: referralId } = (await response.json()) as ReferralView;
    await signOut(page);

    // The worker acknowledges it and its letter generator makes the three PDFs within seconds.
    await signIn(page, 'demo.admin');
    await expect(page).toHaveURL(/\/letters$/);
    await expect
      .poll(
        async () => {
          const answer = await page.request.get('/api/letters?status=generated&pageSize=200');
          const body = (await answer.json()) as ListPage<LetterQueueItem>;
          return body.items.filter((l) => l.referralId === referralId).length;
        },
        { timeout: 45_000, message: 'the three acknowledgement letters to be generated' },
      )
      .toBe(3);

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Letters', exact: true }).click();
    await expect(page).toHaveTitle('Letters – CAMHS Waiting List Tracker');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Letters');

    // Only the letters ready to send.
    await page.getByLabel('Status').selectOption('generated');
    await page.getByRole('button', { name: 'Show letters' }).click();
    await expect(page).toHaveURL(/\/letters\?status=generated$/);
    const table = page.locator('#letters-table');
    await expect(table.locator('thead th')).toHaveText(['Child', 'Letter', 'To', 'Team', 'Queued', 'Status', 'Actions']);
    const rows = table.getByRole('row').filter({ hasText: `${given} ${family}` });
    await expect(rows).toHaveCount(3);
    const row = (to: string) => rows.filter({ has: page.getByRole('cell', { name: to, exact: true }) });
    await expect(row('Family')).toContainText('Acknowledgement');
    await expect(row('Family')).toContainText('Ready to send');

    // Download the family's letter: a PDF whose file name does not carry the child's name.
    const downloading = page.waitForEvent('download');
    await row('Family').getByRole('link', { name: /^Download PDF/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^letter-acknowledgement-family-L-[0-9A-F]{8}\.pdf$/);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Mark the GP's letter sent, with the keyboard: the question takes focus, Escape backs out.
    const markGp = row('GP').getByRole('button', { name: /^Mark sent/ });
    await markGp.click();
    const confirmGp = row('GP').getByRole('button', { name: 'Yes, mark sent' });
    await expect(confirmGp).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(markGp).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(confirmGp).toBeFocused();
    await page.keyboard.press('Enter');
    const feedback = page.locator('#letters-feedback');
    await expect(feedback).toContainText(`Acknowledgement letter to the GP about ${given} ${family} marked sent.`);
    await expect(row('GP')).toContainText('Sent');
    await expect(row('GP')).toContainText('by demo.admin');
    await expect(row('GP').getByRole('button', { name: /^Mark sent/ })).toHaveCount(0);

    // Someone else marks the referrer's letter sent while this page still offers it: a clear 409.
    await row('Referrer').getByRole('button', { name: /^Mark sent/ }).click();
    const referrerLetter = await row('Referrer').getAttribute('data-letter-id');
    const xsrf = (await context.cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? '';
    const elsewhere = await page.request.post(`/api/letters/${referrerLetter}/sent`, { headers: { [CSRF_HEADER]: xsrf } });
    expect(elsewhere.status()).toBe(200);
    await row('Referrer').getByRole('button', { name: 'Yes, mark sent' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`Acknowledgement letter to the referrer about ${given} ${family} was not marked sent. This letter was already marked sent by demo.admin on`);
    // The list is fetched again as recorded: both letters have left "Ready to send" and are under "Sent".
    await expect(rows).toHaveCount(1);
    await page.getByLabel('Status').selectOption('sent');
    await page.getByRole('button', { name: 'Show letters' }).click();
    await expect(page).toHaveURL(/\/letters\?status=sent$/);
    await expect(rows).toHaveCount(2);
    await expect(row('GP')).toContainText('by demo.admin');
    await expect(row('Referrer')).toContainText('by demo.admin');
  });

  test('a role without letters sees the no-access page', async ({ page }) => {
    await signIn(page, 'demo.panel');
    await page.goto('/letters');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
  });
});
