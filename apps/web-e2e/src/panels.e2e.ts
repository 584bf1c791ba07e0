import { Page, expect, test } from '@playwright/test';
import type { PanelReport } from '@camhs/contracts';
import { PanelsApiSession, TestEntry, addDays, apiAs, financialYearOf, londonToday, readyCase, runTag, shown, testEntry, testPanel } from './support/panels-api';
import { signIn, signOut } from './support/sign-in';

/**
 * The panel coordinator's screens (issue 6): the case board, the sitting screen and the catalogue
 * (and, for the figures the story changes, the panel report).
 * Each test builds its own catalogue entries and panel through the API (the e2e database has the
 * seeded catalogue and no panel), then works through the pages as a coordinator would. Figures are
 * worked out by hand from the entries made here: counselling £45.00 a block hour (10 block hours a
 * year, spot £60.00), tutoring £35.00 a block hour (20 block hours, spot £42.00), a budget of
 * £2,000.00 for the financial year of today's sitting.
 */

const RUN = runTag();
/** Fictional and distinctive (the leak scan looks for children's names in every log). */
const PHILIPPA = { givenName: 'Philippa', familyName: 'Quennell-Ashdown', dateOfBirth: '2016-05-14' };
const PHILIPPA_NAME = `${PHILIPPA.givenName} ${PHILIPPA.familyName}`;
const LYSANDER = { givenName: 'Lysander', familyName: 'Mortlake-Vane', dateOfBirth: '2015-09-03' };
const LYSANDER_NAME = `${LYSANDER.givenName} ${LYSANDER.familyName}`;
const WILHELMINA = { givenName: 'Wilhelmina', familyName: 'Gatesby-Thorne', dateOfBirth: '2017-02-11' };
const WILHELMINA_NAME = `${WILHELMINA.givenName} ${WILHELMINA.familyName}`;

const status = (page: Page, id: string) => page.locator(`#${id}-status`);
const problems = (page: Page) => page.locator('#error-summary');
const panelsNav = (page: Page) => page.getByRole('navigation', { name: 'Panels pages' });

async function report(coordinator: PanelsApiSession, panelId: string, year: string): Promise<PanelReport> {
  return coordinator.get<PanelReport>(`/panels/${panelId}/report?financialYear=${year}`);
}

test.describe('Panel coordinators', () => {
  test('a coordinator records consent, adds the case to the next sitting, allocates counselling from the block and tutoring beyond it, and the report changes', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const today = londonToday();
    const year = financialYearOf(today);
    const admin = await apiAs(baseURL ?? '', 'demo.admin');
    const coordinator = await apiAs(baseURL ?? '', 'demo.panel');
    let counselling: TestEntry;
    let tutoring: TestEntry;
    let panelId: string;
    try {
      counselling = await testEntry(admin, RUN, 'counselling', 'Specialist counselling', 'Kindred Counselling', 4500, 6000, 10);
      tutoring = await testEntry(admin, RUN, 'tutoring', 'Specialist tutoring', 'Bright Tutors', 3500, 4200, 20);
      ({
        panel: { id: panelId },
      } = await testPanel(coordinator, `Primary Phase Panel (${RUN})`, 200_000, today, 2));
    } finally {
      await admin.context.dispose();
    }

    try {
      await signIn(page, 'demo.panel');
      await page.getByRole('link', { name: 'Panels', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Panel cases' })).toBeVisible();
      await page.goto(`/panels?panel=${panelId}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Panel cases' })).toBeVisible();
      await expect(page.locator('#board-lede')).toContainText(`Primary Phase Panel (${RUN})`);
      await expect(page.locator('#upcoming-sittings')).toContainText(`Sitting of ${shown(today)} (next sitting): 0 cases on the agenda; agenda not issued yet`);

      // The school's SENCo brings the case.
      await page.getByRole('button', { name: 'Bring a new case' }).click();
      await page.locator('#givenName').fill(PHILIPPA.givenName);
      await page.locator('#familyName').fill(PHILIPPA.familyName);
      await page.locator('#dateOfBirth').fill(PHILIPPA.dateOfBirth);
      await page.locator('#school').fill('Oakham Church of England Primary School');
      await page.locator('#yearGroup').fill('Year 5');
      await page.locator('#broughtByName').fill('Helen Hartley');
      await page.locator('#broughtByRole').fill('SENCo');
      await page.locator('#need').fill('Frequent dysregulation in class; at risk of exclusion.');
      await page.getByRole('button', { name: 'Bring the case' }).click();
      await expect(status(page, 'board')).toContainText(`The case of ${PHILIPPA_NAME} is on the board, as new.`);
      await expect(page.locator('#board-counts [data-state="new"]')).toContainText('1');
      const row = page.locator('tr', { hasText: PHILIPPA_NAME });
      await expect(row).toContainText('Needs parental consent and the pre-panel risk before it can be listed');

      // The coordinator's pre-panel assessment: high risk of escalating to a statutory assessment.
      await page.getByRole('button', { name: `Record pre-panel risk for ${PHILIPPA_NAME}` }).click();
      await page.getByLabel('High', { exact: true }).check();
      await page.locator('#riskNote').fill('Two fixed-term exclusions this term; the school expects to request an EHC needs assessment.');
      await page.locator('#predictedHoursPerWeek').fill('32.5');
      await page.getByRole('button', { name: 'Save risk' }).click();
      await expect(status(page, 'board')).toContainText(`Pre-panel risk recorded for ${PHILIPPA_NAME}. The case still needs parental consent before it can be listed.`);
      await expect(row).toContainText('Needs parental consent before it can be listed');

      // Without consent the case cannot be listed: the API says why, naming the child.
      await page.getByRole('button', { name: `Add to an agenda for ${PHILIPPA_NAME}` }).click();
      await expect(page.locator('#sittingId option:checked')).toHaveText(`${shown(today)} (next sitting): 0 cases on the agenda`);
      await page.getByRole('button', { name: 'Add to the agenda' }).click();
      await expect(problems(page)).toContainText(
        `${PHILIPPA_NAME} was not added to the agenda. Cannot list ${PHILIPPA_NAME} for the sitting of ${today}: the case has no parental consent recorded: record consent (who gave it, when, and its scope) before listing it for panel.`,
      );
      await expect(problems(page)).toBeFocused();

      // Consent recorded: the case is ready, and goes on the next sitting's agenda.
      await page.getByRole('button', { name: `Record consent for ${PHILIPPA_NAME}` }).click();
      await page.locator('#givenBy').fill('Ruth Quennell-Ashdown');
      await page.locator('#relationship').fill('mother');
      await expect(page.locator('#givenOn')).toHaveValue(today);
      await page.getByRole('button', { name: 'Save consent' }).click();
      await expect(status(page, 'board')).toContainText(`Consent recorded for ${PHILIPPA_NAME}. The case is now ready for panel.`);
      await expect(page.locator('#board-counts [data-state="ready"]')).toContainText('1');
      await page.getByRole('button', { name: `Add to an agenda for ${PHILIPPA_NAME}` }).click();
      await page.getByRole('button', { name: 'Add to the agenda' }).click();
      await expect(status(page, 'board')).toContainText(`${PHILIPPA_NAME} is on the agenda of the sitting of ${shown(today)}.`);
      await expect(page.locator('#board-counts [data-state="on-agenda"]')).toContainText('1');

      // Before the sitting, the panel's report: nothing allocated this year.
      await panelsNav(page).getByRole('link', { name: 'Report' }).click();
      await expect(page).toHaveURL(new RegExp(`/panels/report\\?panel=${panelId}`));
      await expect(page.locator('#report-heading')).toHaveText(`Primary Phase Panel (${RUN}), financial year ${year}`);
      await expect(page.locator('#figure-children-considered')).toContainText('0 children');
      await expect(page.locator('#figure-allocations')).toContainText('0 allocations for 0 children');
      await expect(page.locator('#figure-budget')).toContainText('£2,000.00: £0.00 committed, £2,000.00 remaining');

      // The sitting: the case is on the agenda down the side.
      await panelsNav(page).getByRole('link', { name: 'Cases' }).click();
      await page.locator('tr', { hasText: PHILIPPA_NAME }).getByRole('link', { name: `Sitting of ${shown(today)}` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`Sitting of ${shown(today)}`);
      await expect(page.locator('#agenda')).toContainText(`1. ${PHILIPPA_NAME}`);
      await expect(page.locator('#agenda')).toContainText('High risk; Waiting for a decision');

      await page.getByLabel('Interventions allocated').check();
      await page.locator('#reason').fill('Counselling for her anxiety, and tutoring to close the gap in reading');
      // Counselling 1 hour a week for 6 weeks: 6 of the 10 block hours at £45.00 = £270.00; £2,000.00 − £270.00 = £1,730.00.
      await page.locator('#allocations-0-entryId').selectOption({ label: counselling.option });
      await page.locator('#allocations-0-unitsPerWeek').fill('1');
      await page.locator('#allocations-0-weeks').fill('6');
      await expect(page.locator('#allocations-0-quote')).toContainText(`From the block contract: 6 hours (£270.00), leaving 4 hours for ${year}`);
      await expect(page.locator('#allocations-0-quote')).toContainText(`Budget ${year}: £1,730.00 of £2,000.00 would remain`);
      // Tutoring 2 hours a week for 15 weeks = 30 hours: 20 from the block (£700.00), 10 spot at £42.00 (£420.00); £1,730.00 − £1,120.00 = £610.00.
      await page.getByRole('button', { name: 'Add another intervention' }).click();
      await page.locator('#allocations-1-entryId').selectOption({ label: tutoring.option });
      await page.locator('#allocations-1-unitsPerWeek').fill('2');
      await page.locator('#allocations-1-weeks').fill('15');
      await expect(page.locator('#allocations-1-quote')).toContainText(`From the block contract: 20 hours (£700.00), leaving 0 hours for ${year}`);
      await expect(page.locator('#allocations-1-quote')).toContainText('Spot purchase: 10 hours beyond the block (£420.00): confirm below');
      await expect(page.locator('#allocations-1-quote')).toContainText(`Budget ${year}: £610.00 of £2,000.00 would remain`);
      await expect(page.locator('#decision-total')).toContainText(`This decision allocates £1,390.00. £610.00 of the ${year} budget would remain.`);
      await page.getByRole('button', { name: 'Add an action' }).click();
      await page.locator('#actions-0-description').fill('Share the plan with the family');
      await page.locator('#actions-0-owner').fill('Helen Hartley, SENCo');
      await page.locator('#actions-0-dueOn').fill(addDays(today, 14));

      // The spot purchase must be confirmed.
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await expect(problems(page)).toContainText('Intervention 2: confirm the spot purchase of 10 hours (£420.00), or allocate fewer');
      await problems(page).getByRole('link', { name: /Intervention 2: confirm the spot purchase/ }).click();
      await expect(page.locator('#allocations-1-confirmSpot')).toBeFocused();
      await page.getByLabel('Confirm the spot purchase of 10 hours at the spot price (£420.00)').check();
      await page.getByRole('button', { name: 'Record the decision' }).click();
      await expect(status(page, 'sitting')).toContainText(`Decision recorded for ${PHILIPPA_NAME}: 2 interventions allocated, costing £1,390.00.`);
      await expect(page.locator('#agenda')).toContainText('High risk; Interventions allocated');
      await expect(page.locator('#recorded-allocations')).toContainText('1 a week × 6 weeks = 6 hours');
      await expect(page.locator('#recorded-allocations')).toContainText('20 hours block; 10 hours spot');
      await expect(page.locator('#recorded-actions')).toContainText('Share the plan with the family: Helen Hartley, SENCo');

      // The report changes: one child considered, at high risk; 6 + 20 = 26 block hours (£270.00 + £700.00 = £970.00) and
      // 10 spot hours (£420.00): £1,390.00 of £2,000.00, £610.00 left.
      await panelsNav(page).getByRole('link', { name: 'Report' }).click();
      await expect(page.locator('#figure-children-considered')).toContainText('1 child');
      await expect(page.locator('#figure-high-risk-share')).toContainText('1 of 1 child (100.0%)');
      await expect(page.locator('#figure-allocations')).toContainText('2 allocations for 1 child');
      await expect(page.locator('#figure-allocations')).toContainText('26 block units and 10 spot units');
      await expect(page.locator('#figure-spend')).toContainText('£1,390.00');
      await expect(page.locator('#figure-spend')).toContainText('Block £970.00; spot £420.00');
      await expect(page.locator('#figure-budget')).toContainText('£2,000.00: £1,390.00 committed, £610.00 remaining');
      // The same figures from the API, with the spend by intervention.
      const after = await report(coordinator, panelId, year);
      expect([after.childrenConsidered, after.highRiskShare.children, after.allocations.count, after.allocations.blockUnits, after.allocations.spotUnits]).toEqual([1, 1, 2, 26, 10]);
      expect([after.allocations.blockCostPence, after.allocations.spotCostPence, after.allocations.costPence, after.budget.remainingPence]).toEqual([97_000, 42_000, 139_000, 61_000]);
      expect(after.byIntervention.map((r) => [r.label, r.blockUnits, r.spotUnits, r.costPence]).sort()).toEqual(
        [
          [`Specialist counselling (${RUN})`, 6, 0, 27_000],
          [`Specialist tutoring (${RUN})`, 20, 10, 112_000],
        ].sort(),
      );
    } finally {
      await coordinator.context.dispose();
    }
  });

  test('a case is taken off the agenda and withdrawn; the agenda is issued with its pre-read pack, attendance recorded, and closing the sitting carries an undecided case to the next sitting', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const today = londonToday();
    const coordinator = await apiAs(baseURL ?? '', 'demo.panel');
    let panelId: string;
    let first: string;
    try {
      const built = await testPanel(coordinator, `SEND Panel (${RUN})`, 500_000, today, 2);
      panelId = built.panel.id;
      first = built.sittings[0].id;
      await readyCase(coordinator, panelId, LYSANDER, first);
      await readyCase(coordinator, panelId, WILHELMINA, first);
    } finally {
      await coordinator.context.dispose();
    }

    await signIn(page, 'demo.panel');
    await page.goto(`/panels/sittings/${first}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Sitting of ${shown(today)}`);
    await expect(page.locator('#agenda-heading')).toHaveText('Agenda (2)');

    // Wilhelmina's school asks for her case to wait: taken off the agenda, she is ready for another sitting.
    await page.locator('#agenda').getByRole('link', { name: `2. ${WILHELMINA_NAME}` }).click();
    await expect(page.locator('#case-heading')).toHaveText(`2. ${WILHELMINA_NAME}`);
    await page.getByRole('button', { name: `Take ${WILHELMINA_NAME} off the agenda` }).click();
    await expect(status(page, 'sitting')).toContainText(`${WILHELMINA_NAME} is taken off the agenda and is ready for panel again`);
    await expect(page.locator('#agenda-heading')).toHaveText('Agenda (1)');

    // Issuing the agenda asks the worker for the members' pre-read pack; the page shows its link once stored.
    await page.getByRole('button', { name: 'Issue the agenda' }).click();
    await expect(status(page, 'sitting')).toContainText('The agenda is issued.');
    const pack = page.getByRole('link', { name: 'Download the pre-read pack (PDF, 1 case)' });
    await expect(pack).toBeVisible({ timeout: 45_000 });
    const pdf = await page.request.get((await pack.getAttribute('href')) ?? '');
    expect([pdf.status(), pdf.headers()['content-type'], pdf.headers()['content-disposition']]).toEqual([200, 'application/pdf', `attachment; filename="pre-read-pack-${today}.pdf"`]);

    // Attendance: one of the two members present.
    await page.getByLabel('Priya Okonkwo-Baines, Educational Psychology').check();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await expect(status(page, 'sitting')).toContainText('Attendance recorded.');
    await expect(page.locator('#attendance-summary')).toHaveText('1 of 2 members present.');

    // Lysander has no decision: closing carries him to the sitting a fortnight later.
    await page.getByRole('button', { name: 'Close the sitting' }).click();
    await expect(page.locator('#close-warning')).toHaveText('1 case has no decision or was deferred: closing the sitting carries it to the next sitting.');
    await expect(page.getByRole('button', { name: 'Yes, close the sitting' })).toBeFocused();
    await page.getByRole('button', { name: 'Yes, close the sitting' }).click();
    await expect(status(page, 'sitting')).toContainText(`The sitting of ${shown(today)} is closed. 1 case carried over:`);
    await expect(status(page, 'sitting')).toContainText(`${LYSANDER_NAME}: to the sitting of ${shown(addDays(today, 14))}`);
    await expect(page.locator('#agenda')).toContainText('Medium risk; Not decided; carried to the next sitting');
    await expect(page.locator('#sitting-closed')).toBeVisible();

    // On the board Wilhelmina is ready again; her school then withdraws the case.
    await page.goto(`/panels?panel=${panelId}`);
    await expect(page.locator('#board-counts [data-state="ready"]')).toContainText('1');
    await page.getByRole('button', { name: `Withdraw the case for ${WILHELMINA_NAME}` }).click();
    await page.getByRole('button', { name: 'Withdraw the case', exact: true }).click();
    await expect(problems(page)).toContainText('Enter why the case is withdrawn');
    await page.locator('#withdrawReason').fill('The family has moved out of the area');
    await page.getByRole('button', { name: 'Withdraw the case', exact: true }).click();
    await expect(status(page, 'board')).toContainText(`The case of ${WILHELMINA_NAME} is withdrawn and closed.`);
    await expect(page.locator('#board-counts [data-state="closed"]')).toContainText('1');

    // The board offers the next sitting, where Lysander's case waits, carried from today's.
    await page.locator('#upcoming-sittings').getByRole('link', { name: `Sitting of ${shown(addDays(today, 14))}` }).click();
    await expect(page.locator('#agenda')).toContainText(`1. ${LYSANDER_NAME}`);
    await expect(page.locator('#agenda')).toContainText(`Carried from the sitting of ${shown(today)}`);
    await expect(page.locator('#sitting-not-yet')).toHaveText(`Decisions and attendance are recorded from ${shown(addDays(today, 14))}, the day of the sitting.`);
  });

  test('an administrator keeps the catalogue: adds a provider, a type and an entry, changes it, and is told when someone else changed it first', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const provider = `Harbour Play Therapy (${RUN})`;
    const type = `Play therapy (${RUN})`;
    await signIn(page, 'demo.admin');
    // The Panels section opens on the catalogue for an administrator.
    await page.getByRole('link', { name: 'Panels', exact: true }).click();
    await expect(page).toHaveURL(/\/panels\/catalogue$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Intervention catalogue' })).toBeVisible();

    await page.getByRole('button', { name: 'Add a provider' }).click();
    await page.locator('#providerName').fill(provider);
    await page.getByRole('button', { name: 'Add the provider' }).click();
    await expect(status(page, 'catalogue')).toContainText(`The provider ${provider} is added.`);

    await page.getByRole('button', { name: 'Add an intervention type' }).click();
    await page.locator('#code').fill(`play-therapy-${RUN}`);
    await page.locator('#name').fill(type);
    await page.getByRole('button', { name: 'Add the type' }).click();
    await expect(status(page, 'catalogue')).toContainText(`The intervention type ${type} is added.`);

    // A price that is not money is named beside its field.
    await page.getByRole('button', { name: 'Add an entry' }).click();
    await page.locator('#typeId').selectOption({ label: type });
    await page.locator('#providerId').selectOption({ label: provider });
    await page.getByLabel('Hours', { exact: true }).check();
    await page.locator('#unitCost').fill('fifty');
    await page.locator('#blockUnitsPerYear').fill('40');
    await page.getByRole('button', { name: 'Add the entry' }).click();
    await expect(problems(page)).toContainText('The block price must be an amount of money above £0, for example 45.00');
    await expect(page.locator('#unitCost-error')).toContainText('The block price must be an amount of money above £0');
    await page.locator('#unitCost').fill('52.50');
    await page.getByRole('button', { name: 'Add the entry' }).click();
    await expect(status(page, 'catalogue')).toContainText(`${type} from ${provider} is in the catalogue.`);
    const entryRow = page.locator('#entries-table tr', { hasText: type });
    await expect(entryRow).toContainText('£52.50 an hour');
    await expect(entryRow).toContainText('None offered');
    await expect(entryRow).toContainText('0 hours of the block; 40 hours left');

    // A spot price added; then a change made meanwhile by someone else makes this page's version stale.
    await entryRow.getByRole('button', { name: /^Change/ }).click();
    await page.locator('#spotPrice').fill('60');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(status(page, 'catalogue')).toContainText(`${type} from ${provider} is changed.`);
    await expect(entryRow).toContainText('£60.00 an hour');
    await entryRow.getByRole('button', { name: /^Change/ }).click();
    const admin = await apiAs(baseURL ?? '', 'demo.admin');
    try {
      const entries = (await admin.get<{ entries: { id: string; type: { name: string }; version: number }[] }>('/panel-catalogue')).entries;
      const entry = entries.find((e) => e.type.name === type);
      await admin.send('PUT', `/panel-catalogue/entries/${entry?.id}`, { version: entry?.version, unitCostPence: 5500, spotPricePence: 6000, blockUnitsPerYear: 40, active: true }, 200);
    } finally {
      await admin.context.dispose();
    }
    await page.locator('#blockUnitsPerYear').fill('30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(problems(page)).toContainText('Nothing was saved.');
    await expect(problems(page)).toContainText('has changed since you loaded it');
    await expect(entryRow).toContainText('£55.00 an hour');
    await expect(entryRow).toContainText('40 hours');

    // A manager's Panels link opens the report, the one panel page a manager reads.
    await signOut(page);
    await signIn(page, 'demo.manager');
    await page.getByRole('link', { name: 'Panels', exact: true }).click();
    await expect(page).toHaveURL(/\/panels\/report/);
    await expect(page.getByRole('heading', { level: 1, name: 'Panel report' })).toBeVisible();
  });
});
