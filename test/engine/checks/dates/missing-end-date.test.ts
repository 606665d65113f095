import { missingEndDate } from '../../../../src/engine/checks/dates/missing-end-date.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (newer: string, older: string): string => `
  Ada Lovelace
  # Experience
  **Software Engineer, Acme Corp**  ${newer}
  - Built the billing service used by 40 teams.
  **Developer, Globex Inc**  ${older}
  - Wrote the reporting pipeline.
`;

describeCheck(missingEndDate, {
  fires: [
    {
      name: 'a range left open',
      context: () => contextFromText(resume('Jan 2020 –', 'Mar 2017 – Dec 2019')),
      codes: ['dates.no-end-date'],
    },
    {
      name: 'one position without dates',
      context: () => contextFromText(resume('', 'Mar 2017 – Dec 2019')),
      codes: ['dates.entry-without-dates'],
    },
  ],
  passes: [
    {
      name: '"Present" on the current job',
      context: () => contextFromText(resume('Jan 2020 – Present', 'Mar 2017 – Dec 2019')),
    },
    {
      name: 'German "heute"',
      context: () =>
        contextFromText(resume('01/2020 – heute', '03/2017 – 12/2019'), { language: 'de' }),
    },
    { name: 'a Russian resume', context: () => contextFromFixture('resumes/ru-rezume.pdf') },
    { name: 'a Portuguese resume', context: () => contextFromFixture('resumes/pt-curriculo.docx') },
    {
      name: 'a Japanese resume',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
  ],
});
