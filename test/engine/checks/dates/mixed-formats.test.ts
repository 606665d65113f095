import { mixedFormats } from '../../../../src/engine/checks/dates/mixed-formats.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (first: string, second: string): string => `
  Ada Lovelace
  # Experience
  **Software Engineer, Acme Corp**  ${first}
  - Built the billing service used by 40 teams
  **Developer, Globex Inc**  ${second}
  - Wrote the reporting pipeline
`;

describeCheck(mixedFormats, {
  fires: [
    {
      name: 'a month name and a numeric date',
      context: () => contextFromText(resume('Jan 2020 – Present', '03/2017 – 12/2019')),
      codes: ['dates.mixed-formats'],
    },
    {
      name: 'numeric month-first and year-first',
      context: () => contextFromText(resume('2020.01 – 2021.03', '03/2017 – 12/2019')),
    },
  ],
  passes: [
    {
      name: 'month names throughout',
      context: () => contextFromText(resume('Jan 2020 – Present', 'Mar 2017 – Dec 2019')),
    },
    {
      name: 'month names and year-only ranges',
      context: () => contextFromText(resume('Jan 2020 – Present', '2017 – 2019')),
    },
    { name: 'a German resume', context: () => contextFromFixture('resumes/de-lebenslauf.pdf') },
    {
      name: 'a Japanese resume',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
    { name: 'a Chinese template', context: () => contextFromFixture('corpus/zh-billryan.pdf') },
  ],
});
