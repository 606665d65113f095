import { employmentGap } from '../../../../src/engine/checks/dates/employment-gap.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (newer: string, older: string, degree = ''): string => `
  Ada Lovelace
  # Experience
  **Software Engineer, Acme Corp**  ${newer}
  - Built the billing service used by 40 teams
  **Developer, Globex Inc**  ${older}
  - Wrote the reporting pipeline
  # Education
  **MSc Computer Science, University of London**  ${degree}
`;

describeCheck(employmentGap, {
  fires: [
    {
      name: 'a year between two jobs',
      context: () => contextFromText(resume('Jan 2021 – Present', 'Mar 2017 – Dec 2019')),
      codes: ['dates.employment-gap'],
    },
    {
      name: 'year-only dates two years apart',
      context: () => contextFromText(resume('2020 – Present', '2015 – 2017')),
    },
  ],
  passes: [
    {
      name: 'consecutive jobs',
      context: () => contextFromText(resume('Jan 2020 – Present', 'Mar 2017 – Dec 2019')),
    },
    {
      name: 'a short gap',
      context: () => contextFromText(resume('Jun 2020 – Present', 'Mar 2017 – Dec 2019')),
    },
    {
      name: 'a gap spent studying',
      context: () =>
        contextFromText(resume('Jan 2022 – Present', 'Mar 2017 – Aug 2019', 'Sep 2019 – Dec 2021')),
    },
    {
      name: 'a LinkedIn export whose gap is an MBA',
      context: () => contextFromFixture('resumes/en-linkedin-export.pdf'),
    },
    { name: 'a French resume', context: () => contextFromFixture('resumes/fr-cv.docx') },
  ],
});
