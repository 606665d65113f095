import { noLocation } from '../../../../src/engine/checks/contact/no-location.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noLocation, {
  fires: [
    {
      name: 'a name, email and phone only',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org | +44 7700 900123
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
      codes: ['contact.no-location'],
    },
  ],
  passes: [
    {
      name: 'a city under the name',
      context: () =>
        contextFromText(`Ada Lovelace\nLondon, United Kingdom | ada@example.org
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
    },
    {
      name: 'an English plain-text resume',
      context: () => contextFromFixture('resumes/en-plain.txt'),
    },
    { name: 'Moscow', context: () => contextFromFixture('resumes/ru-rezume.docx') },
    { name: '東京都渋谷区', context: () => contextFromFixture('resumes/ja-shokumukeirekisho.pdf') },
    { name: 'São Paulo', context: () => contextFromFixture('resumes/pt-curriculo.pdf') },
  ],
});
