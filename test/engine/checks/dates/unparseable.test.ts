import { unparseableDates } from '../../../../src/engine/checks/dates/unparseable.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (dates: string): string => `
  Ada Lovelace
  # Experience
  **Software Engineer, Acme Corp** ${dates}
  - Built the billing service used by 40 teams
  # Education
  BSc Mathematics, University of London, 2015
`;

describeCheck(unparseableDates, {
  fires: [
    {
      name: 'two-digit numeric years',
      context: () => contextFromText(resume('03/19 – 05/21')),
      codes: ['dates.unparseable'],
    },
    {
      name: 'a month range without a year',
      context: () => contextFromText(resume('June – August')),
    },
    { name: 'a 20XX placeholder', context: () => contextFromText(resume('Jan 2019 – 20XX')) },
  ],
  passes: [
    { name: 'month and year dates', context: () => contextFromText(resume('Jan 2019 – Mar 2021')) },
    {
      name: 'numeric dates with four-digit years',
      context: () => contextFromText(resume('03/2019 – 05/2021')),
    },
    {
      name: 'a grade on the education line',
      context: () => contextFromText(resume('2019 – 2021').replace('2015', 'GPA 3.75/4.0, 2015')),
    },
    { name: 'German dates', context: () => contextFromFixture('resumes/de-lebenslauf.pdf') },
    { name: 'Spanish dates', context: () => contextFromFixture('resumes/es-cv.pdf') },
    {
      name: 'Japanese dates',
      context: () => contextFromFixture('resumes/ja-shokumukeirekisho.docx'),
    },
  ],
});
