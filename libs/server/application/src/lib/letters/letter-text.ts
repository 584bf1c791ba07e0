import type { ReferrerType } from '@camhs/contracts';
import { LetterBlock, familyBody, professionalBody } from './letter-body';
import type { LetterData, LetterSubject } from './letter-data';
import { letterReference, longDate, spacedNhsNumber } from './letter-format';

/** A letter's words, in reading order; the PDF renderer lays them out and adds nothing. */
export interface LetterText {
  /** The heading, and (with the reference) the document's title. */
  title: string;
  /** The service's name, address and contact details, at the top. */
  letterhead: string[];
  reference: string;
  date: string;
  addressee: string;
  /** For professionals: the child named with date of birth and NHS number. Null in the family's letter. */
  subject: string | null;
  salutation: string;
  body: LetterBlock[];
  signOff: string[];
}

const REFERRER_ADDRESSEE: Readonly<Record<ReferrerType, string>> = {
  gp: 'The referring GP',
  school: 'The referring school',
  'social-care': 'The referring social worker',
  paediatrician: 'The referring paediatrician',
  parent: 'The parent or carer who made the referral',
  self: 'The young person who made the referral',
  other: 'The referrer',
};

/** Build the text of a letter from its data. Pure: the same data always gives the same words. */
export function buildLetterText(d: LetterData): LetterText {
  const fullName = `${d.child.givenName} ${d.child.familyName}`;
  const family = d.recipient === 'family';
  return {
    title: family ? familyTitle(d.subject, d.child.givenName) : professionalTitle(d.subject),
    letterhead: [d.service.name, ...d.service.address, `Telephone: ${d.service.telephone}`, `Email: ${d.service.email}`],
    reference: `Our reference: ${letterReference(d.letterId)}`,
    date: longDate(d.letterDate),
    addressee:
      d.recipient === 'family' ? `The parent or carer of ${fullName}` : d.recipient === 'gp' ? `The GP of ${fullName}` : REFERRER_ADDRESSEE[d.referral.referrerType],
    subject: family ? null : `Re: ${fullName}, born ${longDate(d.child.dateOfBirth)}, NHS number ${spacedNhsNumber(d.child.nhsNumber)}`,
    salutation: salutation(d),
    body: family ? familyBody(d) : professionalBody(d),
    signOff: ['Yours sincerely', `${d.referral.teamName} team`, d.service.name],
  };
}

function salutation(d: LetterData): string {
  if (d.recipient === 'family') return 'Dear parent or carer,';
  if (d.recipient === 'referrer' && d.referral.referrerType === 'parent') return 'Dear parent or carer,';
  if (d.recipient === 'referrer' && d.referral.referrerType === 'self') return `Dear ${d.child.givenName},`;
  return 'Dear colleague,';
}

/** Titles for professionals: what happened, in the service's terms. */
export function professionalTitle(s: LetterSubject): string {
  switch (s.kind) {
    case 'acknowledgement':
      return 'Referral received';
    case 'access-outcome':
      return s.outcome === 'accepted' ? 'Referral accepted for assessment' : s.outcome === 'redirected' ? 'Referral redirected' : 'Referral returned';
    case 'assessment-outcome':
      return s.outcome === 'accepted' ? 'Assessment outcome: accepted onto the waiting list' : 'Assessment outcome: discharged';
    case 'discharge':
      return 'Discharge from the service';
    case 'waiting-list':
      return 'Still waiting for treatment';
  }
}

/** Titles for the family: what it means for their child, in plain words. */
function familyTitle(s: LetterSubject, given: string): string {
  switch (s.kind) {
    case 'acknowledgement':
      return `We have received a referral for ${given}`;
    case 'access-outcome':
      return s.outcome === 'accepted'
        ? `${given} has been offered an assessment`
        : s.outcome === 'redirected'
          ? `${given}'s referral has been passed to another service`
          : `${given}'s referral has been sent back for more information`;
    case 'assessment-outcome':
      return s.outcome === 'accepted' ? `${given} is on our waiting list` : `${given}'s assessment is complete`;
    case 'discharge':
      return `${given}'s time with our service has ended`;
    case 'waiting-list':
      return `${given} is still on our waiting list`;
  }
}
