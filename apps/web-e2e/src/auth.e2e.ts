import { expect, test } from '@playwright/test';
import { idleSessionsOf } from './support/e2e-database';
import { SESSION_ENDED, signIn, signOut, submitSignIn } from './support/sign-in';

/**
 * What each demonstration user should see, worked out by hand from the role groups (not computed
 * from the policy, so a wrong policy shows up here): landing page, navigation, name and role.
 */
const DEMO_USERS = [
  { username: 'demo.duty', displayName: 'Dana Duty (demo)', role: 'Duty clinician', home: '/duty', nav: ['Duty', 'Referrals', 'Letters'] },
  { username: 'demo.lead', displayName: 'Lee Lead (demo)', role: 'Lead professional', home: '/duty', nav: ['Duty', 'Referrals', 'Letters'] },
  { username: 'demo.panel', displayName: 'Pat Panel (demo)', role: 'Panel coordinator', home: '/panels', nav: ['Panels'] },
  {
    username: 'demo.manager',
    displayName: 'Morgan Manager (demo)',
    role: 'Manager',
    home: '/duty',
    nav: ['Duty', 'Referrals', 'Letters', 'Panels', 'Reports', 'Audit'],
  },
  // Administrators configure the panels' intervention catalogue with the coordinators.
  { username: 'demo.admin', displayName: 'Alex Admin (demo)', role: 'Administrator', home: '/letters', nav: ['Letters', 'Panels', 'Audit'] },
] as const;

test.describe('Signing in and out', () => {
  test('a signed-out visitor is sent to sign in, with no navigation', async ({ page }) => {
    await page.goto('/referrals');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Freferrals$/);
    await expect(page).toHaveTitle('Sign in – CAMHS Waiting List Tracker');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(page.locator('#username')).toHaveAttribute('autocomplete', 'username');
    await expect(page.locator('#password')).toHaveAttribute('autocomplete', 'current-password');
  });

  for (const user of DEMO_USERS) {
    test(`${user.username} sees only ${user.nav.join(', ')}`, async ({ page }) => {
      await signIn(page, user.username);
      await expect(page).toHaveURL(new RegExp(`${user.home}$`));

      const nav = page.getByRole('navigation', { name: 'Menu' });
      await expect(nav.getByRole('link')).toHaveText([...user.nav]);

      const account = page.getByRole('navigation', { name: 'Account' });
      await expect(account.locator('#user-display-name')).toHaveText(user.displayName);
      await expect(account.locator('#user-roles')).toHaveText(`(${user.role})`);

      await signOut(page);
      await expect(page.getByRole('navigation', { name: 'Menu' })).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'Account' })).toHaveCount(0);
      // Signed out means signed out: the app's pages send the visitor back to sign in.
      await page.goto(user.home);
      await expect(page).toHaveURL(/\/sign-in\?returnUrl=/);
    });
  }

  test('a page the roles do not allow says so at its own address', async ({ page }) => {
    await signIn(page, 'demo.panel');
    await page.goto('/referrals');
    await expect(page).toHaveURL(/\/referrals$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
    await expect(page).toHaveTitle('You do not have access to this page – CAMHS Waiting List Tracker');
    await expect(page.locator('#referrals-table')).toHaveCount(0);
  });

  test('empty fields and a wrong password are explained in the error summary', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter your username', 'Enter your password']);
    await summary.getByRole('link', { name: 'Enter your password' }).click();
    await expect(page.locator('#password')).toBeFocused();

    await submitSignIn(page, 'demo.lead', 'not-the-right-password');
    await expect(summary).toContainText('Username or password is incorrect');
    await expect(summary).toBeFocused();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.locator('#password')).toHaveValue('');
  });

  test('an idle session ends; signing in again returns to the same page', async ({ page }) => {
    await signIn(page, 'demo.duty');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Referrals', exact: true }).click();
    await expect(page).toHaveURL(/\/referrals$/);
    await expect(page.locator('#referrals-range')).toBeVisible();

    expect(await idleSessionsOf('demo.duty')).toBeGreaterThan(0);

    // The next API call (a filter change re-reads the list) is refused with 401.
    await page.locator('#filter-urgency').selectOption('urgent');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Freferrals$/);
    await expect(page.locator('#sign-in-notice')).toContainText(SESSION_ENDED);
    await expect(page.getByRole('navigation', { name: 'Menu' })).toHaveCount(0);

    await submitSignIn(page, 'demo.duty');
    await expect(page).toHaveURL(/\/referrals$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
    await expect(page.locator('#referrals-range')).toBeVisible();
  });

  test('only a local return address is honoured after signing in', async ({ page }) => {
    await page.goto('/sign-in?returnUrl=%2F%2Fexample.com%2Fphish');
    await submitSignIn(page, 'demo.admin');
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/letters$/);
  });
});
