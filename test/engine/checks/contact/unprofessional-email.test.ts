import { unprofessionalEmail } from '../../../../src/engine/checks/contact/unprofessional-email.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const withEmail = (email: string): string => `Ada Lovelace\n${email} | +44 7700 900123
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`;

describeCheck(unprofessionalEmail, {
  fires: [
    {
      name: 'innuendo',
      context: () => contextFromText(withEmail('sexy.ada@example.org')),
      codes: ['contact.unprofessional-email'],
    },
    {
      name: '"420"',
      context: () => contextFromText(withEmail('ada420@example.org')),
      codes: ['contact.unprofessional-email'],
    },
    {
      name: 'a birth year and more digits',
      context: () => contextFromText(withEmail('ada19871@example.org')),
      codes: ['contact.email-many-digits'],
    },
  ],
  passes: [
    {
      name: 'a name address',
      context: () => contextFromText(withEmail('ada.lovelace@example.org')),
    },
    {
      name: 'a surname containing "sex"',
      context: () => contextFromText(withEmail('j.sexton@example.org')),
    },
    { name: 'a Spanish resume', context: () => contextFromFixture('resumes/es-cv.pdf') },
    { name: 'a Chinese resume', context: () => contextFromFixture('resumes/zh-jianli.pdf') },
    { name: 'a French resume', context: () => contextFromFixture('resumes/fr-cv.docx') },
  ],
});
