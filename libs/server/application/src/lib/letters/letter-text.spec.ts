import type { LetterData, LetterSubject } from './letter-data';
import { asSentence, letterReference, longDate, spacedNhsNumber } from './letter-format';
import { buildLetterText } from './letter-text';
import type { ServiceContact } from './service-contact';

const service: ServiceContact = {
  name: 'Test CAMHS',
  address: ['2 Nowhere Lane', 'Testford', 'TE1 1ST'],
  telephone: '0116 496 0999',
  email: 'letters@example.org',
  selfHelp: ['Help one.', 'Help two.'],
};

/** A routine referral from a school, received Monday 2 November 2026, for a fictional child. */
function letter(recipient: LetterData['recipient'], subject: LetterSubject, referral: Partial<LetterData['referral']> = {}, nhsNumber: string | null = '9434765919'): LetterData {
  return {
    letterId: '3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f',
    recipient,
    letterDate: '2026-11-03',
    child: { givenName: 'Orlaith', familyName: 'Fennimore-Quaile', dateOfBirth: '2013-06-09', nhsNumber },
    referral: { receivedOn: '2026-11-02', urgency: 'routine', referrerType: 'school', teamName: 'Generic outpatient', ...referral },
    subject,
    service,
  };
}

const ACK: LetterSubject = { kind: 'acknowledgement' };
const CONTACT_PRO = 'If you have any questions, please contact us on 0116 496 0999 or at letters@example.org.';
const CONTACT_FAMILY = 'If you have a question, call us on 0116 496 0999 or email letters@example.org.';
const DANGER = 'If you think Orlaith is in danger right now, call 999 or go to A&E.';

describe('letter text: acknowledgement', () => {
  it('to the referrer: the whole letter, with the 13-week first-contact target (2 Nov 2026 + 91 days = 1 Feb 2027)', () => {
    expect(buildLetterText(letter('referrer', ACK))).toEqual({
      title: 'Referral received',
      letterhead: ['Test CAMHS', '2 Nowhere Lane', 'Testford', 'TE1 1ST', 'Telephone: 0116 496 0999', 'Email: letters@example.org'],
      reference: 'Our reference: L-3F2B8C1E',
      date: '3 November 2026',
      addressee: 'The referring school',
      subject: 'Re: Orlaith Fennimore-Quaile, born 9 June 2013, NHS number 943 476 5919',
      salutation: 'Dear colleague,',
      body: [
        'Thank you for your referral, which we received on 2 November 2026. It has been registered as a routine referral with the Generic outpatient team.',
        'We aim to make first contact within 13 weeks of receiving a routine referral, that is by 1 February 2027.',
        'We have written to the family and to the GP to let them know.',
        "If Orlaith's needs change while they wait, or if you have any questions, please contact us on 0116 496 0999 or at letters@example.org.",
      ],
      signOff: ['Yours sincerely', 'Generic outpatient team', 'Test CAMHS'],
    });
  });

  it('to the GP of an urgent referral: who referred, and 4 weeks (2 Nov 2026 + 28 days = 30 Nov 2026)', () => {
    const text = buildLetterText(letter('gp', ACK, { urgency: 'urgent', referrerType: 'paediatrician' }));
    expect(text.addressee).toBe('The GP of Orlaith Fennimore-Quaile');
    expect(text.subject).toBe('Re: Orlaith Fennimore-Quaile, born 9 June 2013, NHS number 943 476 5919');
    expect(text.body.slice(0, 3)).toEqual([
      'We are writing to let you know that your patient was referred to our service by a paediatrician on 2 November 2026. The referral has been registered as an urgent referral with the Generic outpatient team.',
      'We aim to make first contact within 4 weeks of receiving an urgent referral, that is by 30 November 2026.',
      'We have written to the family and to the referrer to let them know.',
    ]);
  });

  it('to the family: plain words, the self-help resources as a list, and neither NHS number nor date of birth', () => {
    const text = buildLetterText(letter('family', ACK));
    expect(text.title).toBe('We have received a referral for Orlaith');
    expect(text.addressee).toBe('The parent or carer of Orlaith Fennimore-Quaile');
    expect(text.subject).toBeNull();
    expect(text.salutation).toBe('Dear parent or carer,');
    expect(text.body).toEqual([
      "We have received a referral for Orlaith to our service. It was sent to us by Orlaith's school on 2 November 2026.",
      'What happens next: someone from our Generic outpatient team will contact you by 1 February 2027.',
      'While you wait, these can help:',
      ['Help one.', 'Help two.'],
      DANGER,
      CONTACT_FAMILY,
    ]);
    const all = JSON.stringify(text);
    expect(all).not.toContain('943 476 5919');
    expect(all).not.toContain('9434765919');
    expect(all).not.toContain('2013');
  });

  it('says "NHS number not known" when there is none', () => {
    expect(buildLetterText(letter('gp', ACK, {}, null)).subject).toBe('Re: Orlaith Fennimore-Quaile, born 9 June 2013, NHS number not known');
  });

  it('greets a parent who referred, and a young person who referred themselves, by name', () => {
    expect(buildLetterText(letter('referrer', ACK, { referrerType: 'parent' })).salutation).toBe('Dear parent or carer,');
    const self = buildLetterText(letter('referrer', ACK, { referrerType: 'self' }));
    expect([self.salutation, self.addressee]).toEqual(['Dear Orlaith,', 'The young person who made the referral']);
    expect(buildLetterText(letter('family', ACK, { referrerType: 'self' })).body[0]).toBe(
      'We have received a referral for Orlaith to our service. It was sent to us by Orlaith on 2 November 2026.',
    );
  });
});

describe('letter text: access outcome', () => {
  const accepted: LetterSubject = { kind: 'access-outcome', completedOn: '2026-11-20', outcome: 'accepted' };
  const redirected: LetterSubject = { kind: 'access-outcome', completedOn: '2026-11-20', outcome: 'redirected', destination: ' Early Help hub ' };
  const returned: LetterSubject = { kind: 'access-outcome', completedOn: '2026-11-20', outcome: 'returned', reason: 'Please describe the difficulties at home.' };

  it('accepted for assessment', () => {
    const pro = buildLetterText(letter('gp', accepted));
    expect(pro.title).toBe('Referral accepted for assessment');
    expect(pro.body).toEqual([
      'The access stage (triage and first contact) for this referral was completed on 20 November 2026, and Orlaith has been accepted for a mental health assessment with the Generic outpatient team.',
      'We will write again when the assessment is complete.',
      CONTACT_PRO,
    ]);
    const family = buildLetterText(letter('family', accepted));
    expect(family.title).toBe('Orlaith has been offered an assessment');
    expect(family.body).toEqual([
      'We have finished looking at the referral for Orlaith. We would like to offer Orlaith an assessment with our Generic outpatient team. An assessment is a meeting where we get to know Orlaith and talk about what help would be right.',
      'We will contact you to arrange it.',
      DANGER,
      CONTACT_FAMILY,
    ]);
  });

  it('redirected: names the destination (trimmed, as a sentence); only the referrer is told no action is needed', () => {
    const first =
      "The access stage (triage and first contact) for this referral was completed on 20 November 2026. CAMHS is not the right service to meet Orlaith's needs at this time, and the referral has been passed on to: Early Help hub.";
    expect(buildLetterText(letter('referrer', redirected)).body).toEqual([first, 'No further action is needed from you for this referral.', CONTACT_PRO]);
    expect(buildLetterText(letter('gp', redirected)).body).toEqual([first, CONTACT_PRO]);
    expect(buildLetterText(letter('family', redirected)).body[0]).toBe(
      'We have finished looking at the referral for Orlaith. We think another service is better placed to help, so we have passed the referral on to: Early Help hub.',
    );
  });

  it('returned: the referrer is asked for more, the GP and the family are told who has it and why', () => {
    const done = 'The access stage (triage and first contact) for this referral was completed on 20 November 2026.';
    const referrer = buildLetterText(letter('referrer', returned));
    expect(referrer.title).toBe('Referral returned');
    expect(referrer.body).toEqual([
      `${done} We are returning the referral to you for more information or reconsideration.`,
      'Reason: Please describe the difficulties at home.',
      'If you would like us to consider it again, please send a new referral with this information.',
      CONTACT_PRO,
    ]);
    expect(buildLetterText(letter('gp', returned)).body).toEqual([
      `${done} The referral has been returned to the referrer (their school) for more information or reconsideration.`,
      'Reason: Please describe the difficulties at home.',
      CONTACT_PRO,
    ]);
    const family = buildLetterText(letter('family', returned));
    expect(family.title).toBe("Orlaith's referral has been sent back for more information");
    expect(family.body.slice(0, 3)).toEqual([
      "We have finished looking at the referral for Orlaith. We need more information before we can decide how to help, so we have sent the referral back to the person who made it (Orlaith's school).",
      'This is why: Please describe the difficulties at home.',
      'They may get in touch with you about it.',
    ]);
  });
});

describe('letter text: assessment outcome', () => {
  it('accepted onto one list, or several (as a list)', () => {
    const one = buildLetterText(letter('referrer', { kind: 'assessment-outcome', completedOn: '2027-01-15', outcome: 'accepted', lists: ['Neurodevelopmental'] }));
    expect(one.title).toBe('Assessment outcome: accepted onto the waiting list');
    expect(one.body).toEqual([
      "Orlaith's assessment with the Generic outpatient team was completed on 15 January 2027. Orlaith has been accepted into the service and placed on the following waiting list:",
      ['Neurodevelopmental'],
      "While Orlaith waits, the team will keep in touch and review Orlaith's needs regularly.",
      CONTACT_PRO,
    ]);
    const two: LetterSubject = { kind: 'assessment-outcome', completedOn: '2027-01-15', outcome: 'accepted', lists: ['ADOS', 'Treatment'] };
    expect(buildLetterText(letter('gp', two)).body[0]).toMatch(/placed on the following waiting lists:$/);
    const family = buildLetterText(letter('family', two));
    expect(family.title).toBe('Orlaith is on our waiting list');
    expect(family.body.slice(0, 3)).toEqual([
      "Orlaith's assessment finished on 15 January 2027. We are going to offer Orlaith help from our service. Orlaith is now waiting for:",
      ['ADOS', 'Treatment'],
      'While Orlaith waits, we will keep in touch with you. If things get worse, please call us.',
    ]);
  });

  it('discharged at assessment, with the reason', () => {
    const subject: LetterSubject = { kind: 'assessment-outcome', completedOn: '2027-01-15', outcome: 'discharged', reason: 'needs are met by school support' };
    const gp = buildLetterText(letter('gp', subject));
    expect(gp.title).toBe('Assessment outcome: discharged');
    expect(gp.body).toEqual([
      "Orlaith's assessment with the Generic outpatient team was completed on 15 January 2027. Orlaith has not been accepted for treatment and has been discharged from the service.",
      'Reason: needs are met by school support.',
      'A new referral can be made if there are new concerns.',
      CONTACT_PRO,
    ]);
    expect(buildLetterText(letter('family', subject)).body).toEqual([
      "Orlaith's assessment finished on 15 January 2027. We do not think our service is the right help for Orlaith at the moment, so we have closed the referral.",
      'This is why: needs are met by school support.',
      "If you are worried about Orlaith in the future, talk to Orlaith's GP, who can refer Orlaith to us again.",
      DANGER,
      CONTACT_FAMILY,
    ]);
  });
});

describe('letter text: discharge', () => {
  const subject: LetterSubject = { kind: 'discharge', dischargedOn: '2027-06-30', reason: 'Treatment goals met!' };

  it('to the referrer and to the family', () => {
    const referrer = buildLetterText(letter('referrer', subject));
    expect(referrer.title).toBe('Discharge from the service');
    expect(referrer.body).toEqual([
      'Orlaith was discharged from the service on 30 June 2027.',
      'Reason: Treatment goals met!',
      'A new referral can be made if there are new concerns.',
      CONTACT_PRO,
    ]);
    const family = buildLetterText(letter('family', subject));
    expect(family.title).toBe("Orlaith's time with our service has ended");
    expect(family.body.slice(0, 2)).toEqual(["Orlaith's time with our service ended on 30 June 2027.", 'This is why: Treatment goals met!']);
  });
});

describe('letter text: waiting list (the duty system’s letter to the family, also the opt-in letter)', () => {
  const subject: LetterSubject = {
    kind: 'waiting-list',
    dueOn: '2027-02-21',
    lists: [
      { name: 'Neurodevelopmental', since: '2026-12-01' },
      { name: 'Anxiety group', since: '2027-01-04' },
    ],
  };

  it('to the family: still waiting, for what and since when, asks them to opt in, and what to do if things get worse', () => {
    const family = buildLetterText(letter('family', subject));
    expect(family.title).toBe('Orlaith is still on our waiting list');
    expect(family.salutation).toBe('Dear parent or carer,');
    expect(family.subject).toBeNull();
    expect(family.body).toEqual([
      'We are writing to let you know that Orlaith is still waiting for help from our Generic outpatient team. Orlaith is waiting for:',
      ['Neurodevelopmental (since 1 December 2026)', 'Anxiety group (since 4 January 2027)'],
      'Please let us know that you would still like Orlaith to stay on our waiting list, or tell us if Orlaith no longer needs our help: call us on 0116 496 0999 or email letters@example.org.',
      'If things get worse for Orlaith while you wait, please call us straight away. These can help in the meantime:',
      ['Help one.', 'Help two.'],
      DANGER,
    ]);
  });

  it('to a professional (the kind is only sent to families, but the text is complete): the lists, one or many', () => {
    const gp = buildLetterText(letter('gp', { ...subject, lists: [{ name: 'Neurodevelopmental', since: '2026-12-01' }] }));
    expect(gp.title).toBe('Still waiting for treatment');
    expect(gp.body).toEqual(['Orlaith remains on the following waiting list with the Generic outpatient team:', ['Neurodevelopmental (since 1 December 2026)'], CONTACT_PRO]);
  });
});

describe('letter formatting', () => {
  it('writes dates, NHS numbers, sentences and references as a letter does', () => {
    expect([longDate('2027-02-01'), longDate('2026-12-31')]).toEqual(['1 February 2027', '31 December 2026']);
    expect([spacedNhsNumber('4010232137'), spacedNhsNumber(null)]).toEqual(['401 023 2137', 'not known']);
    expect([asSentence('  no room  '), asSentence('Done.'), asSentence('Why?')]).toEqual(['no room.', 'Done.', 'Why?']);
    expect(letterReference('0a1b2c3d-0000-4000-8000-000000000000')).toBe('L-0A1B2C3D');
  });
});
