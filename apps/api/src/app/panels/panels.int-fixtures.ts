import type { CatalogueEntryView, EscalationRisk, PanelCaseView, PanelView, SittingSummary } from '@camhs/contracts';
import { ApiClient } from '@camhs/server-testing';

/**
 * Test data for the panel integration specs, made through the API as a coordinator and an
 * administrator would. Each spec builds its own catalogue entries (block capacity is counted
 * across every panel, so shared entries would mix specs' figures) and its own panel.
 */
export async function json<T>(res: Response, status: number): Promise<T> {
  const body = await res.json();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(body)}`);
  return body as T;
}

/** Counselling (£45.00 an hour block, 10 hours a year, £60.00 spot) and tutoring (£35.00 block, 20 hours, £42.00 spot), from providers of the spec's own. */
export async function testCatalogue(admin: ApiClient, tag: string): Promise<{ counselling: CatalogueEntryView; tutoring: CatalogueEntryView }> {
  const type = async (code: string, name: string) => (await json<{ id: string }>(await admin.post('/panel-catalogue/types', { code: `${tag}-${code}`, name: `${name} (${tag})` }), 201)).id;
  const provider = async (name: string) => (await json<{ id: string }>(await admin.post('/panel-catalogue/providers', { name: `${name} (${tag})` }), 201)).id;
  const entry = async (typeId: string, providerId: string, unitCostPence: number, spotPricePence: number, blockUnitsPerYear: number) =>
    json<CatalogueEntryView>(await admin.post('/panel-catalogue/entries', { typeId, providerId, unit: 'hours', unitCostPence, spotPricePence, blockUnitsPerYear }), 201);
  return {
    counselling: await entry(await type('counselling', 'Specialist counselling'), await provider('Counselling provider'), 4500, 6000, 10),
    tutoring: await entry(await type('tutoring', 'Specialist tutoring'), await provider('Tutoring provider'), 3500, 4200, 20),
  };
}

/** A fortnightly panel of the inclusion-panel team with two members, a budget for 2025-26 and sittings from `firstOn`. */
export async function testPanel(coordinator: ApiClient, name: string, budgetPence: number, firstOn: string, sittings: number): Promise<{ panel: PanelView; sittings: SittingSummary[] }> {
  const panel = await json<PanelView>(await coordinator.post('/panels', { team: 'inclusion-panel', name, cadence: 'fortnightly' }), 201);
  await json(await coordinator.post(`/panels/${panel.id}/members`, { name: 'Priya Member', agency: 'Educational Psychology' }), 201);
  await json(await coordinator.post(`/panels/${panel.id}/members`, { name: 'Tom Member', agency: 'SENCo network' }), 201);
  await json(await coordinator.request('PUT', `/panels/${panel.id}/budgets/2025-26`, { version: null, amountPence: budgetPence }), 200);
  const scheduled = await json<SittingSummary[]>(await coordinator.post(`/panels/${panel.id}/sittings`, { firstOn, count: sittings }), 201);
  return { panel: await json<PanelView>(await coordinator.get(`/panels/${panel.id}`), 200), sittings: scheduled };
}

export interface TestChild {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  nhsNumber?: string;
}

/** Open a case and, unless told otherwise, record consent and the pre-panel risk (ready for panel). */
export async function testCase(
  coordinator: ApiClient,
  panelId: string,
  child: TestChild,
  options: { consent?: boolean; risk?: EscalationRisk | null; predictedHoursPerWeek?: number | null } = {},
): Promise<PanelCaseView> {
  let c = await json<PanelCaseView>(
    await coordinator.post('/panel-cases', {
      panelId,
      child,
      school: 'Oakham Church of England Primary School',
      yearGroup: 'Year 4',
      broughtBy: { name: 'Helen Hartley', role: 'SENCo' },
      need: 'Frequent dysregulation in class; at risk of exclusion.',
    }),
    201,
  );
  if (options.consent !== false) {
    c = await json<PanelCaseView>(
      await coordinator.post(`/panel-cases/${c.id}/consent`, { version: c.version, givenBy: 'the child’s mother', relationship: 'mother', givenOn: '2025-10-20', scope: 'sharing with panel members; referral to providers' }),
      200,
    );
  }
  const risk = options.risk === undefined ? 'high' : options.risk;
  if (risk) {
    c = await json<PanelCaseView>(
      await coordinator.post(`/panel-cases/${c.id}/risk`, { version: c.version, level: risk, note: 'Needs reviewed by the coordinator before panel.', predictedHoursPerWeek: options.predictedHoursPerWeek ?? null }),
      200,
    );
  }
  return c;
}
