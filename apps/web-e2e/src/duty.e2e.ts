import { Locator, Page, expect, test } from '@playwright/test';
import { CSRF_COOKIE, CSRF_HEADER, type RecordRiskAssessmentResult, type ReferralView } from '@camhs/contracts';
import { signIn } from './support/sign-in';

/** Today in the service's time zone (the API's "today"). */
const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** A calendar date `days` later (or earlier, when negative): plain day arithmetic on the date, no time zone involved. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2027-02-21` → `21 Feb 2027`, as the pages write dates. */
function shown(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Fictional and distinctive (the leak scan looks for children's names in every log). */
const uniqueFamilyName = () => `Dutyfordshaw-Test-${Date.now().toString(36)}`;

/** The AMBER checklist, as domain.md lists it (the opt-in letter is never recorded as sent, so its item stays). */
const AMBER_CHECKLIST = [
  'Risk assessment and care plan reviewed',
  'Guided self-help given',
  'Waiting-list letter sent (the opt-in letter has not been sent)',
  'RAG recall updated',
  'Duty survey sent',
];

/** The six risk domains, as domain.md names them. */
const RISK_DOMAINS = [
  'Risk to self (self-harm, suicide, impulsive risk taking)',
  'Risk to others (aggression, harmful sexual behaviour, offending)',
  'Risk from others (neglect, abuse, exploitation)',
  'Risk of deterioration',
  'Risk of delay in diagnosis',
  'Risk of disengagement',
];

const ALL_ABSENT = ['self', 'others', 'from-others', 'deterioration', 'delay-in-diagnosis', 'disengagement'].map((domain) => ({ domain, present: false, note: null }));

/** A write through the API with the page's session (a write echoes the XSRF cookie). */
async function post<T>(page: Page, path: string, data: unknown, status = 201): Promise<T> {
  const xsrf = (await page.context().cookies()).find((c) => c.name === CSRF_COOKIE)?.value ?? '';
  const res = await page.request.post(path, { headers: { [CSRF_HEADER]: xsrf }, ...(data === null ? {} : { data }) });
  expect(res.status(), `POST ${path}: ${await res.text()}`).toBe(status);
  return (await res.json()) as T;
}

async function referral(page: Page, id: string): Promise<ReferralView> {
  const res = await page.request.get(`/api/referrals/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as ReferralView;
}

/**
 * A child waiting for treatment and rated AMBER `ratedDaysAgo` days ago, seeded through the API as
 * a clinician would: registered, access and assessment completed onto a list, then a first risk
 * assessment. With no review since, the next review is due 91 days after the rating.
 */
async function seedAmberChild(page: Page, givenName: string, familyName: string, ratedDaysAgo: number): Promise<{ id: string; plan: RecordRiskAssessmentResult['plan'] }> {
  const today = londonToday();
  const registered = await post<ReferralView>(page, '/api/referrals', {
    givenName,
    familyName,
    dateOfBirth: '2012-07-09',
    area: 'rutland',
    team: 'generic-outpatient',
    referrerType: 'gp',
    urgency: 'routine',
    receivedOn: addDays(today, -(ratedDaysAgo + 30)),
  });
  const { id } = registered;
  // The worker's acknowledgement moves the referral on a version: wait for it before the next write.
  await expect.poll(async () => (await referral(page, id)).acknowledgedAt, { timeout: 30_000 }).not.toBeNull();
  await post(page, `/api/referrals/${id}/access`, { version: (await referral(page, id)).version, completedOn: addDays(today, -(ratedDaysAgo + 20)), outcome: 'accepted' }, 200);
  await post(
    page,
    `/api/referrals/${id}/assessment`,
    { version: (await referral(page, id)).version, completedOn: addDays(today, -(ratedDaysAgo + 10)), outcome: 'accepted', lists: ['Neurodevelopmental'] },
    200,
  );
  const rated = await post<RecordRiskAssessmentResult>(page, `/api/referrals/${id}/risk-assessments`, {
    version: (await referral(page, id)).version,
    assessedOn: addDays(today, -ratedDaysAgo),
    findings: ALL_ABSENT,
    rating: 'AMBER',
  });
  return { id, plan: rated.plan };
}

/** The row of a duty list section (or the agenda) for a child. */
const rowFor = (table: Locator, name: string) => table.getByRole('row').filter({ hasText: name });

test.describe('The Duty system', () => {
  test('a duty clinician completes an AMBER review from the list, raises a child to RED, and a lead professional allocates them an LP', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const today = londonToday();
    const given = 'Ambrosine';
    const family = uniqueFamilyName();
    const child = `${given} ${family}`;

    // Seeded as the duty clinician: rated AMBER 91 days ago, so the review falls due today.
    await signIn(page, 'demo.duty');
    const { id, plan } = await seedAmberChild(page, given, family, 91);
    expect(plan?.nextReviewOn).toBe(today);

    // Duty clinicians land on the Duty page.
    await page.goto('/');
    await expect(page).toHaveURL(/\/duty$/);
    await expect(page).toHaveTitle('Duty – CAMHS Waiting List Tracker');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Duty');
    await expect(page.locator('#duty-lede')).toContainText(`${shown(today)}`);

    // Today's list: the child is in "Reviews due today", and the count at the top is that section's rows.
    const dueToday = page.locator('#table-reviewsDueToday');
    const row = rowFor(dueToday, child);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Amber (medium risk)');
    await expect(row).toContainText(`Due today (${shown(today)})`);
    await expect(row).toContainText('Not claimed');
    await expect(page.getByRole('heading', { level: 2, name: /^Reviews due today \(\d+\)$/ })).toBeVisible();
    const listed = await dueToday.locator('tbody tr').count();
    await expect(page.locator('#duty-counts li[data-section="reviewsDueToday"] .app-duty-count')).toHaveText(String(listed));
    await expect(row.getByRole('link', { name: child })).toHaveAttribute('href', `/referrals/${id}`);

    // Claim it: the row says who holds it, and focus moves to the Release button.
    await row.getByRole('button', { name: `Claim the task for ${child}` }).click();
    await expect(page.locator('#duty-status-message')).toHaveText(`You have claimed the task for ${child}.`);
    await expect(row).toContainText('Claimed by you');
    await expect(row.getByRole('button', { name: `Release the task for ${child}` })).toBeFocused();

    // Record the review: nothing answered yet is named in the error summary, item by item.
    await row.getByRole('button', { name: `Record review for ${child}` }).click();
    const form = page.locator('#form-reviewsDueToday');
    await expect(form.getByRole('heading', { name: `Record review: ${child}` })).toBeFocused();
    await expect(form.getByRole('group', { name: 'Rating after the review' }).getByLabel('Amber (medium risk)')).toBeChecked();
    await form.getByRole('button', { name: 'Save review' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Select how the child was reviewed', ...AMBER_CHECKLIST.map((item) => `Answer “${item}”: done or not done`)]);

    await form.getByRole('group', { name: 'How was the child reviewed?' }).getByLabel('Telephone').check();
    for (const item of AMBER_CHECKLIST) {
      await form.getByRole('group', { name: item, exact: true }).getByLabel('Done', { exact: true }).check();
    }
    await form.getByLabel('Note (optional)').fill('Spoke to the family; coping while waiting.');
    await form.getByRole('button', { name: 'Save review' }).click();

    // The next due date is 91 days after today's review.
    const nextReview = addDays(today, 91);
    const status = page.locator('#duty-status-message');
    await expect(status).toHaveText(`Review of ${child} recorded (rating kept: Amber (medium risk)). Next review due ${shown(nextReview)}.`);
    await expect(status).toBeFocused();
    await expect(rowFor(dueToday, child)).toHaveCount(0);

    // Raise the child to RED on the referral page: a change of rating needs its reason.
    await page.goto(`/referrals/${id}`);
    await page.getByRole('button', { name: 'Record risk assessment' }).click();
    const riskForm = page.locator('#action-form');
    await expect(riskForm.getByRole('heading', { name: 'Record risk assessment' })).toBeFocused();
    await expect(riskForm).toContainText('Standard mitigation: Contact details of who to contact in an emergency');
    for (const domain of RISK_DOMAINS) {
      await riskForm.getByRole('group', { name: domain, exact: true }).getByLabel(domain === RISK_DOMAINS[0] ? 'Present' : 'Absent', { exact: true }).check();
    }
    await riskForm.getByLabel('Describe the risk to self').fill('Disclosed self-harm on the review call.');
    await riskForm.getByRole('group', { name: 'Rating the assessment leads to' }).getByLabel('Red (high risk)').check();
    await expect(riskForm.getByLabel('Days between reviews')).toHaveValue('14');
    await riskForm.getByRole('button', { name: 'Save risk assessment' }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Say why the rating changes from AMBER to RED']);
    await riskForm.getByLabel('Reason for the rating').fill('Self-harm disclosed; risk has escalated.');
    await riskForm.getByRole('button', { name: 'Save risk assessment' }).click();

    // RED re-plans from today's review: 14 days on, and the child waits on the team meeting agenda.
    await expect(page.locator('#referral-status')).toContainText(
      `Risk assessment recorded: Red (high risk). Next duty review due ${shown(addDays(today, 14))}. The child is on the team meeting agenda until a lead professional is allocated.`,
    );
    await expect(page.locator('#referral-rag')).toContainText('Red (high risk)');
    // The rating history, newest first.
    const history = page.locator('#risk-history tbody tr');
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText('Red (high risk)');
    await expect(history.nth(0)).toContainText('Was Amber (medium risk)');
    await expect(history.nth(0)).toContainText('Self-harm disclosed; risk has escalated.');
    await expect(history.nth(0)).toContainText('Risk to self: Disclosed self-harm on the review call.');
    await expect(history.nth(1)).toContainText('Amber (medium risk)');
    await expect(history.nth(1)).toContainText('First rating');

    await page.getByRole('link', { name: 'Open the team meeting agenda' }).click();
    await expect(page).toHaveURL(/\/duty\/agenda\?team=generic-outpatient$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team meeting agenda');
    const agendaRow = rowFor(page.locator('#agenda-table'), child);
    await expect(agendaRow).toContainText(`${shown(today)}: 0 days without a lead professional`);
    // Duty clinicians see the agenda; lead professionals and managers allocate.
    await expect(agendaRow.getByRole('button', { name: /Allocate lead professional/ })).toHaveCount(0);
    await expect(page.locator('#agenda-who-allocates')).toBeVisible();
    // The duty list shows the exception too.
    await page.goto('/duty');
    await expect(rowFor(page.locator('#table-redWithoutLeadProfessional'), child)).toContainText('Red (high risk)');

    // A lead professional allocates one at the team meeting; the child leaves the agenda.
    const leadContext = await browser.newContext();
    const lead = await leadContext.newPage();
    await signIn(lead, 'demo.lead');
    await lead.goto('/duty/agenda?team=generic-outpatient');
    const leadRow = rowFor(lead.locator('#agenda-table'), child);
    await leadRow.getByRole('button', { name: `Allocate lead professional for ${child}` }).click();
    await expect(lead.locator('#error-summary')).toBeFocused();
    await expect(lead.locator('#error-summary').getByRole('link')).toHaveText([`Choose a lead professional for ${child}`]);
    await leadRow.getByLabel(`Lead professional for ${child}`).selectOption({ label: 'Lee Lead (demo)' });
    await leadRow.getByRole('button', { name: `Allocate lead professional for ${child}` }).click();
    await expect(lead.locator('#agenda-status-message')).toHaveText(`Lee Lead (demo) is now the lead professional for ${child}, who has left the agenda.`);
    await expect(lead.locator('#agenda-status-message')).toBeFocused();
    await expect(rowFor(lead.locator('#agenda-table'), child)).toHaveCount(0);

    // The child is now on the lead professional's caseload, RED, reviewed 14 days after today's review.
    await lead.goto('/duty');
    await lead.getByRole('link', { name: 'Your caseload' }).click();
    await expect(lead).toHaveURL(/\/duty\/caseload$/);
    const caseloadRow = rowFor(lead.locator('#caseload-table'), child);
    await expect(caseloadRow).toContainText('Red (high risk)');
    await expect(caseloadRow).toContainText(`${shown(addDays(today, 14))}, in 14 days`);
    await leadContext.close();
  });

  test('a task claimed by someone else cannot be claimed, and the page names who holds it', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const family = uniqueFamilyName();
    const child = `Clementhe ${family}`;
    await signIn(page, 'demo.duty');
    // Rated 100 days ago: the review fell due 9 days ago.
    await seedAmberChild(page, 'Clementhe', family, 100);
    await page.goto('/duty');
    const row = rowFor(page.locator('#table-overdue'), child);
    await expect(row).toContainText(`Due ${shown(addDays(londonToday(), -9))}: 9 days overdue`);
    await expect(row).toContainText('Not claimed');

    // Meanwhile a lead professional claims it.
    const leadContext = await browser.newContext();
    const lead = await leadContext.newPage();
    await signIn(lead, 'demo.lead');
    const list = await lead.request.get('/api/duty/today?team=generic-outpatient');
    const taskId = ((await list.json()) as { sections: { overdue: { childName: string; taskId: string }[] } }).sections.overdue.find((r) => r.childName === child)?.taskId;
    expect(taskId).toBeTruthy();
    await post(lead, `/api/duty/tasks/${taskId}/claim`, null, 200);
    await leadContext.close();

    // The duty clinician's page still offers "Claim": the API refuses and says who holds it.
    await row.getByRole('button', { name: `Claim the task for ${child}` }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`The task for ${child} was not changed. Cannot claim the task: Lee Lead (demo) claimed this task at`);
    await expect(row).toContainText('Claimed by Lee Lead (demo)');
    await expect(row.getByRole('button', { name: /Claim|Record review/ })).toHaveCount(0);
  });

  test('calls, safeguarding decisions and new referrals are worked from the list', async ({ page }) => {
    test.setTimeout(150_000);
    const today = londonToday();
    const family = uniqueFamilyName();
    const child = `Perpetua ${family}`;
    const newcomer = `Oriabel ${family}`;
    await signIn(page, 'demo.duty');
    // Rated AMBER 30 days ago (no review due), and did not attend an appointment today.
    const { id } = await seedAmberChild(page, 'Perpetua', family, 30);
    const booked = await post<ReferralView>(page, `/api/referrals/${id}/appointments`, { date: today, kind: 'other' });
    const appointment = booked.appointments.find((a) => a.date === today && a.kind === 'other');
    expect(appointment).toBeTruthy();
    await post(page, `/api/appointments/${appointment?.id}/outcome`, { version: appointment?.version, status: 'dna' }, 200);
    // A referral received today, still at access: to screen.
    await post<ReferralView>(page, '/api/referrals', {
      givenName: 'Oriabel',
      familyName: family,
      dateOfBirth: '2013-02-11',
      area: 'rutland',
      team: 'generic-outpatient',
      referrerType: 'school',
      urgency: 'urgent',
      receivedOn: today,
    });

    // A call is logged on the child's referral page…
    await page.goto(`/referrals/${id}`);
    await page.getByRole('button', { name: 'Log a call or letter' }).click();
    const logForm = page.locator('#action-form');
    await expect(logForm.getByRole('heading', { name: 'Log a call or letter' })).toBeFocused();
    await logForm.getByLabel('Telephone call').check();
    await logForm.getByLabel('Who called or wrote').fill('mother');
    await logForm.getByLabel('What it was about').fill('Asking how long the wait will be');
    await logForm.getByRole('button', { name: 'Log it' }).click();
    await expect(page.locator('#referral-status')).toContainText('Telephone call from mother logged. It is on the duty list until someone responds to it.');

    // …and answered from the list, the response reviewing the child and lowering the rating to GREEN.
    await page.goto('/duty');
    const call = rowFor(page.locator('#table-callsAndLetters'), child);
    await expect(call).toContainText('From mother: Asking how long the wait will be');
    await call.getByRole('button', { name: `Respond for ${child}` }).click();
    const respond = page.locator('#form-callsAndLetters');
    await expect(respond.getByRole('heading', { name: `Respond to the telephone call: ${child}` })).toBeFocused();
    await respond.getByLabel('What was done in response').fill('Called back; explained the wait and gave self-help links.');
    await respond.getByRole('group', { name: 'Did the response review the child?' }).getByLabel('Yes').check();
    await respond.getByRole('group', { name: 'How was the child reviewed?' }).getByLabel('Telephone').check();
    // The checklist is the rating in force's (AMBER), whatever the rating after.
    for (const item of AMBER_CHECKLIST) {
      await respond.getByRole('group', { name: item, exact: true }).getByLabel('Done', { exact: true }).check();
    }
    await respond.getByRole('group', { name: 'Rating after the review' }).getByLabel('Green (low risk)').check();
    await respond.getByRole('button', { name: 'Save response' }).click();
    // A changed rating asks for its reason and the six domains.
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Say why the rating changes from Amber (medium risk) to Green (low risk)',
      'Select whether the risk to self is present or absent',
      'Select whether the risk to others is present or absent',
      'Select whether the risk from others is present or absent',
      'Select whether the risk of deterioration is present or absent',
      'Select whether the risk of delay in diagnosis is present or absent',
      'Select whether the risk of disengagement is present or absent',
    ]);
    await respond.getByLabel('Why the rating changes').fill('Settled at school; family coping well.');
    for (const domain of RISK_DOMAINS) {
      await respond.getByRole('group', { name: domain, exact: true }).getByLabel('Absent', { exact: true }).check();
    }
    // The mother also described a crisis at home last night: a Crisis referral starts its two clocks.
    await respond.getByRole('group', { name: 'Has the risk escalated?' }).getByLabel('Referred to the Crisis team').check();
    await respond.getByRole('button', { name: 'Save response' }).click();
    // GREEN is reviewed every 182 days, from today's review.
    await expect(page.locator('#duty-status-message')).toHaveText(
      `Response to the telephone call about ${child} recorded. The child was reviewed: next review due ${shown(addDays(today, 182))}.`,
    );
    await expect(rowFor(page.locator('#table-callsAndLetters'), child)).toHaveCount(0);

    // The Crisis clocks head the list until done: contact within 2 hours, assessment within 24.
    const crisis = rowFor(page.locator('#table-crisisClocks'), child);
    const contactClock = crisis.filter({ hasText: 'Telephone contact (within 2 hours)' });
    await expect(contactClock).toContainText('Running');
    await expect(crisis.filter({ hasText: 'Assessment (within 24 hours)' })).toContainText('Running');
    await contactClock.getByRole('button', { name: `Record done for ${child}, Telephone contact (within 2 hours)` }).click();
    await expect(page.getByRole('heading', { name: `Telephone contact (within 2 hours) done: ${child}` })).toBeFocused();
    // The form starts at now, as read on a clock in England.
    await page.locator('#crisis-form').getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#duty-status-message')).toContainText(`Crisis telephone contact for ${child} recorded at`);
    await expect(page.locator('#duty-status-message')).toContainText('within 2 hours: met.');
    await expect(contactClock).toHaveCount(0);
    await expect(crisis).toHaveCount(1);

    // The DNA waits for Duty's safeguarding decision; keeping the referral open needs a plan.
    const dna = rowFor(page.locator('#table-safeguardingDecisions'), child);
    await expect(dna).toContainText(`Did not attend (DNA) on ${shown(today)}`);
    await expect(dna).toContainText('Decision for: Duty');
    await dna.getByRole('button', { name: `Record decision for ${child}` }).click();
    const decide = page.locator('#form-safeguardingDecisions');
    await decide.getByLabel('Keep the referral open').check();
    await decide.getByRole('button', { name: 'Save decision' }).click();
    await expect(summary.getByRole('link')).toHaveText(['Enter the plan to keep the child safe and engaged']);
    await decide.getByLabel('Plan to keep the child safe and engaged').fill('Offer a new appointment by telephone this week.');
    await decide.getByRole('button', { name: 'Save decision' }).click();
    await expect(page.locator('#duty-status-message')).toHaveText(`Safeguarding decision for ${child} recorded: keep the referral open.`);
    await expect(rowFor(page.locator('#table-safeguardingDecisions'), child)).toHaveCount(0);

    // The new referral is screened for an immediate response.
    const fresh = rowFor(page.locator('#table-newReferralsToScreen'), newcomer);
    await expect(fresh).toContainText(`Received today (${shown(today)})`);
    await fresh.getByRole('button', { name: `Screen for ${newcomer}` }).click();
    const screen = page.locator('#form-newReferralsToScreen');
    await screen.getByLabel('Yes: an immediate response is needed').check();
    await screen.getByLabel('Note').fill('Duty to telephone the family today.');
    await screen.getByRole('button', { name: 'Save screening' }).click();
    await expect(page.locator('#duty-status-message')).toHaveText(`Referral for ${newcomer} screened: an immediate response is needed.`);
    await expect(rowFor(page.locator('#table-newReferralsToScreen'), newcomer)).toHaveCount(0);
  });
});
