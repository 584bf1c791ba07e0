import type { Provider } from '@nestjs/common';

/** How the service signs its letters and how families and professionals reach it. */
export interface ServiceContact {
  /** The service's name as it heads every letter. */
  name: string;
  address: readonly string[];
  telephone: string;
  email: string;
  /** Where a family can find help while they wait (the acknowledgement's self-help resources, domain.md). */
  selfHelp: readonly string[];
}

/**
 * The default contact details: fictional (a drama-reserved telephone number, an example.org
 * address), so a letter printed from a demonstration can never send anyone to a real office.
 * A service replaces them by providing LETTER_SERVICE_CONTACT with its own.
 */
export const DEFAULT_SERVICE_CONTACT: ServiceContact = {
  name: "Children and Young People's Mental Health Service (CAMHS)",
  address: ['CAMHS Letters Office', '1 Example Street', 'Leicester', 'LE1 0AA'],
  telephone: '0116 496 0123',
  email: 'camhs.letters@example.org',
  selfHelp: [
    'Childline: free, confidential help for children and young people, 0800 1111 or childline.org.uk.',
    'NHS 111: call 111 and choose the mental health option for urgent advice, day or night.',
    'Your GP can also talk with you about how your child is feeling.',
  ],
};

/** Injection token for the service's contact details. */
export const LETTER_SERVICE_CONTACT = Symbol('LETTER_SERVICE_CONTACT');

export const defaultServiceContactProvider: Provider = { provide: LETTER_SERVICE_CONTACT, useValue: DEFAULT_SERVICE_CONTACT };
