import { noProfessionalLink } from '../../../../src/engine/checks/contact/no-professional-link.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noProfessionalLink, {
  fires: [
    {
      name: 'contact details without any profile',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org | +44 7700 900123
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
      codes: ['contact.no-professional-link'],
    },
    {
      name: 'a nurse’s plain-text resume',
      context: () => contextFromFixture('resumes/en-plain.txt'),
    },
  ],
  passes: [
    {
      name: 'a LinkedIn URL',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org | linkedin.com/in/ada
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
    },
    {
      name: 'a XING profile in a German Lebenslauf',
      context: () => contextFromFixture('resumes/de-lebenslauf.pdf'),
    },
    {
      name: 'a GitHub link in a Spanish CV',
      context: () => contextFromFixture('resumes/es-cv.pdf'),
    },
    {
      name: 'a Japanese resume (not assessed)',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.pdf'),
    },
  ],
});
