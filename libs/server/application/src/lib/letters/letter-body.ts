import type { ReferrerType } from '@camhs/contracts';
import { ACCESS_TARGET_DAYS, CalendarDate, accessDeadline } from '@camhs/domain';
import type { LetterData, LetterSubject } from './letter-data';
import { asSentence, longDate } from './letter-format';

/** A paragraph, or a bulleted list. */
export type LetterBlock = string | readonly string[];

/** Who made the referral, as a professional reads it ("referred to our service by their school"). */
const REFERRED_BY: Readonly<Record<ReferrerType, string>> = {
  gp: 'their GP',
  school: 'their school',
  'social-care': 'social care',
  paediatrician: 'a paediatrician',
  parent: 'a parent or carer',
  self: 'themselves (a self-referral)',
  other: 'another professional',
};

/** The same for the family, with the child's own name ("sent to us by Amara's school"). */
function referredByForFamily(type: ReferrerType, given: string): string {
  switch (type) {
    case 'gp':
      return `${given}'s GP`;
    case 'school':
      return `${given}'s school`;
    case 'social-care':
      return 'a social worker';
    case 'paediatrician':
      return 'a paediatrician';
    case 'parent':
      return 'a parent or carer';
    case 'self':
      return given;
    case 'other':
      return `a professional working with ${given}`;
  }
}

const NEW_CONCERNS = 'A new referral can be made if there are new concerns.';

/** The body of a letter to the referrer or the GP: the child is named in the subject line above it. */
export function professionalBody(d: LetterData): LetterBlock[] {
  const given = d.child.givenName;
  const team = d.referral.teamName;
  const contact = `If you have any questions, please contact us on ${d.service.telephone} or at ${d.service.email}.`;
  const toReferrer = d.recipient === 'referrer';
  const s = d.subject;
  switch (s.kind) {
    case 'acknowledgement': {
      const a = article(d.referral.urgency);
      return [
        toReferrer
          ? `Thank you for your referral, which we received on ${longDate(d.referral.receivedOn)}. It has been registered as ${a} ${d.referral.urgency} referral with the ${team} team.`
          : `We are writing to let you know that your patient was referred to our service by ${REFERRED_BY[d.referral.referrerType]} on ${longDate(d.referral.receivedOn)}. The referral has been registered as ${a} ${d.referral.urgency} referral with the ${team} team.`,
        firstContactTarget(d),
        toReferrer ? 'We have written to the family and to the GP to let them know.' : 'We have written to the family and to the referrer to let them know.',
        `If ${given}'s needs change while they wait, or if you have any questions, please contact us on ${d.service.telephone} or at ${d.service.email}.`,
      ];
    }
    case 'access-outcome': {
      const done = `The access stage (triage and first contact) for this referral was completed on ${longDate(s.completedOn)}`;
      if (s.outcome === 'accepted') {
        return [`${done}, and ${given} has been accepted for a mental health assessment with the ${team} team.`, 'We will write again when the assessment is complete.', contact];
      }
      if (s.outcome === 'redirected') {
        return [
          `${done}. CAMHS is not the right service to meet ${given}'s needs at this time, and the referral has been passed on to: ${asSentence(s.destination)}`,
          ...(toReferrer ? ['No further action is needed from you for this referral.'] : []),
          contact,
        ];
      }
      return toReferrer
        ? [
            `${done}. We are returning the referral to you for more information or reconsideration.`,
            `Reason: ${asSentence(s.reason)}`,
            'If you would like us to consider it again, please send a new referral with this information.',
            contact,
          ]
        : [
            `${done}. The referral has been returned to the referrer (${REFERRED_BY[d.referral.referrerType]}) for more information or reconsideration.`,
            `Reason: ${asSentence(s.reason)}`,
            contact,
          ];
    }
    case 'assessment-outcome': {
      const done = `${given}'s assessment with the ${team} team was completed on ${longDate(s.completedOn)}.`;
      if (s.outcome === 'accepted') {
        return [
          `${done} ${given} has been accepted into the service and placed on the following ${s.lists.length === 1 ? 'waiting list' : 'waiting lists'}:`,
          s.lists,
          `While ${given} waits, the team will keep in touch and review ${given}'s needs regularly.`,
          contact,
        ];
      }
      return [`${done} ${given} has not been accepted for treatment and has been discharged from the service.`, `Reason: ${asSentence(s.reason)}`, NEW_CONCERNS, contact];
    }
    case 'discharge':
      return [`${given} was discharged from the service on ${longDate(s.dischargedOn)}.`, `Reason: ${asSentence(s.reason)}`, NEW_CONCERNS, contact];
    case 'waiting-list':
      return [`${given} remains on the following ${s.lists.length === 1 ? 'waiting list' : 'waiting lists'} with the ${team} team:`, listsWaitedOn(s.lists), contact];
  }
}

/** The body of the family's letter: plain words, the child called by their first name. */
export function familyBody(d: LetterData): LetterBlock[] {
  const given = d.child.givenName;
  const team = d.referral.teamName;
  const danger = `If you think ${given} is in danger right now, call 999 or go to A&E.`;
  const contact = `If you have a question, call us on ${d.service.telephone} or email ${d.service.email}.`;
  const laterWorries = `If you are worried about ${given} in the future, talk to ${given}'s GP, who can refer ${given} to us again.`;
  const s: LetterSubject = d.subject;
  switch (s.kind) {
    case 'acknowledgement':
      return [
        `We have received a referral for ${given} to our service. It was sent to us by ${referredByForFamily(d.referral.referrerType, given)} on ${longDate(d.referral.receivedOn)}.`,
        `What happens next: someone from our ${team} team will contact you by ${longDate(accessDeadline(d.referral.receivedOn, d.referral.urgency))}.`,
        'While you wait, these can help:',
        d.service.selfHelp,
        danger,
        contact,
      ];
    case 'access-outcome': {
      const looked = `We have finished looking at the referral for ${given}.`;
      if (s.outcome === 'accepted') {
        return [
          `${looked} We would like to offer ${given} an assessment with our ${team} team. An assessment is a meeting where we get to know ${given} and talk about what help would be right.`,
          'We will contact you to arrange it.',
          danger,
          contact,
        ];
      }
      if (s.outcome === 'redirected') {
        return [`${looked} We think another service is better placed to help, so we have passed the referral on to: ${asSentence(s.destination)}`, 'They will be in touch with you.', danger, contact];
      }
      return [
        `${looked} We need more information before we can decide how to help, so we have sent the referral back to the person who made it (${referredByForFamily(d.referral.referrerType, given)}).`,
        `This is why: ${asSentence(s.reason)}`,
        'They may get in touch with you about it.',
        danger,
        contact,
      ];
    }
    case 'assessment-outcome': {
      const finished = `${given}'s assessment finished on ${longDate(s.completedOn)}.`;
      if (s.outcome === 'accepted') {
        return [
          `${finished} We are going to offer ${given} help from our service. ${given} is now waiting for:`,
          s.lists,
          `While ${given} waits, we will keep in touch with you. If things get worse, please call us.`,
          danger,
          contact,
        ];
      }
      return [
        `${finished} We do not think our service is the right help for ${given} at the moment, so we have closed the referral.`,
        `This is why: ${asSentence(s.reason)}`,
        laterWorries,
        danger,
        contact,
      ];
    }
    case 'discharge':
      return [`${given}'s time with our service ended on ${longDate(s.dischargedOn)}.`, `This is why: ${asSentence(s.reason)}`, laterWorries, danger, contact];
    case 'waiting-list':
      // The waiting-list letter is also the opt-in letter (domain.md): it asks the family to say they still want help.
      return [
        `We are writing to let you know that ${given} is still waiting for help from our ${team} team. ${given} is waiting for:`,
        listsWaitedOn(s.lists),
        `Please let us know that you would still like ${given} to stay on our waiting list, or tell us if ${given} no longer needs our help: call us on ${d.service.telephone} or email ${d.service.email}.`,
        `If things get worse for ${given} while you wait, please call us straight away. These can help in the meantime:`,
        d.service.selfHelp,
        danger,
      ];
  }
}

/** "Counselling (since 3 March 2026)", one line per list. */
function listsWaitedOn(lists: readonly { name: string; since: CalendarDate }[]): string[] {
  return lists.map((l) => `${l.name} (since ${longDate(l.since)})`);
}

function article(urgency: 'routine' | 'urgent'): string {
  return urgency === 'urgent' ? 'an' : 'a';
}

/** The access target in words (domain.md: 4 weeks urgent, 13 weeks routine). */
function firstContactTarget(d: LetterData): string {
  const weeks = ACCESS_TARGET_DAYS[d.referral.urgency] / 7;
  const deadline = accessDeadline(d.referral.receivedOn, d.referral.urgency);
  return `We aim to make first contact within ${weeks} weeks of receiving ${article(d.referral.urgency)} ${d.referral.urgency} referral, that is by ${longDate(deadline)}.`;
}
