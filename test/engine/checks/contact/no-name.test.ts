import { noName } from '../../../../src/engine/checks/contact/no-name.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

describeCheck(noName, {
  fires: [
    {
      name: 'a resume starting with its first section',
      context: () =>
        contextFromText(`
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
      codes: ['contact.no-name'],
    },
  ],
  passes: [
    {
      name: 'a name on top',
      context: () =>
        contextFromText(`Ada Lovelace\nada@example.org
  # Experience
  **Software Engineer, Acme Corp**  Jan 2020 – Present
  - Built the billing service used by 40 teams.
  # Education
  **BSc Mathematics, University of London**  2011 – 2015`),
    },
    { name: 'a Russian name', context: () => contextFromFixture('resumes/ru-rezume.pdf') },
    {
      name: 'a Japanese name',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
    { name: 'a Chinese name', context: () => contextFromFixture('resumes/zh-jianli.pdf') },
  ],
});
