import { reversedRange } from '../../../../src/engine/checks/dates/reversed-range.js';
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
`;

describeCheck(reversedRange, {
  fires: [
    {
      name: 'an end year before the start year',
      context: () => contextFromText(resume('2021 – 2019')),
      codes: ['dates.reversed-range'],
    },
    {
      name: 'an end month before the start month',
      context: () => contextFromText(resume('Sep 2020 – Mar 2020')),
    },
  ],
  passes: [
    { name: 'a forward range', context: () => contextFromText(resume('2019 – 2021')) },
    {
      name: 'a year and a month in the same year',
      context: () => contextFromText(resume('2020 – Mar 2020')),
    },
    { name: 'a French resume', context: () => contextFromFixture('resumes/fr-cv.pdf') },
    { name: 'a Portuguese resume', context: () => contextFromFixture('resumes/pt-curriculo.pdf') },
  ],
});
