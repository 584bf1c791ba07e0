// The work the scenarios drive through the API: referrals registered and moved along the pathway,
// duty reviews recorded. Dates are calendar dates in Europe/London, relative to today.

export const AREA = 'leicestershire';
export const TEAM = 'generic-outpatient';
export const LIST = 'Neurodevelopmental';
export const LETTER_RECIPIENTS = ['family', 'gp', 'referrer'];
const GREEN_CHECKLIST = ['risk-assessment-and-care-plan-reviewed', 'guided-self-help-given', 'rag-recall-updated', 'duty-survey-sent'];
const RISK_DOMAINS = ['self', 'others', 'from-others', 'deterioration', 'delay-in-diagnosis', 'disengagement'];

/** Today in Europe/London as YYYY-MM-DD. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

export function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Made-up children with names the leak scanner cannot mistake for ordinary words: a given name per
 * scenario and a family name numbered per child (e.g. "Quillane Stormveldt-17").
 */
export function childName(tag, n) {
  return { givenName: tag, familyName: `Stormveldt-${n}` };
}

export function registration(tag, n, { receivedOn, urgency = 'routine', nhsNumber = null }) {
  return { ...childName(tag, n), dateOfBirth: '2013-04-11', area: AREA, team: TEAM, referrerType: 'school', urgency, receivedOn, nhsNumber };
}

/** Throw unless the answer is the status expected (the scenario counts it as a failure). */
export function expectStatus(res, statuses, what) {
  const ok = Array.isArray(statuses) ? statuses : [statuses];
  if (!ok.includes(res.status)) {
    const err = new Error(`${what} answered ${res.status}${res.error ? ` (${res.error})` : ''}: ${JSON.stringify(res.body)?.slice(0, 300)}`);
    err.status = res.status;
    throw err;
  }
  return res.body;
}

export async function register(client, body) {
  return expectStatus(await client.post('/referrals', body), 201, 'POST /referrals');
}

export async function completeAccess(client, referral, completedOn) {
  return expectStatus(
    await client.post(`/referrals/${referral.id}/access`, { version: referral.version, completedOn, outcome: 'accepted' }),
    200,
    'POST /referrals/{id}/access',
  );
}

export async function completeAssessment(client, referral, completedOn, lists = [LIST]) {
  return expectStatus(
    await client.post(`/referrals/${referral.id}/assessment`, { version: referral.version, completedOn, outcome: 'accepted', lists }),
    200,
    'POST /referrals/{id}/assessment',
  );
}

export async function discharge(client, referral, dischargedOn) {
  return expectStatus(
    await client.post(`/referrals/${referral.id}/discharge`, { version: referral.version, dischargedOn, reason: 'Goals met; chaos suite' }),
    200,
    'POST /referrals/{id}/discharge',
  );
}

/** A review of a child not rated yet that rates them GREEN (a changed rating: reason and the six risk domains). */
export function greenReview(version) {
  return {
    version,
    contactType: 'telephone',
    checklist: GREEN_CHECKLIST.map((item) => ({ item, done: true })),
    outcome: { rating: 'GREEN', reason: 'First rating at the duty review', findings: RISK_DOMAINS.map((domain) => ({ domain, present: false })) },
    note: 'Chaos suite review',
  };
}

/** The open review tasks of the team's duty list, by referral id (reading the list opens any that are due). */
export async function reviewTasks(client, team = TEAM) {
  const list = expectStatus(await client.get(`/duty/today?team=${team}&limit=1000`), 200, 'GET /duty/today');
  const tasks = new Map();
  for (const section of ['reviewsDueToday', 'overdue']) {
    for (const row of list.sections[section]) if (row.taskId) tasks.set(row.referralId, { taskId: row.taskId, version: row.referralVersion });
  }
  return tasks;
}
