import { noEmail } from '../../../../src/engine/checks/contact/no-email.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noEmail, {
  fires: [
    {
      name: 'a name and phone only',
      context: () =>
        contextFromText(`Ada Lovelace\n+44 7700 900123
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
      codes: ['contact.no-email'],
    },
  ],
  passes: [
    {
      name: 'an email under the name',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
    },
    { name: 'a German resume', context: () => contextFromFixture('resumes/de-lebenslauf.pdf') },
    { name: 'a Chinese resume', context: () => contextFromFixture('resumes/zh-jianli.docx') },
  ],
});
