import { Page, Response, expect, test } from '@playwright/test';

/** The demonstration users' password (`npm start` creates them; DEMO_PASSWORD overrides it there too). */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-only-password';

export const SESSION_ENDED = 'Your session has ended. Sign in again to continue.';
export const SIGNED_OUT = 'You have signed out.';

/** The API's per-address limit on sign-in attempts (not the per-account lock-out). */
const ADDRESS_THROTTLED = /from this address/i;

/** Seconds the API asks us to wait (`Retry-After` or `Retry-After-<throttler>`), or null. */
function retryAfterSeconds(response: Response): number | null {
  for (const [name, value] of Object.entries(response.headers())) {
    if (name.startsWith('retry-after') && Number(value) > 0) return Number(value);
  }
  return null;
}

/**
 * Fill in and send the sign-in form on the current page (which must be the sign-in page); returns
 * the API's answer. Every browser test signs in through 127.0.0.1, so the suite can run into the
 * API's per-address attempt limit: then it waits as long as the API says and tries again, rather
 * than failing on a limit that exists for attackers.
 */
export async function submitSignIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<Response> {
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  for (let attempt = 1; ; attempt += 1) {
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/auth/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const response = await answer;
    const wait = response.status() === 429 ? retryAfterSeconds(response) : null;
    if (wait === null || attempt === 3 || !ADDRESS_THROTTLED.test(await response.text())) return response;
    test.info().annotations.push({ type: 'sign-in throttled', description: `waited ${wait} s before signing in as ${username}` });
    test.info().setTimeout(test.info().timeout + (wait + 5) * 1000);
    await page.waitForTimeout((wait + 1) * 1000);
  }
}

/** Open the sign-in page, sign in as one of the demonstration users and wait until the app has let them in. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  const response = await submitSignIn(page, username, password);
  expect(response.status(), `signing in as ${username}`).toBe(200);
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Sign out with the header's button and wait for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator('#sign-in-notice')).toContainText(SIGNED_OUT);
}
