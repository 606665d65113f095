import { futureDates } from '../../../../src/engine/checks/dates/future-dates.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

// TEST_NOW is November 2026.
const resume = (job: string, degree = '2015 – 2019'): string => `
  Ada Lovelace
  # Experience
  **Software Engineer, Acme Corp** ${job}
  - Built the billing service used by 40 teams
  # Education
  **BSc Mathematics, University of London** ${degree}
`;

describeCheck(futureDates, {
  fires: [
    {
      name: 'a position starting next year',
      context: () => contextFromText(resume('Mar 2027 – Present')),
      codes: ['dates.future-start'],
    },
    {
      name: 'a position ending years ahead',
      context: () => contextFromText(resume('Jan 2020 – Dec 2029')),
      codes: ['dates.future-end'],
    },
    {
      name: 'a degree ending a decade ahead',
      context: () => contextFromText(resume('2020 – 2024', '2024 – 2036')),
      codes: ['dates.future-end'],
    },
  ],
  passes: [
    { name: 'a current position', context: () => contextFromText(resume('Jan 2020 – Present')) },
    {
      name: 'a year-only start in the current year',
      context: () => contextFromText(resume('2026 – Present')),
    },
    {
      name: 'an expected graduation',
      context: () => contextFromText(resume('2020 – 2024', 'Sep 2025 – Jun 2028')),
    },
    { name: 'a Russian resume', context: () => contextFromFixture('resumes/ru-rezume.docx') },
    { name: 'a Chinese resume', context: () => contextFromFixture('resumes/zh-jianli.docx') },
  ],
});
