import type { AddressProblem } from '../core/server-check/address.ts';

const ADDRESS_SENTENCES: Record<AddressProblem, string> = {
  empty: 'Enter the address the phones are given, ending in ucs.xml.',
  'not-http': 'The address must start with http:// or https://, as on the phones.',
  folder:
    'This is a folder address. Phones need the address of the file itself: add ucs.xml at its end.',
  'has-credentials':
    'The address contains a user name or password. Phones cannot log in: use a folder that needs no login.',
  malformed: 'This is not a valid web address. Use the form http://server/folder/ucs.xml.',
};

export function addressProblemMessage(problem: AddressProblem): string {
  return ADDRESS_SENTENCES[problem];
}
