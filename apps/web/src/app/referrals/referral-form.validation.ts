import { REFERRER_TYPES, URGENCIES } from '@camhs/contracts';
import { CalendarDate, isCalendarDate, nhsNumberProblem, referralDateProblems } from '@camhs/domain';
import { FieldMessages, ReferralField, ReferralFormValue } from './referral-form.model';

const REQUIRED: Readonly<Partial<Record<ReferralField, string>>> = {
  givenName: "Enter the child's given name",
  familyName: "Enter the child's family name",
  dateOfBirth: "Enter the child's date of birth",
  area: 'Select an area',
  team: 'Select a team',
  referrerType: 'Select who made the referral',
  urgency: 'Select whether the referral is routine or urgent',
  receivedOn: 'Enter the date the referral was received',
};

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Checks made in the browser before anything is sent: required fields, real dates, the NHS number
 * check digit and the intake date rules from @camhs/domain. The server checks again and wins.
 */
export function validateReferralForm(value: ReferralFormValue, today: CalendarDate): FieldMessages {
  const problems: FieldMessages = {};
  const add = (field: ReferralField, message: string) => {
    (problems[field] ??= []).push(message);
  };

  for (const [field, message] of Object.entries(REQUIRED) as [ReferralField, string][]) {
    if (value[field].trim() === '') add(field, message);
  }

  if (value.dateOfBirth !== '' && !isCalendarDate(value.dateOfBirth)) {
    add('dateOfBirth', 'Date of birth must be a real date');
  }
  if (value.receivedOn !== '' && !isCalendarDate(value.receivedOn)) {
    add('receivedOn', 'Received date must be a real date');
  }
  for (const problem of referralDateProblems(
    { dateOfBirth: value.dateOfBirth, receivedOn: value.receivedOn },
    today,
  )) {
    add(problem.field, sentence(problem.message));
  }

  const nhsNumber = value.nhsNumber.trim();
  if (nhsNumber !== '') {
    const problem = nhsNumberProblem(nhsNumber);
    if (problem) add('nhsNumber', problem);
  }

  if (value.referrerType !== '' && !(REFERRER_TYPES as readonly string[]).includes(value.referrerType)) {
    add('referrerType', 'Select who made the referral');
  }
  if (value.urgency !== '' && !(URGENCIES as readonly string[]).includes(value.urgency)) {
    add('urgency', 'Select whether the referral is routine or urgent');
  }

  return problems;
}
