import { malformedEmail } from '../../../../src/engine/checks/contact/malformed-email.js';
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

describeCheck(malformedEmail, {
  fires: [
    {
      name: 'a missing top-level domain',
      context: () => contextFromText(withEmail('ada@gmail')),
      codes: ['contact.malformed-email'],
    },
    {
      name: 'a provider typo',
      context: () => contextFromText(withEmail('ada.lovelace@gmial.com')),
    },
    {
      name: 'a ".con" domain',
      context: () => contextFromText(withEmail('ada.lovelace@example.con')),
    },
    {
      name: 'a spelled-out address',
      context: () => contextFromText(withEmail('ada (at) example (dot) org')),
    },
    { name: 'a doubled "@"', context: () => contextFromText(withEmail('ada@@example.org')) },
  ],
  passes: [
    {
      name: 'a valid address',
      context: () => contextFromText(withEmail('ada.lovelace@example.org')),
    },
    { name: 'social handles', context: () => contextFromFixture('corpus/altacv-mmayer.pdf') },
    { name: 'a German resume', context: () => contextFromFixture('resumes/de-lebenslauf.docx') },
    { name: 'a Russian resume', context: () => contextFromFixture('resumes/ru-rezume.pdf') },
    {
      name: 'a Brazilian .com.br address',
      context: () => contextFromFixture('resumes/pt-curriculo.pdf'),
    },
  ],
});
