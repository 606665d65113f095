import { notReverseChronological } from '../../../../src/engine/checks/dates/not-reverse-chronological.js';
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

describeCheck(notReverseChronological, {
  fires: [
    {
      name: 'the oldest job first',
      context: () => contextFromText(resume('Mar 2015 – Dec 2019', 'Jan 2020 – Present')),
      codes: ['dates.not-reverse-chronological'],
    },
  ],
  passes: [
    {
      name: 'the newest job first',
      context: () => contextFromText(resume('Jan 2020 – Present', 'Mar 2015 – Dec 2019')),
    },
    {
      name: 'a side job that started later but ended earlier',
      context: () => contextFromText(resume('Jan 2015 – Present', 'Mar 2018 – Dec 2019')),
    },
    { name: 'a German resume', context: () => contextFromFixture('resumes/de-lebenslauf.docx') },
    { name: 'a Chinese resume', context: () => contextFromFixture('resumes/zh-jianli.pdf') },
    { name: 'a LaTeX template', context: () => contextFromFixture('corpus/awesomecv-resume.pdf') },
  ],
});
