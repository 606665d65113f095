import { severalEmails } from '../../../../src/engine/checks/contact/several-emails.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(severalEmails, {
  fires: [
    {
      name: 'a personal and a university address',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org | al123@cam.ac.uk
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
      codes: ['contact.several-emails'],
    },
    { name: 'the Deedy template', context: () => contextFromFixture('corpus/deedy-openfont.pdf') },
  ],
  passes: [
    {
      name: 'one address',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
    },
    {
      name: 'an address printed and linked',
      context: () =>
        contextFromText(`Ada Lovelace\n{link=mailto:ada@example.org} ada@example.org
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
    },
    {
      name: 'a Japanese resume',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
  ],
});
