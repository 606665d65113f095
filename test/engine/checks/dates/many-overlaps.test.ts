import { manyOverlaps } from '../../../../src/engine/checks/dates/many-overlaps.js';
import {
  contextFromFixture,
  contextFromText,
  describeCheck,
} from '../../../helpers/check-harness.js';

const resume = (...jobs: string[]): string => `
  Ada Lovelace
  # Experience
  ${jobs.map((job) => `**${job}**\n- Built the billing service used by 40 teams`).join('\n')}
`;

describeCheck(manyOverlaps, {
  fires: [
    {
      name: 'three positions held at once',
      context: () =>
        contextFromText(
          resume(
            'Software Engineer, Acme Corp  Jan 2020 – Present',
            'Consultant, Globex Inc  Mar 2020 – Jun 2022',
            'Lecturer, Initech LLC  Jan 2021 – Dec 2022',
          ),
        ),
      codes: ['dates.many-overlaps'],
    },
  ],
  passes: [
    {
      name: 'one overlap (a tip, not this warning)',
      context: () =>
        contextFromText(
          resume(
            'Software Engineer, Acme Corp  Jan 2020 – Present',
            'Tutor, Globex Inc  Mar 2021 – Jun 2022',
          ),
        ),
    },
    {
      name: 'consecutive positions',
      context: () => contextFromFixture('resumes/en-word-classic.pdf'),
    },
    { name: 'a Spanish resume', context: () => contextFromFixture('resumes/es-cv.docx') },
  ],
});
