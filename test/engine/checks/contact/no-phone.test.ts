import { noPhone } from '../../../../src/engine/checks/contact/no-phone.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noPhone, {
  fires: [
    {
      name: 'a name and email only',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
      codes: ['contact.no-phone'],
    },
    {
      name: 'a RenderCV template without a phone',
      context: () => contextFromFixture('corpus/rendercv-engineeringresumes.pdf'),
    },
  ],
  passes: [
    {
      name: 'a phone under the name',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org | +44 7700 900123
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
    },
    { name: 'a French number', context: () => contextFromFixture('resumes/fr-cv.pdf') },
    {
      name: 'a Japanese number',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.pdf'),
    },
    { name: 'a Brazilian number', context: () => contextFromFixture('resumes/pt-curriculo.docx') },
  ],
});
